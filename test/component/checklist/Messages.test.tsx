// @vitest-environment happy-dom
/**
 * The messages to send in the checklist island (happy-dom): one box per person, each with how
 * to greet them (kept by name, a company greeted by nobody) and what to offer (from the gives of
 * that kind of contact), both changing the suggested text and kept with the checklist.
 */
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { checklistContent } from '../../support/checklist-content';
import { savedChecklist } from '../../support/saved-checklist';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';

const KEY = storageRegistry.checklist.key;
const content = checklistContent();
const giveLine = (id: string) => content.gives.find((g) => g.id === id)!.line;

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanup();
  cleanTestStorage();
  vi.resetModules();
});

/** the island with this checklist saved, its messages shown */
async function showMessages(state: Record<string, unknown>) {
  setTestStorageKey(KEY, JSON.stringify(savedChecklist({}, state)));
  const { default: ChecklistIsland } = await import('../../../src/tools/checklist/ChecklistIsland');
  const user = userEvent.setup();
  render(<ChecklistIsland content={content} headingLevel={2} />);
  await act(async () => {});
  await user.click(screen.getByRole('button', { name: 'Show messages to send' }));
  return user;
}
const box = (label: string) => screen.getByRole('textbox', { name: label }) as HTMLTextAreaElement;
const itemOf = (label: string) => box(label).closest('li')!;
const stored = () => JSON.parse(getTestStorage()[KEY]!);
const description = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('greet as', () => {
  it('is the first word of each name, or a title’s whole name, and the reader changes it', async () => {
    const user = await showMessages({ names: { 'op-peers': ['Park Ji-sung', 'Dr. Chen', 'Sally Park'] } });
    const peers = screen.getAllByRole('textbox', { name: /^Message to a new peer: / });
    expect(peers.map((p) => (p as HTMLTextAreaElement).value.split('\n')[0])).toEqual([
      'Hi Park,',
      'Hi Dr. Chen,',
      'Hi Sally,',
    ]);
    const greet = screen.getByRole('textbox', { name: 'Greet Park Ji-sung as' }) as HTMLInputElement;
    expect(greet.value).toBe('Park');
    await user.clear(greet);
    await user.type(greet, 'Ji-sung');
    expect(box('Message to a new peer: Park Ji-sung').value.startsWith('Hi Ji-sung,\n\nI have just started')).toBe(
      true,
    );
    expect(greet).toHaveProperty('value', 'Ji-sung');
    expect(document.activeElement).toBe(greet);
    expect(stored().messageChoices).toEqual({ greetAs: { 'Park Ji-sung': 'Ji-sung' } });
    // the others keep their own greeting
    expect(box('Message to a new peer: Sally Park').value.startsWith('Hi Sally,')).toBe(true);
  });

  it('is empty for a company, which is never greeted, and the page says why', async () => {
    const user = await showMessages({ names: { 'op-external-choose': ['Acme Inc.'] } });
    const label = 'Message to an outside expert or vendor: Acme Inc.';
    expect(box(label).value.startsWith('I have just started as Head of Sales.')).toBe(true);
    const greet = within(itemOf(label)).getByRole('textbox', { name: 'Greet Acme Inc. as' }) as HTMLInputElement;
    expect(greet.value).toBe('');
    expect(description(greet)).toMatch(/^“Acme Inc\.” looks like the name of an organization, not a person/);
    await user.type(greet, 'Jo');
    expect(box(label).value.startsWith('Hi Jo,\n\n')).toBe(true);
    expect(description(greet)).not.toMatch(/organization/);
  });

  it('greets nobody while it is blank, and says so, never "Hi,"', async () => {
    const user = await showMessages({ names: { 'op-peers': ['Sally Park'] } });
    const greet = screen.getByRole('textbox', { name: 'Greet Sally Park as' });
    await user.clear(greet);
    expect(box('Message to a new peer: Sally Park').value.startsWith('I have just started')).toBe(true);
    expect(description(greet)).toBe('The message greets nobody until this box holds the name you greet them with.');
  });

  it('does not change a message the reader wrote in their own words', async () => {
    const user = await showMessages({
      names: { 'op-peers': ['Sally Park'] },
      messages: { 'op-peers': 'Hey Sal, my own words.' },
    });
    await user.type(screen.getByRole('textbox', { name: 'Greet Sally Park as' }), 'y');
    expect(box('Message to a new peer: Sally Park').value).toBe('Hey Sal, my own words.');
    expect(within(itemOf('Message to a new peer: Sally Park')).getByText(/^You changed this message/)).toBeTruthy();
  });
});

describe('what you offer', () => {
  it('lists the gives of that kind of contact, and the one chosen goes into that person’s message alone', async () => {
    const user = await showMessages({ names: { 'op-peers': ['Sally Park', 'Joe Brown'] } });
    const joe = itemOf('Message to a new peer: Joe Brown');
    const select = within(joe).getByRole('combobox', { name: 'What you offer' }) as HTMLSelectElement;
    expect(description(select)).toBe('Message to a new peer: Joe Brown');
    expect([...select.options].map((o) => o.text)).toEqual([
      'Your team’s capacity',
      'An early heads-up',
      'An introduction',
    ]);
    expect(select.value).toBe('capacity');
    await user.selectOptions(select, 'An early heads-up');
    expect(box('Message to a new peer: Joe Brown').value).toContain(giveLine('heads-up'));
    expect(box('Message to a new peer: Joe Brown').value).not.toContain(giveLine('capacity'));
    expect(box('Message to a new peer: Sally Park').value).toContain(giveLine('capacity'));
    expect(stored().messageChoices).toEqual({ gives: { 'op-peers:to-2': 'heads-up' } });
  });

  it('offers a past contact thanks or a returned favor, and someone a step up no plan of yours', async () => {
    await showMessages({ names: { 'past-thank': ['Mary Jones'], 'op-steps-up': ['Lee Wong'] } });
    const options = (label: string) =>
      [...(within(itemOf(label)).getByRole('combobox', { name: 'What you offer' }) as HTMLSelectElement).options].map(
        (o) => o.value,
      );
    expect(options('Message to someone who helped you get here: Mary Jones')).toEqual([
      'introduction',
      'thanks',
      'return-favor',
    ]);
    expect(options('Message to someone a step or two up: Lee Wong')).toEqual(['more-useful', 'follow-up', 'notes']);
    expect(box('Message to someone a step or two up: Lee Wong').value).not.toMatch(/plan|90 days/);
  });
});

it('with no name written, has one message per item that greets nobody and says how to name each person', async () => {
  await showMessages({});
  const peer = box('Message to a new peer');
  expect(peer.value.startsWith('I have just started as Head of Sales')).toBe(true);
  expect(description(peer)).toBe(content.texts.messages.nobody);
  expect(within(peer.closest('li')!).queryByRole('textbox', { name: /^Greet / })).toBeNull();
  for (const message of screen.getAllByRole('textbox', { name: /^(Message|Introduction)/ }))
    expect((message as HTMLTextAreaElement).value).not.toMatch(/^Hi\b/);
});
