// @vitest-environment happy-dom
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { checklistIslandProps } from '../../support/checklist-content';
import { savedChecklist } from '../../support/saved-checklist';

const KEY = storageRegistry.checklist.key;
const HOSTILE = '<img src=x onerror=alert(1)>';

const saved = (extra: Record<string, unknown> = {}) =>
  savedChecklist(
    { internal: ['accounting'] },
    { names: { 'op-peers': ['Sally Park', HOSTILE], 'manager-ask': ['{role}'] }, ...extra },
  );

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanup();
  cleanTestStorage();
  vi.resetModules();
});

async function renderWith(state: unknown) {
  setTestStorageKey(KEY, JSON.stringify(state));
  const { default: ChecklistIsland } = await import('../../../src/tools/checklist/ChecklistIsland');
  const user = userEvent.setup();
  const utils = render(<ChecklistIsland {...checklistIslandProps()} />);
  return { ...utils, user };
}

function setClipboard(writeText: ((text: string) => Promise<void>) | undefined) {
  Object.defineProperty(navigator, 'clipboard', {
    value: writeText ? { writeText } : undefined,
    configurable: true,
  });
}

async function showMessages(user: ReturnType<typeof userEvent.setup>) {
  const toggle = screen.getByRole('button', { name: 'Show messages to send' });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  await user.click(toggle);
  expect(toggle.getAttribute('aria-expanded')).toBe('true');
  expect(toggle.textContent).toBe('Hide messages to send');
  return (await screen.findByLabelText('Message to a new peer')) as HTMLTextAreaElement;
}

const stored = () => JSON.parse(getTestStorage()[KEY]!);

describe('Messages to send', { timeout: 30_000 }, () => {
  it('loads when shown, with the names and role of the plan, hostile text as text', async () => {
    const { user, container } = await renderWith(saved());
    expect(screen.getByRole('heading', { name: 'Messages to send' })).toBeInTheDocument();
    expect(screen.queryByLabelText('Message to a new peer')).toBeNull();
    const peer = await showMessages(user);
    expect(peer.value.startsWith(`Hi Sally Park and ${HOSTILE},\n\n`)).toBe(true);
    expect(peer.value).toContain('I have just started as Head of Sales');
    expect(peer.value.endsWith('Thanks,\nAna Ruiz')).toBe(true);
    const item = peer.closest('li')!;
    expect(within(item).getByText(`To: Sally Park and ${HOSTILE}`)).toBeInTheDocument();
    // a name that looks like a placeholder is not filled in
    expect(
      (screen.getByLabelText('Message to your manager asking for introductions') as HTMLTextAreaElement).value,
    ).toContain('Could you introduce me to {role}?');
    expect(screen.getByLabelText('Message to a contact in accounting')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
  });

  it('keeps the reader’s wording with the plan and goes back to the suggested text', async () => {
    const { user } = await renderWith(saved());
    const peer = await showMessages(user);
    const suggested = peer.value;
    expect(screen.queryByRole('button', { name: 'Use the suggested text' })).toBeNull();
    await user.clear(peer);
    await user.type(peer, 'Hello {{Sally}');
    expect(peer.value).toBe('Hello {Sally}');
    expect(stored().messages).toEqual({ 'op-peers': 'Hello {Sally}' });
    expect(within(peer.closest('li')!).getByText(/You changed this message/)).toBeInTheDocument();
    const reset = screen.getByRole('button', { name: 'Use the suggested text' });
    await user.click(reset);
    expect(peer.value).toBe(suggested);
    expect(document.activeElement).toBe(peer);
    expect(stored().messages).toBeUndefined();
    expect(within(peer.closest('li')!).getByRole('status').textContent).toBe('The suggested text is back.');
  });

  it('reads back the wording saved earlier', async () => {
    const { user } = await renderWith(saved({ messages: { 'op-peers': 'My own words' } }));
    const peer = await showMessages(user);
    expect(peer.value).toBe('My own words');
  });

  it('copies with one button and says so', async () => {
    const { user } = await renderWith(saved());
    const peer = await showMessages(user);
    const writeText = vi.fn(async () => {});
    setClipboard(writeText);
    const copy = within(peer.closest('li')!).getByRole('button', { name: 'Copy message' });
    await user.click(copy);
    expect(writeText).toHaveBeenCalledWith(peer.value);
    await waitFor(() =>
      expect(within(peer.closest('li')!).getByRole('status').textContent).toBe(
        'Copied. Paste the message into your email or chat.',
      ),
    );
    expect(document.activeElement).toBe(copy);
  });

  for (const [why, writeText] of [
    ['refused', async () => Promise.reject(new DOMException('denied', 'NotAllowedError'))],
    ['not available', undefined],
  ] as const) {
    it(`when copying is ${why}, selects the text, says how to copy it and keeps the focus`, async () => {
      const { user } = await renderWith(saved());
      const peer = await showMessages(user);
      setClipboard(writeText);
      await user.click(within(peer.closest('li')!).getByRole('button', { name: 'Copy message' }));
      await waitFor(() =>
        expect(within(peer.closest('li')!).getByRole('status').textContent).toMatch(
          /did not let the page copy.*Ctrl\+C \(⌘C on a Mac\)/,
        ),
      );
      expect(document.activeElement).toBe(peer);
      expect([peer.selectionStart, peer.selectionEnd]).toEqual([0, peer.value.length]);
    });
  }

  it('in a manager’s plan shows the introduction note only', async () => {
    const { user } = await renderWith(
      saved({ profile: { ...saved().profile, audience: 'manager' }, names: { 'manager-ask': ['Joe Bloggs'] } }),
    );
    await user.click(screen.getByRole('button', { name: 'Show messages to send' }));
    const note = (await screen.findByLabelText('Introduction note for Ana Ruiz')) as HTMLTextAreaElement;
    expect(note.value.startsWith('Hi Joe Bloggs,\n\nI would like to introduce Ana Ruiz')).toBe(true);
    expect(screen.getAllByRole('button', { name: 'Copy message' })).toHaveLength(1);
  });
});
