// @vitest-environment happy-dom
/**
 * Give first in a row of a person due a contact: the give suggested (or none), the drafted
 * message the reader may change, and Copy (the Clipboard API, or the text selected when refused).
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GiveFirst } from '../../../src/tools/people/keep/GiveFirst';
import { KeepContext } from '../../../src/tools/people/keep/keep-context';
import { newPerson, type Person } from '../../../src/tools/people/person';
import { loadKeepContent } from '../../support/keep-content';

const keep = loadKeepContent();
const line = (id: string) => keep.model.gives.find((g) => g.id === id)!.line;
const mary = newPerson('p-1', 0, { name: 'Mary Jones', relation: 'peer', networks: ['career'] });
const show = (person: Person) =>
  render(
    <KeepContext value={keep}>
      <GiveFirst person={person} />
    </KeepContext>,
  );
const clipboard = (writeText: (text: string) => Promise<void>) =>
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

afterEach(() => cleanup());

describe('GiveFirst', () => {
  it('shows the give suggested for the person and a message greeting them with its line', () => {
    show(mary);
    expect(screen.getByText('An introduction').closest('p')?.textContent).toBe('Give first: An introduction');
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message to Mary Jones' });
    expect(box.value.startsWith('Hi Mary,\n\n')).toBe(true);
    expect(box.value).toContain(line('introduction'));
  });

  it('shows no give, and no give line, when none suits (where they stand not said)', () => {
    show({ ...mary, relation: null, networks: [] });
    expect(screen.getByText(/No give is suggested until you say where they stand/)).toBeTruthy();
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message to Mary Jones' });
    for (const give of keep.model.gives) expect(box.value).not.toContain(give.line);
  });

  it('copies the message as the reader changed it, and says so politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    show(mary);
    clipboard(writeText);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message to Mary Jones' });
    await user.type(box, ' See you soon.');
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    expect(writeText).toHaveBeenCalledWith(box.value);
    expect(box.value.endsWith('See you soon.')).toBe(true);
    expect(screen.getByRole('status').textContent).toBe('Copied the message.');
  });

  it('when the browser refuses to copy, selects the text, keeps the focus on it and says how to copy', async () => {
    const user = userEvent.setup();
    show(mary);
    clipboard(() => Promise.reject(new Error('NotAllowedError')));
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message to Mary Jones' });
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    expect(screen.getByRole('status').textContent).toMatch(/press Ctrl\+C/);
  });

  it('never greets an organization’s name', () => {
    show(newPerson('p-2', 0, { name: 'Acme Inc.', relation: 'outside' }));
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Message to Acme Inc.' });
    expect(box.value.startsWith(keep.message.opener)).toBe(true);
    expect(box.value).toContain(line('introduction'));
  });
});
