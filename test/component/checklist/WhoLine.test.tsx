// @vitest-environment happy-dom
/**
 * One "Who:" line (WhoLine.tsx): a plain name field without people to offer, and with some an
 * ARIA combobox the keyboard works completely (Down, Up, Enter, Escape), searched by any part of
 * a name, organization or title, showing a few at a time, and keeping any name typed.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newPerson, type Person } from '../../../src/tools/people/person';
import { SHOWN, WhoLine } from '../../../src/tools/checklist/WhoLine';

afterEach(cleanup);

const people = Array.from({ length: 30 }, (_, i) =>
  newPerson(`p-${i}`, 0, {
    name: i === 3 ? 'José Ólafsson' : `Person ${i}`,
    title: i % 2 ? 'VP, Sales' : 'Engineer',
    organization: i === 7 ? 'Initech' : 'Globex',
  }),
);

function Line({
  offered,
  onPick,
  taken,
}: {
  offered: readonly Person[] | null;
  onPick: (p: Person) => void;
  taken?: readonly string[];
}) {
  const [value, setValue] = useState('');
  return (
    <WhoLine
      id="line"
      value={value}
      label="Name 1 of 2"
      listLabel="Your people for name 1 of 2"
      people={offered}
      taken={taken}
      onType={setValue}
      onPick={(p) => (setValue(p.name), onPick(p))}
    />
  );
}

describe('WhoLine', () => {
  it('without people is the plain name field, with no combobox role', () => {
    render(<Line offered={null} onPick={() => {}} />);
    const field = screen.getByRole('textbox', { name: 'Name 1 of 2' });
    expect(field.getAttribute('aria-expanded')).toBeNull();
    expect(screen.queryByRole('listbox', { hidden: true })).toBeNull();
  });

  it('keeps the focus and what is typed when people arrive while the reader is typing', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<Line offered={null} onPick={() => {}} />);
    await user.type(screen.getByRole('textbox', { name: 'Name 1 of 2' }), 'Pers');
    rerender(<Line offered={people} onPick={() => {}} />);
    const field = screen.getByRole('combobox', { name: 'Name 1 of 2' });
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Pers');
    await user.type(field, 'on 2');
    expect(field).toHaveValue('Person 2');
  });

  it('is picked from by keyboard: Down opens on everyone, Up wraps, Enter picks, the focus stays', async () => {
    const onPick = vi.fn();
    const user = userEvent.setup();
    render(<Line offered={people} onPick={onPick} />);
    const field = screen.getByRole('combobox', { name: 'Name 1 of 2' });
    expect(field.getAttribute('aria-expanded')).toBe('false');
    await user.click(field);
    await user.keyboard('{ArrowDown}');
    expect(field.getAttribute('aria-expanded')).toBe('true');
    const list = screen.getByRole('listbox', { name: 'Your people for name 1 of 2' });
    expect(list.querySelectorAll('[role="option"]')).toHaveLength(SHOWN);
    expect(screen.getByText(`${SHOWN} of 30 shown: type more of a name, organization, or title.`)).toBeTruthy();
    await user.keyboard('{ArrowUp}');
    const active = document.getElementById(field.getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-selected')).toBe('true');
    expect(active.textContent).toContain('Person 7');
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith(people[7]);
    expect((field as HTMLInputElement).value).toBe('Person 7');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(field);
  });

  it('finds people by any part of the name, organization or title, accents and case aside; Escape closes; a name nobody has stays as typed', async () => {
    const onPick = vi.fn();
    const user = userEvent.setup();
    render(<Line offered={people} onPick={onPick} />);
    const field = screen.getByRole('combobox', { name: 'Name 1 of 2' });
    await user.type(field, 'jose olaf');
    const options = () => screen.queryAllByRole('option');
    expect(options().map((o) => o.textContent)).toEqual(['José Ólafsson VP, Sales · Globex']);
    await user.keyboard('{Escape}');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    await user.clear(field);
    await user.type(field, 'initech');
    expect(options().map((o) => o.textContent)).toEqual(['Person 7 VP, Sales · Initech']);
    await user.clear(field);
    await user.type(field, 'Nobody Here');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    // Enter with nothing chosen keeps the name typed
    await user.keyboard('{Enter}');
    expect(onPick).not.toHaveBeenCalled();
    expect((field as HTMLInputElement).value).toBe('Nobody Here');
  });

  it('a click on a person picks them', async () => {
    const onPick = vi.fn();
    const user = userEvent.setup();
    render(<Line offered={people} onPick={onPick} />);
    const field = screen.getByRole('combobox', { name: 'Name 1 of 2' });
    await user.type(field, 'person 12');
    await user.click(screen.getByRole('option', { name: /Person 12/ }));
    expect(onPick).toHaveBeenCalledWith(people[12]);
  });

  it('does not offer a person picked on another line of the item', async () => {
    const user = userEvent.setup();
    render(<Line offered={people.slice(0, 3)} onPick={vi.fn()} taken={['p-1']} />);
    await user.click(screen.getByRole('combobox', { name: 'Name 1 of 2' }));
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      expect.stringContaining('Person 0'),
      expect.stringContaining('Person 2'),
    ]);
  });
});
