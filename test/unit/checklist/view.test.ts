import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile, validateProfile } from '../../../src/tools/checklist/profile';
import { initialState } from '../../../src/tools/checklist/state';
import { checklistView, hasTicksOrNames, purposeNote, visibleErrors } from '../../../src/tools/checklist/view';
import { freshImport } from '../../support/fresh-import';
import { loadPurposeNames } from '../../support/site-words';
import { loadChecklistContent } from '../../support/checklist-content';

const { items, words } = loadChecklistContent();
const purposeLabels = loadPurposeNames();
const errors = validateProfile(emptyProfile); // role, level and start date missing

describe('checklist view', () => {
  // emptyChecklistView and the field order are module-level values: these two tests read them as
  // the module computes them now
  it('before hydration shows what the initial state shows: no errors, no plan, nothing done', async () => {
    const { emptyChecklistView } = await freshImport(() => import('../../../src/tools/checklist/view'));
    expect(emptyChecklistView).toEqual(checklistView(initialState, {}, [], null, words, null, purposeLabels));
    expect(emptyChecklistView.progress).toEqual({ done: 0, total: 0 });
  });

  it('shows a name cut to fit like every other field’s error, first in the summary', async () => {
    const { visibleErrors } = await freshImport(() => import('../../../src/tools/checklist/view'));
    const long = { ...errors, name: 'name-too-long' as const };
    expect(visibleErrors(long, ['name'], false)).toEqual([{ field: 'name', code: 'name-too-long' }]);
    expect(visibleErrors(long, [], true).map((e) => e.field)).toEqual(['name', 'role', 'level', 'startDate']);
  });

  it('shows a field’s error once it was left, every error once the plan was asked for, in form order', () => {
    expect(visibleErrors(errors, [], false)).toEqual([]);
    expect(visibleErrors(errors, ['startDate', 'name'], false)).toEqual([
      { field: 'startDate', code: 'start-missing' },
    ]);
    expect(visibleErrors(errors, [], true).map((e) => e.field)).toEqual(['role', 'level', 'startDate']);
  });

  it('has no summary before the first “Build my plan”, and points at the first field to fix', () => {
    const before = checklistView(initialState, errors, ['role'], null, words, null, purposeLabels);
    expect(before.summary).toEqual([]);
    expect(before.fieldErrors).toEqual({ role: 'role-missing' });
    expect(before.firstError).toBe('role');
    const profile = { ...emptyProfile, role: 'Lead' };
    const after = checklistView(
      { ...initialState, profile, built: true },
      validateProfile(profile),
      [],
      null,
      words,
      null,
      purposeLabels,
    );
    expect(after.summary.map((e) => e.field)).toEqual(['level', 'startDate']);
    expect(after.firstError).toBe('level');
  });

  it('says the ticks and names are kept only when the reader has some', () => {
    const built = { ...initialState, built: true };
    const view = (state: typeof built) => checklistView(state, errors, [], null, words, null, purposeLabels);
    // the very first "Build my plan" with nothing ticked or named
    expect(view(built).summary.length).toBeGreaterThan(0);
    expect(view(built).keptNote).toBe(false);
    expect(view({ ...built, names: { 'past-thank': ['', '  '] } }).keptNote).toBe(false);
    expect(view({ ...built, done: ['past-thank'] }).keptNote).toBe(true);
    expect(view({ ...built, names: { 'past-thank': ['', 'Mary Jones'] } }).keptNote).toBe(true);
    expect(hasTicksOrNames(initialState)).toBe(false);
  });

  it('composes the purpose note from the quiz label and the words, and counts progress over the plan', () => {
    expect(purposeNote(words, null, purposeLabels)).toBeNull();
    expect(purposeNote(words, 'resource', purposeLabels)).toBe(
      `${purposeLabels.resource}: ${words.purposes.find((p) => p.id === 'resource')!.note}`,
    );
    const profile = { ...emptyProfile, role: 'Lead', level: 'manager' as const, startDate: '2027-01-04' };
    const plan = buildPlan(items, words, profile)!;
    const state = { ...initialState, profile, built: true, done: ['past-thank', 'not-in-plan'] };
    const view = checklistView(state, validateProfile(profile), [], plan, words, 'career', purposeLabels);
    expect(view.firstError).toBeNull();
    expect(view.summary).toEqual([]);
    expect(view.progress).toEqual({ done: 1, total: plan.itemIds.length });
    expect(view.purposeNote).toContain(purposeLabels.career);
  });

  it('gives each phase of the plan its own progress, adding up to the plan’s', () => {
    expect(checklistView(initialState, errors, [], null, words, null, purposeLabels).phases).toEqual([]);
    const profile = { ...emptyProfile, role: 'Lead', level: 'manager' as const, startDate: '2027-01-04' };
    const plan = buildPlan(items, words, profile)!;
    const [start, first30] = plan.phases;
    const ticked = [start!.items[0]!.id, start!.items[1]!.id, first30!.items[0]!.id, 'not-in-plan'];
    const view = checklistView(
      { ...initialState, profile, built: true, done: ticked },
      validateProfile(profile),
      [],
      plan,
      words,
      null,
      purposeLabels,
    );
    expect(view.phases.map((p) => p.phase)).toEqual(plan.phases);
    expect(view.phases.map((p) => p.progress)).toEqual(
      plan.phases.map((phase, i) => ({ done: [2, 1][i] ?? 0, total: phase.items.length })),
    );
    expect(view.phases.reduce((sum, p) => sum + p.progress.done, 0)).toBe(view.progress.done);
    expect(view.phases.reduce((sum, p) => sum + p.progress.total, 0)).toBe(view.progress.total);
  });
});
