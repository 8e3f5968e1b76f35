// @vitest-environment happy-dom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { START_MAX, START_MIN } from '../../../src/tools/checklist/dates';
import { LIMITS } from '../../../src/tools/checklist/model';
import { checklistContent } from '../../support/checklist-content';
import { savedChecklist } from '../../support/saved-checklist';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';

const KEY = storageRegistry.checklist.key;
const props = () => ({ content: checklistContent(), headingLevel: 2 as const });
const stored = () => JSON.parse(getTestStorage()[KEY]!);

beforeAll(() => {
  useTestStorageEngine();
  // happy-dom gives every element an empty `display`, so an accessible name puts a space around
  // any element; a browser's own style sheet makes <bdi> inline (no space), as here
  const ua = document.createElement('style');
  ua.textContent = 'bdi { display: inline; }';
  document.head.append(ua);
});
afterEach(() => {
  cleanup();
  cleanTestStorage();
  vi.resetModules();
});

/** a fresh module graph per test, so the stores read the storage this test prepared (a saved checklist, if given) */
async function renderIsland(saved?: unknown) {
  if (saved) setTestStorageKey(KEY, JSON.stringify(saved));
  const { default: ChecklistIsland } = await import('../../../src/tools/checklist/ChecklistIsland');
  const purpose = await import('../../../src/purposes/store');
  const user = userEvent.setup();
  return { ...render(<ChecklistIsland {...props()} />), user, purpose, ChecklistIsland };
}

/** the "Name {n} of 3" line of "Thank the people who helped you", inside its "Who:" group */
const nameLine = (n: number) =>
  within(screen.getByRole('group', { name: /^Who: Thank the people/ })).getByRole('textbox', {
    name: `Name ${n} of 3`,
  });
const build = (user: ReturnType<typeof userEvent.setup>, name = /Build my plan|Go to my plan/) =>
  user.click(screen.getByRole('button', { name }));

async function fillValid(user: ReturnType<typeof userEvent.setup>, name = 'Ana Ruiz') {
  if (name) await user.type(screen.getByLabelText(/name \(optional\)/), name);
  await user.type(screen.getByLabelText('New role title'), 'Head of Sales');
  await user.click(screen.getByLabelText('Manager'));
  // happy-dom's date input takes the ISO value as typed text
  await user.type(screen.getByLabelText('Start date of the new role'), '2027-01-04');
}

