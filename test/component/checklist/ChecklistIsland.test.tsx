// @vitest-environment happy-dom
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { checklistIslandProps } from '../../support/checklist-content';

const KEY = storageRegistry.checklist.key;

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

/** a fresh module graph per test, so stores read the storage this test prepared */
async function renderIsland() {
  const { default: ChecklistIsland } = await import('../../../src/tools/checklist/ChecklistIsland');
  const stores = await import('../../../src/tools/checklist/store');
  const purpose = await import('../../../src/purposes/store');
  const user = userEvent.setup();
  const utils = render(<ChecklistIsland {...checklistIslandProps()} />);
  return { ...utils, user, stores, purpose };
}

/** the "Name {n} of 3" line of "Thank the people who helped you", inside its "Who:" group */
function nameLine(n: number) {
  return within(screen.getByRole('group', { name: /^Who: Thank the people/ })).getByRole('textbox', {
    name: `Name ${n} of 3`,
  });
}

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
  it('shows what is missing, next to the fields and in a summary, and builds nothing', async () => {
    const { user } = await renderIsland();
    expect(screen.queryByRole('heading', { name: /network plan/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    const summary = screen.getByText(/3 things to fix/).closest('.notice') as HTMLElement;
    // each link points at the field itself; for the level, at its first radio
    const targets = within(summary)
      .getAllByRole('link')
      .map((a) => document.getElementById(a.getAttribute('href')!.replace(/^#/, '')));
    expect(targets).toEqual([
      screen.getByLabelText('New role title'),
      screen.getByRole('radio', { name: 'First-time supervisor' }),
      screen.getByLabelText('Start date of the new role'),
    ]);
    const role = screen.getByLabelText('New role title');
    expect(role.getAttribute('aria-invalid')).toBe('true');
    expect(role.getAttribute('aria-describedby')).toMatch(/^cl-[A-Za-z0-9_-]+-role-error$/);
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

  it('shows a field’s message after leaving it empty, not before', async () => {
    const { user } = await renderIsland();
    const role = screen.getByLabelText('New role title');
    const errorOf = (el: HTMLElement) => {
      const ids = el.getAttribute('aria-describedby');
      return ids ? document.getElementById(ids) : null;
    };
    expect(errorOf(role)).toBeNull();
    expect(screen.queryByText(/Write the new role’s title/)).toBeNull();
    await user.click(role);
    await user.tab();
    expect(errorOf(role)?.textContent).toContain('Write the new role’s title');
    await user.type(role, 'Lead');
    expect(errorOf(role)).toBeNull();
    expect(screen.queryByText(/Write the new role’s title/)).toBeNull();
  });

  it('builds the dated plan, counts ticks and keeps names', async () => {
    const { user } = await renderIsland();
    await fillValid(user);
    await user.click(screen.getByLabelText('Accounting'));
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(screen.getByRole('heading', { name: 'Ana Ruiz’s network plan' })).toBeInTheDocument();
    expect(screen.getByText('Head of Sales')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /The first 30 days · due Tue, Feb 2, 2027/ })).toBeInTheDocument();
    const progress = document.querySelector('.cl-progress')!;
    const total = Number(/of (\d+)/.exec(progress.textContent!)![1]);
    expect(progress.textContent).toBe(`0 of ${total} done`);
    await user.click(screen.getByRole('checkbox', { name: /Find a contact in accounting/ }));
    await user.click(screen.getByRole('checkbox', { name: /Thank the people who helped you/ }));
    expect(progress.textContent).toBe(`2 of ${total} done`);
    // each phase counts its own ticks, and the phases add up to the plan
    const phaseLines = [...document.querySelectorAll('.cl-phase-progress')].map((p) => p.textContent!);
    expect(phaseLines).toHaveLength(4);
    expect(phaseLines[0]).toMatch(/^1 of \d+ done · day 1$/);
    expect(phaseLines[1]).toMatch(/^1 of \d+ done · day 30$/);
    expect(phaseLines.slice(2).every((line) => line.startsWith('0 of '))).toBe(true);
    expect(phaseLines.reduce((sum, line) => sum + Number(/of (\d+)/.exec(line)![1]), 0)).toBe(total);
    await user.type(nameLine(2), 'Joe');
    const stored = JSON.parse(getTestStorage()[KEY]!);
    expect(stored.names['past-thank']).toEqual(['', 'Joe']);
    expect(stored.done).toEqual(['op-function:accounting', 'past-thank']);
    // switching the only group off swaps its ticked item for the generic "pick the functions" one;
    // switching it on again brings the tick back
    await user.click(screen.getByLabelText('Accounting'));
    expect(progress.textContent).toBe(`1 of ${total} done`);
    expect(screen.queryByRole('checkbox', { name: /Find a contact in accounting/ })).toBeNull();
    expect(screen.getByRole('checkbox', { name: /Pick the functions your team relies on most/ })).toHaveProperty(
      'checked',
      false,
    );
    await user.click(screen.getByLabelText('Accounting'));
    expect(screen.getByRole('checkbox', { name: /Find a contact in accounting/ })).toHaveProperty('checked', true);
  });

  it('renders hostile names and groups as text', async () => {
    const { user, container } = await renderIsland();
    await fillValid(user, '<img src=x onerror=alert(1)>');
    await user.type(screen.getByLabelText('Add a group of your own'), '<b>Legal</b>{Enter}');
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>’s network plan' })).toBeInTheDocument();
    expect(
      screen.getByText('Find a contact in <b>Legal</b> who can help with day-to-day decisions.'),
    ).toBeInTheDocument();
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('refuses a duplicate or empty group with a message and keeps the typed text', async () => {
    const { user } = await renderIsland();
    const input = screen.getByLabelText('Add a group of your own');
    await user.click(screen.getByRole('button', { name: 'Add group' }));
    expect(screen.getByText('Type the group’s name before adding it.')).toBeInTheDocument();
    await user.type(input, 'Marketing{Enter}');
    expect(screen.getByText('That group is already on the list.')).toBeInTheDocument();
    expect((input as HTMLInputElement).value).toBe('Marketing');
    await user.clear(input);
    await user.type(input, 'Legal{Enter}');
    expect(screen.getByRole('list', { name: 'Your own groups' }).textContent).toBe('LegalRemove Legal');
    await user.click(screen.getByRole('button', { name: 'Remove Legal' }));
    expect(screen.queryByRole('list', { name: 'Your own groups' })).toBeNull();
  });

  it('speaks to the manager when someone who reports to the reader was promoted', async () => {
    const { user } = await renderIsland();
    await user.click(screen.getByLabelText('Someone who reports to me was promoted'));
    expect(screen.getByLabelText('Their name (optional)')).toBeInTheDocument();
    await fillValid(user, 'Sam');
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(
      screen.getByText(
        'List the people Sam should meet first, from your own network too, and offer to introduce them.',
      ),
    ).toBeInTheDocument();
  });

  it('titles a manager’s plan without a name as the report’s, and the reader’s own as theirs', async () => {
    const { user } = await renderIsland();
    await user.click(screen.getByLabelText('Someone who reports to me was promoted'));
    await fillValid(user, '');
    await user.click(screen.getByLabelText('Industry experts'));
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(screen.getByRole('heading', { name: 'Your report’s network plan' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your network plan' })).toBeNull();
    // the group's label in the form, its in-sentence form in the plan
    expect(screen.getByRole('checkbox', { name: 'Industry experts' })).toBeInTheDocument();
    expect(
      screen.getByText('Connect your report with industry experts who can share knowledge and another view.'),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('I was promoted'));
    expect(screen.getByRole('heading', { name: 'Your network plan' })).toBeInTheDocument();
  });

  it('says the ticks and names are kept only when there are some', async () => {
    const { user } = await renderIsland();
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(screen.getByText(/3 things to fix/)).toBeInTheDocument();
    expect(screen.queryByText('Your ticks and names are kept.')).toBeNull();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Go to my plan' }));
    await user.click(screen.getByRole('checkbox', { name: /Thank the people who helped you/ }));
    await user.clear(screen.getByLabelText('New role title'));
    await user.click(screen.getByRole('button', { name: 'Go to my plan' }));
    expect(screen.getByText(/One thing to fix/)).toBeInTheDocument();
    expect(screen.getByText('Your ticks and names are kept.')).toBeInTheDocument();
  });

  it('serves the form switched off (no JavaScript cannot submit it), and switches it on once hydrated', async () => {
    const { renderToString } = await import('react-dom/server');
    const { default: ChecklistIsland } = await import('../../../src/tools/checklist/ChecklistIsland');
    const html = renderToString(<ChecklistIsland {...checklistIslandProps()} />);
    const server = document.createElement('div');
    server.innerHTML = html;
    // every control of the form, the submit button included, is disabled in the server's HTML
    // (what the browser then does is checked in e2e/checklist.spec.ts with JavaScript off)
    const controls = [...server.querySelectorAll('form input, form button')];
    expect(controls.some((c) => c.textContent === 'Build my plan')).toBe(true);
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.filter((c) => !c.hasAttribute('disabled')).map((c) => c.outerHTML)).toEqual([]);
    await renderIsland();
    const form = screen.getByRole('form', { name: 'Your promotion' });
    expect(
      [...form.querySelectorAll('input, button')].filter((c) => c.hasAttribute('disabled')).map((c) => c.outerHTML),
    ).toEqual([]);
    expect((screen.getByRole('button', { name: 'Build my plan' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says once that unreadable saved data was replaced', async () => {
    setTestStorageKey(KEY, 'not json at all');
    const { user } = await renderIsland();
    const alert = await screen.findByText(/could not be read/);
    await user.click(within(alert.closest('.notice') as HTMLElement).getByRole('button', { name: 'OK' }));
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('notes the quiz purpose and marks the matching network', async () => {
    const { user, purpose } = await renderIsland();
    act(() => purpose.setSharedPurpose('resource'));
    expect(screen.getByText(/Resource\/Operational: Your quiz result leans on resources/)).toBeInTheDocument();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    const item = screen.getByRole('checkbox', { name: /Meet your new peers/ }).closest('li')!;
    expect(item.textContent).toContain('fits your purpose');
  });

  it('leaves the reader’s quiz result out of a plan for someone who reports to them', async () => {
    const { user, purpose } = await renderIsland();
    act(() => purpose.setSharedPurpose('resource'));
    await user.click(screen.getByLabelText('Someone who reports to me was promoted'));
    expect(screen.queryByText(/quiz result/i)).toBeNull();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(screen.getByRole('heading', { name: 'Ana Ruiz’s network plan' })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/quiz result|fits your purpose/i);
    expect(
      screen.getByRole('checkbox', {
        name: 'List the people Ana Ruiz should meet first, from your own network too, and offer to introduce them.',
      }),
    ).toBeInTheDocument();
    // back to the reader's own plan: the note and the emphasis return
    await user.click(screen.getByLabelText('I was promoted'));
    expect(screen.getByRole('checkbox', { name: /Meet your new peers/ }).closest('li')!.textContent).toContain(
      'fits your purpose',
    );
  });

  it('prints and downloads the calendar from the plan, and erases after confirming', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const { user } = await renderIsland();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    await user.click(screen.getByRole('button', { name: 'Print my checklist' }));
    expect(print).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
    expect(created).toHaveLength(1);
    const text = await created[0]!.text();
    expect(text).toContain('DTSTART;VALUE=DATE:20270202');
    expect(
      screen.getByText(/Calendar file promotion-checklist-ana-ruiz-head-of-sales\.ics downloaded: 4 milestones/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Erase my checklist' }));
    expect(screen.getByRole('button', { name: 'Keep it' })).toBe(document.activeElement);
    await user.click(screen.getByRole('button', { name: 'Yes, erase my checklist' }));
    expect(getTestStorage()[KEY]).toBeUndefined();
    expect((screen.getByLabelText('Your name (optional)') as HTMLInputElement).value).toBe('');
    expect(screen.queryByRole('heading', { name: /network plan/ })).toBeNull();
    expect(screen.getByText('Your checklist was erased from this browser.')).toBeInTheDocument();
  });
  it('two checklists on one page share no id and no radio name', async () => {
    const { default: ChecklistIsland } = await import('../../../src/tools/checklist/ChecklistIsland');
    const { container } = render(
      <>
        <ChecklistIsland {...checklistIslandProps()} />
        <ChecklistIsland {...checklistIslandProps()} />
      </>,
    );
    const ids = [...container.querySelectorAll('[id]')].map((el) => el.id);
    expect(ids.length).toBeGreaterThan(10);
    expect(new Set(ids).size).toBe(ids.length);
    const names = [...container.querySelectorAll('input[type="radio"]')].map((el) => (el as HTMLInputElement).name);
    expect(new Set(names).size).toBe(6); // audience, level and organization, twice
    const [first, second] = screen.getAllByLabelText('New role title');
    expect(first).not.toBe(second);
  });

  it('moves focus to the first level radio when the level is the first thing to fix, also from the summary', async () => {
    const { user } = await renderIsland();
    await user.type(screen.getByLabelText('New role title'), 'Lead');
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    const first = screen.getByRole('radio', { name: 'First-time supervisor' });
    await vi.waitFor(() => expect(document.activeElement).toBe(first));
    screen.getByLabelText('New role title').focus();
    await user.click(screen.getByRole('link', { name: 'Choose the level of the new role.' }));
    expect(document.activeElement).toBe(first);
  });

  it('shows the words from words.yaml, so an editor changes them without touching code', async () => {
    const { default: ChecklistIsland } = await import('../../../src/tools/checklist/ChecklistIsland');
    const props = checklistIslandProps();
    const { words } = props.content;
    const edited = {
      ...words,
      form: { ...words.form, optional: '{label} – if you like', build: 'Make the plan' },
      plan: { ...words.plan, title: 'The plan for {name}', progress: '{done}/{total} ticked', print: 'Print it' },
      dates: { ...words.dates, short: '{day} {month} {year}' },
    };
    const user = userEvent.setup();
    render(<ChecklistIsland {...props} content={{ ...props.content, words: edited }} />);
    await user.type(screen.getByLabelText('Your name – if you like'), 'Ana');
    await fillValid(user, '');
    await user.click(screen.getByRole('button', { name: 'Make the plan' }));
    expect(screen.getByRole('heading', { name: 'The plan for Ana' })).toBeInTheDocument();
    expect(document.querySelector('.cl-progress')!.textContent).toMatch(/^0\/\d+ ticked$/);
    expect(screen.getByRole('heading', { name: 'The first 30 days · due 2 Feb 2027' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print it' })).toBeInTheDocument();
  });

  it('isolates reader-typed names and the role (<bdi>), so a right-to-left name keeps its place', async () => {
    const { user, container } = await renderIsland();
    await fillValid(user, 'محمد 2');
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    const title = screen.getByRole('heading', { name: 'محمد 2’s network plan' });
    expect(title.querySelector('bdi')?.textContent).toBe('محمد 2');
    expect(container.querySelector('.cl-for bdi')?.textContent).toBe('Head of Sales');
    const line = nameLine(1);
    expect(line.getAttribute('dir')).toBe('auto');
    await user.type(line, 'محمد 2');
    expect(line.closest('.cl-who-line')!.querySelector('.cl-line bdi')?.textContent).toBe('محمد 2');
  });

  it('names each “Who:” line briefly, inside a group named by the label and the item', async () => {
    const { user } = await renderIsland();
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    const group = screen.getByRole('group', {
      name: 'Who: Thank the people who helped you get here and tell them about the new role.',
    });
    expect(
      within(group)
        .getAllByRole('textbox')
        .map((el) => el.getAttribute('aria-label')),
    ).toEqual(['Name 1 of 3', 'Name 2 of 3', 'Name 3 of 3']);
  });

  it('offers “Erase my checklist” only when something is stored', async () => {
    const { user } = await renderIsland();
    expect(screen.getByRole('button', { name: 'Erase my checklist' })).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('New role title'), 'Lead');
    expect(getTestStorage()[KEY]).toBeDefined();
    expect(screen.getByRole('button', { name: 'Erase my checklist' })).toHaveProperty('disabled', false);
  });

  it('takes its input limits and date range from LIMITS and dates.ts', async () => {
    const { LIMITS } = await import('../../../src/tools/checklist/profile');
    const { START_MIN, START_MAX } = await import('../../../src/tools/checklist/dates');
    const { user } = await renderIsland();
    const maxLength = (el: HTMLElement) => (el as HTMLInputElement).maxLength;
    // the name and the role have no maxLength (a browser would cut a paste mid-emoji and say
    // nothing): the island cuts them to LIMITS itself and says so (the test below)
    expect(maxLength(screen.getByLabelText('Your name (optional)'))).toBe(-1);
    expect(maxLength(screen.getByLabelText('New role title'))).toBe(-1);
    expect(maxLength(screen.getByLabelText('Add a group of your own'))).toBe(LIMITS.groupLabel);
    const date = screen.getByLabelText('Start date of the new role');
    expect([date.getAttribute('min'), date.getAttribute('max')]).toEqual([START_MIN, START_MAX]);
    await fillValid(user);
    await user.click(screen.getByRole('button', { name: 'Build my plan' }));
    expect(maxLength(nameLine(1))).toBe(LIMITS.whoName);
  });

  it('cuts a pasted over-long name at a whole emoji or letter and says it was shortened', async () => {
    const { LIMITS } = await import('../../../src/tools/checklist/profile');
    const { user, stores } = await renderIsland();
    const name = screen.getByLabelText('Your name (optional)');
    // 79 letters, then a family emoji (11 UTF-16 units): 80 units would cut the emoji apart
    const pasted = `${'a'.repeat(LIMITS.name - 1)}👨‍👩‍👧‍👦${'b'.repeat(500)}`;
    await user.click(name);
    await user.paste(pasted);
    expect(stores.$checklist.get().profile.name).toBe('a'.repeat(LIMITS.name - 1));
    expect((name as HTMLInputElement).value).toBe('a'.repeat(LIMITS.name - 1));
    const note = screen.getByText(/shortened to/);
    expect(note.textContent).toBe(`That was too long, so it was shortened to ${LIMITS.name} characters.`);
    expect(name.getAttribute('aria-describedby')).toContain(note.id);
    // a name that fits clears the note
    await user.clear(name);
    await user.type(name, 'Ana');
    expect(screen.queryByText(/shortened to/)).toBeNull();
  });
});
