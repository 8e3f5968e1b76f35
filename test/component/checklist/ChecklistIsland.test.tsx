// @vitest-environment happy-dom
/**
 * The checklist island in happy-dom, for what the e2e specs do not look at: how fields are
 * described, each phase's progress, the name lines' direction, two islands on one page, the
 * input limits, and the wording of a manager's plan.
 */
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
const describedBy = (el: HTMLElement) =>
  el
    .getAttribute('aria-describedby')
    ?.split(' ')
    .map((id) => document.getElementById(id)?.textContent) ?? [];

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
  const user = userEvent.setup();
  const utils = render(<ChecklistIsland {...props()} />);
  await act(async () => {});
  return { ...utils, user, ChecklistIsland };
}
const button = (name: string | RegExp) => screen.getByRole('button', { name });

// user-event types key by key and each key re-renders the whole plan: on a busy machine a test
// takes longer than vitest's default 5 s, so a slow run fails with a timeout, not a wrong result
describe('ChecklistIsland', { timeout: 30_000 }, () => {
  it('describes a field by its message once it was left empty or the plan was asked for, and by no message once filled', async () => {
    const { user } = await renderIsland();
    const role = screen.getByLabelText('New role title');
    expect(role.getAttribute('aria-describedby')).toBeNull();
    await user.click(role);
    await user.tab();
    expect(describedBy(role)).toEqual(['Write the new role’s title, for example “Sales manager”.']);
    await user.type(role, 'Lead');
    expect(role.getAttribute('aria-describedby')).toBeNull();
    await user.click(button('Build my plan'));
    // the level group is a radiogroup, so aria-invalid is supported there
    const level = screen.getByRole('radiogroup', { name: 'Level of the new role' });
    expect([level.getAttribute('aria-invalid'), ...describedBy(level)]).toEqual([
      'true',
      'Choose the level of the new role.',
    ]);
    expect(describedBy(screen.getByLabelText('Start date of the new role'))).toEqual([
      'Due dates count from this day (day 1 is the start date). Choose a date from January 1, 1900 to December 29, 2199.',
      'Enter the date the new role starts (or started).',
    ]);
  });

  it('stores nothing when “Build my plan” is pressed on an empty form, and the next visit starts clean', async () => {
    const { user } = await renderIsland();
    await user.click(button('Build my plan'));
    expect(screen.getByText('3 things to fix before the plan can be built:')).toBeInTheDocument();
    expect(getTestStorage()[KEY]).toBeUndefined();
    expect(button('Build my plan')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Go to my plan' })).toBeNull();
    expect(button('Erase my checklist')).toHaveProperty('disabled', true);
    cleanup();
    vi.resetModules();
    await renderIsland();
    expect(screen.queryByText(/things? to fix/)).toBeNull();
    expect(button('Build my plan')).toBeInTheDocument();
  });

  it('counts each phase’s ticks, adding up to the plan’s, and says ticks and names are kept when a fix is needed', async () => {
    const { user } = await renderIsland(savedChecklist({}, { done: ['past-thank', 'op-peers', 'review-break-even'] }));
    const phases = [...document.querySelectorAll('.cl-phase-progress')].map((p) => p.textContent!);
    expect(phases.map((line) => line.replace(/of \d+/, 'of n'))).toEqual([
      '1 of n done · day 1',
      '1 of n done · day 30',
      '0 of n done · day 60',
      '1 of n done · day 90',
    ]);
    const total = phases.reduce((sum, line) => sum + Number(/of (\d+)/.exec(line)![1]), 0);
    expect(document.querySelector('.cl-progress')!.textContent).toBe(`3 of ${total} done`);
    await user.clear(screen.getByLabelText('New role title'));
    await user.click(button('Go to my plan'));
    expect(screen.getByText(/One thing to fix/).closest('.notice')!.textContent).toContain(
      'Your ticks and names are kept.',
    );
  });

  it('writes name lines in their own direction, and prints each isolated (<bdi>)', async () => {
    const { user } = await renderIsland(savedChecklist());
    const line = within(screen.getByRole('group', { name: /^Who: Thank the people/ })).getByRole('textbox', {
      name: 'Name 1 of 3',
    });
    expect([line.getAttribute('dir'), (line as HTMLInputElement).maxLength]).toEqual(['auto', LIMITS.whoName]);
    await user.type(line, 'محمد 2');
    expect(line.closest('.cl-who-line')!.querySelector('.cl-line bdi')?.textContent).toBe('محمد 2');
  });

  it('offers “Erase my checklist” only once something is stored', async () => {
    const { user } = await renderIsland();
    expect(button('Erase my checklist')).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('New role title'), 'L');
    expect(getTestStorage()[KEY]).toBeDefined();
    expect(button('Erase my checklist')).toHaveProperty('disabled', false);
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

  it('limits what can be typed, and says a pasted name was shortened until one fits', async () => {
    const { user } = await renderIsland();
    const name = screen.getByLabelText('Your name (optional)') as HTMLInputElement;
    // no maxLength on the name and the role: a browser would cut a paste mid-emoji and say nothing
    expect([name.maxLength, (screen.getByLabelText('New role title') as HTMLInputElement).maxLength]).toEqual([-1, -1]);
    expect((screen.getByLabelText('Add a group of your own') as HTMLInputElement).maxLength).toBe(LIMITS.groupLabel);
    const date = screen.getByLabelText('Start date of the new role');
    expect([date.getAttribute('min'), date.getAttribute('max')]).toEqual([START_MIN, START_MAX]);
    await user.click(name);
    await user.paste(`${'a'.repeat(LIMITS.name - 1)}👨‍👩‍👧‍👦${'b'.repeat(500)}`);
    expect(name.value).toBe('a'.repeat(LIMITS.name - 1));
    expect(describedBy(name)).toEqual(['That was too long, so it was shortened to 80 characters.']);
    await user.clear(name);
    await user.type(name, 'Ana');
    expect(screen.queryByText(/shortened to/)).toBeNull();
  });
});

describe('a manager’s plan', { timeout: 30_000 }, () => {
  it('is titled as the new leader’s without a name, and speaks about the promoted person’s networks and start', async () => {
    await renderIsland(
      savedChecklist({ audience: 'manager', name: '', newToNetworking: true }, { rhythms: { past: 'week' } }),
    );
    expect(screen.getByRole('heading', { name: 'The new leader’s network plan' })).toBeInTheDocument();
    expect(
      screen.getByText(/^How often will you review each of the new leader’s networks with them/),
    ).toBeInTheDocument();
    // the items name the promoted person's network as Keeping in touch does: theirs, never the reader's
    const sections = [...document.querySelectorAll('.cl-item .cl-section')].map((el) => el.textContent);
    expect(sections).toContain('Their past network');
    expect(sections).not.toContain('Your past network');
    expect(document.querySelector('.cl-plan')!.textContent).not.toMatch(/your report/i);
    expect(
      screen.getByText('Former peers may now report to the new leader or rely on them; nobody should feel ignored.', {
        exact: false,
      }),
    ).toBeInTheDocument();
    const past = screen.getByRole('group', { name: /^Their past network: the people who helped them get here/ });
    expect(within(past).getByRole('radio', { name: 'Every week' })).toHaveProperty('checked', true);
    const review = document.querySelector('[data-item="review-network:past"]')!;
    expect(review.querySelector('.cl-item-text')!.textContent).toBe(
      'Review the new leader’s past network with them every week, from Mon, Apr 12, 2027.',
    );
    // no "Who:" lines on a review item
    expect(review.querySelector('.cl-who')).toBeNull();
    const never = screen.getByRole('checkbox', { name: 'They have never been good at networking' });
    expect(describedBy(never)).toEqual(['The plan then opens with a three-step start for them.']);
    expect(screen.getByRole('region', { name: 'A three-step start' }).textContent).toContain(
      'Start the new leader here:',
    );
  });

  it('has the introduction note alone, selected for Ctrl+C when the browser cannot copy', async () => {
    const { user } = await renderIsland(
      savedChecklist({ audience: 'manager' }, { names: { 'manager-ask': ['Joe Bloggs'] } }),
    );
    await user.click(button('Show messages to send'));
    const note = screen.getByLabelText('Introduction note for Ana Ruiz: Joe Bloggs') as HTMLTextAreaElement;
    expect(note.value.startsWith('Hi Joe,\n\nI would like to introduce Ana Ruiz')).toBe(true);
    expect(screen.getAllByRole('textbox', { name: /^(Message|Introduction)/ })).toHaveLength(1);
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(button('Copy message'));
    await vi.waitFor(() => expect(document.activeElement).toBe(note));
    expect([note.selectionStart, note.selectionEnd]).toEqual([0, note.value.length]);
    expect(within(note.closest('li')!).getByRole('status').textContent).toMatch(
      /^This browser did not let the page copy/,
    );
  });
});