// user-event types key by key and each key re-renders the whole plan: on a busy machine a test
// takes longer than vitest's default 5 s, so a slow run fails with a timeout, not a wrong result
describe('ChecklistIsland', { timeout: 30_000 }, () => {
  it('shows what is missing, next to the fields and in a summary whose links lead to them, and builds nothing', async () => {
    const { user } = await renderIsland();
    await build(user);
    const summary = screen.getByText(/3 things to fix/).closest('.notice') as HTMLElement;
    const targets = within(summary)
      .getAllByRole('link')
      .map((a) => document.getElementById(a.getAttribute('href')!.slice(1)));
    expect(targets).toEqual([
      screen.getByLabelText('New role title'),
      screen.getByRole('radio', { name: 'First-time supervisor' }),
      screen.getByLabelText('Start date of the new role'),
    ]);
    const role = screen.getByLabelText('New role title');
    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(role.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Write the new role’s title, for example “Sales manager”.',
    );
    // the level group is a radiogroup, so aria-invalid is supported there
    const level = screen.getByRole('radiogroup', { name: 'Level of the new role' });
    expect(level.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(level.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Choose the level of the new role.',
    );
    expect(screen.queryByRole('heading', { name: /network plan/ })).toBeNull();
  });

  it('shows a field’s message after it was left empty, not before, and takes it away once filled', async () => {
    const { user } = await renderIsland();
    const role = screen.getByLabelText('New role title');
    expect(role.getAttribute('aria-describedby')).toBeNull();
    await user.click(role);
    await user.tab();
    expect(document.getElementById(role.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Write the new role’s title',
    );
    await user.type(role, 'Lead');
    expect(role.getAttribute('aria-describedby')).toBeNull();
  });

  it('builds the dated plan, counts ticks per phase, keeps names, and brings a tick back with its group', async () => {
    const { user } = await renderIsland();
    await fillValid(user);
    await user.click(screen.getByLabelText('Accounting'));
    await build(user);
    expect(screen.getByRole('heading', { name: 'Ana Ruiz’s network plan' })).toBeInTheDocument();
    expect(document.querySelector('.cl-for')!.textContent).toBe('Head of Sales · starts Monday, January 4, 2027');
    expect(screen.getByRole('heading', { name: 'The first 30 days · due Tue, Feb 2, 2027' })).toBeInTheDocument();
    const progress = document.querySelector('.cl-progress')!;
    const total = Number(/of (\d+)/.exec(progress.textContent!)![1]);
    await user.click(screen.getByRole('checkbox', { name: /Find a contact in accounting/ }));
    await user.click(screen.getByRole('checkbox', { name: /Thank the people who helped you/ }));
    expect(progress.textContent).toBe(`2 of ${total} done`);
    const phases = [...document.querySelectorAll('.cl-phase-progress')].map((p) => p.textContent!);
    expect(phases.map((line) => line.replace(/of \d+/, 'of n'))).toEqual([
      '1 of n done · day 1',
      '1 of n done · day 30',
      '0 of n done · day 60',
      '0 of n done · day 90',
    ]);
    expect(phases.reduce((sum, line) => sum + Number(/of (\d+)/.exec(line)![1]), 0)).toBe(total);
    await user.type(nameLine(2), 'Joe');
    expect(stored()).toMatchObject({
      names: { 'past-thank': ['', 'Joe'] },
      done: ['op-function:accounting', 'past-thank'],
    });
    // the only group off: its ticked item gives way to the generic one; on again: the tick is back
    await user.click(screen.getByLabelText('Accounting'));
    expect(progress.textContent).toBe(`1 of ${total} done`);
    expect(screen.getByRole('checkbox', { name: /Pick the functions your team relies on most/ })).toHaveProperty(
      'checked',
      false,
    );
    await user.click(screen.getByLabelText('Accounting'));
    expect(screen.getByRole('checkbox', { name: /Find a contact in accounting/ })).toHaveProperty('checked', true);
  });

  it('renders hostile names and groups as text, and isolates a right-to-left name (<bdi>)', async () => {
    const { user, container } = await renderIsland();
    await fillValid(user, '<img src=x onerror=alert(1)>');
    await user.type(screen.getByLabelText('Add a group of your own'), '<b>Legal</b>{Enter}');
    await build(user);
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>’s network plan' })).toBeInTheDocument();
    expect(
      screen.getByText('Find a contact in <b>Legal</b> who can help with day-to-day decisions.'),
    ).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
    const name = screen.getByLabelText('Your name (optional)');
    await user.clear(name);
    await user.type(name, 'محمد 2');
    expect(screen.getByRole('heading', { name: 'محمد 2’s network plan' }).querySelector('bdi')?.textContent).toBe(
      'محمد 2',
    );
    expect(container.querySelector('.cl-for bdi')?.textContent).toBe('Head of Sales');
    expect(nameLine(1).getAttribute('dir')).toBe('auto');
    await user.type(nameLine(1), 'محمد 2');
    expect(nameLine(1).closest('.cl-who-line')!.querySelector('.cl-line bdi')?.textContent).toBe('محمد 2');
  });

  it('speaks to the manager when someone who reports to the reader was promoted', async () => {
    const { user } = await renderIsland();
    await user.click(screen.getByLabelText('Someone who reports to me was promoted'));
    await fillValid(user, '');
    await user.click(screen.getByLabelText('Industry experts'));
    await build(user);
    expect(screen.getByRole('heading', { name: 'Your report’s network plan' })).toBeInTheDocument();
    // the group's label in the form, its in-sentence form in the plan
    expect(
      screen.getByText('Connect your report with industry experts who can share knowledge and another view.'),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Their name (optional)'), 'Sam');
    expect(
      screen.getByText(
        'List the people Sam should meet first, from your own network too, and offer to introduce them.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('I was promoted'));
    expect(screen.getByRole('heading', { name: 'Sam’s network plan' })).toBeInTheDocument();
  });

  it('notes the quiz purpose and marks its network in the reader’s own plan only', async () => {
    const { user, purpose } = await renderIsland();
    act(() => purpose.setSharedPurpose('resource'));
    expect(screen.getByText(/^Resource\/Operational: Your quiz result leans on resources/)).toBeInTheDocument();
    await fillValid(user);
    await build(user);
    const peers = () => screen.getByRole('checkbox', { name: /Meet your new peers/ }).closest('li')!.textContent;
    expect(peers()).toContain('fits your purpose');
    await user.click(screen.getByLabelText('Someone who reports to me was promoted'));
    expect(document.body.textContent).not.toMatch(/quiz result|fits your purpose/i);
    expect(screen.getByRole('checkbox', { name: /^List the people Ana Ruiz should meet first/ })).toBeInTheDocument();
    await user.click(screen.getByLabelText('I was promoted'));
    expect(peers()).toContain('fits your purpose');
  });

  it('says the ticks and names are kept only when there are some', async () => {
    const { user } = await renderIsland();
    await build(user);
    expect(screen.queryByText('Your ticks and names are kept.')).toBeNull();
    await fillValid(user);
    await build(user);
    await user.click(screen.getByRole('checkbox', { name: /Thank the people who helped you/ }));
    await user.clear(screen.getByLabelText('New role title'));
    await build(user);
    expect(screen.getByText(/One thing to fix/)).toBeInTheDocument();
    expect(screen.getByText('Your ticks and names are kept.')).toBeInTheDocument();
  });

  it('prints, downloads the calendar and says so, and erases after confirming; erase waits for something stored', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), 'blob:test'));
    URL.revokeObjectURL = vi.fn();
    const { user } = await renderIsland();
    const erase = () => screen.getByRole('button', { name: 'Erase my checklist' });
    expect(erase()).toHaveProperty('disabled', true);
    await fillValid(user);
    expect(erase()).toHaveProperty('disabled', false);
    await build(user);
    await user.click(screen.getByRole('button', { name: 'Print my checklist' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
    expect(await created[0]!.text()).toContain('DTSTART;VALUE=DATE:20270202');
    expect(
      screen.getByText('Calendar file promotion-checklist-ana-ruiz-head-of-sales.ics downloaded: 4 milestones.'),
    ).toBeInTheDocument();
    await user.click(erase());
    expect(screen.getByRole('button', { name: 'Keep it' })).toBe(document.activeElement);
    await user.click(screen.getByRole('button', { name: 'Yes, erase my checklist' }));
    expect(getTestStorage()[KEY]).toBeUndefined();
    expect((screen.getByLabelText('Your name (optional)') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('heading', { name: /network plan/ })).toBeNull();
    expect(screen.getByText('Your checklist was erased from this browser.')).toBeInTheDocument();
  });

  it('two checklists on one page share no id and no radio name', async () => {
    const { ChecklistIsland } = await renderIsland();
    cleanup();
    const { container } = render(
      <>
        <ChecklistIsland {...props()} />
        <ChecklistIsland {...props()} />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const names = [...container.querySelectorAll('input[type="radio"]')].map((el) => (el as HTMLInputElement).name);
    expect(new Set(names).size).toBe(6); // audience, level and organization, twice
  });

  it('limits what can be typed, and cuts a pasted over-long name at a whole emoji, saying so', async () => {
    const { user } = await renderIsland();
    const maxLength = (el: HTMLElement) => (el as HTMLInputElement).maxLength;
    // no maxLength on the name and the role: a browser would cut a paste mid-emoji and say nothing
    expect(maxLength(screen.getByLabelText('Your name (optional)'))).toBe(-1);
    expect(maxLength(screen.getByLabelText('New role title'))).toBe(-1);
    expect(maxLength(screen.getByLabelText('Add a group of your own'))).toBe(LIMITS.groupLabel);
    const date = screen.getByLabelText('Start date of the new role');
    expect([date.getAttribute('min'), date.getAttribute('max')]).toEqual([START_MIN, START_MAX]);
    const name = screen.getByLabelText('Your name (optional)');
    await user.click(name);
    await user.paste(`${'a'.repeat(LIMITS.name - 1)}👨‍👩‍👧‍👦${'b'.repeat(500)}`);
    expect((name as HTMLInputElement).value).toBe('a'.repeat(LIMITS.name - 1));
    expect(stored().profile.name).toBe('a'.repeat(LIMITS.name - 1));
    const note = screen.getByText('That was too long, so it was shortened to 80 characters.');
    expect(name.getAttribute('aria-describedby')).toContain(note.id);
    await user.clear(name);
    await user.type(name, 'Ana');
    expect(screen.queryByText(/shortened to/)).toBeNull();
    await fillValid(user, '');
    await build(user);
    expect(maxLength(nameLine(1))).toBe(LIMITS.whoName);
  });

  it('shows a manager the introduction note alone, and selects it for Ctrl+C when the browser cannot copy', async () => {
    const { user } = await renderIsland(
      savedChecklist({ audience: 'manager' }, { names: { 'manager-ask': ['Joe Bloggs'] } }),
    );
    await user.click(screen.getByRole('button', { name: 'Show messages to send' }));
    const note = screen.getByLabelText('Introduction note for Ana Ruiz') as HTMLTextAreaElement;
    expect(note.value.startsWith('Hi Joe Bloggs,\n\nI would like to introduce Ana Ruiz')).toBe(true);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy message' }));
    await vi.waitFor(() => expect(document.activeElement).toBe(note));
    expect([note.selectionStart, note.selectionEnd]).toEqual([0, note.value.length]);
    expect(within(note.closest('li')!).getByRole('status').textContent).toMatch(
      /^This browser did not let the page copy/,
    );
  });

  it('speaks to a manager about the promoted person’s networks and three-step start; a review item has no “Who:”', async () => {
    const saved = savedChecklist(
      { audience: 'manager', name: '', newToNetworking: true },
      { rhythms: { past: 'week' } },
    );
    await renderIsland(saved);
    expect(screen.getByText(/^How often will you review each of your report’s networks with them/)).toBeInTheDocument();
    const past = screen.getByRole('group', { name: /^Their past network: the people who helped them get here/ });
    expect(within(past).getByRole('radio', { name: 'Every week' })).toHaveProperty('checked', true);
    const review = document.querySelector('[data-item="review-network:past"]')!;
    expect(review.querySelector('.cl-item-text')!.textContent).toBe(
      'Review your report’s past network with them every week, from Sat, Apr 10, 2027.',
    );
    expect(review.querySelector('.cl-who')).toBeNull();
    const never = screen.getByRole('checkbox', { name: 'They have never been good at networking' });
    expect(document.getElementById(never.getAttribute('aria-describedby')!)!.textContent).toBe(
      'The plan then opens with a three-step start for them.',
    );
    expect(screen.getByRole('region', { name: 'A three-step start' }).textContent).toContain('Start your report here:');
  });
});
