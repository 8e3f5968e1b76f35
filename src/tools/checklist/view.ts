/**
 * What the island shows around the form, derived from the state: which field errors are
 * visible (a field's after the reader has left it, every field's after the first "Build my
 * plan"), the error summary in form order, the note about the quiz purpose (in the reader's
 * own plan only), and progress over the plan and over each of its phases.
 */
import type { PurposeLabels } from '@/purposes/model';
import type { PurposeId } from '@/purposes/ids';
import { fill } from '@/shared/template';
import { planPurpose } from './plan';
import type { ProfileErrorCode, ProfileErrors, ProfileField } from './profile';
import { phaseProgress, progress, type ChecklistState, type Progress } from './state';
import type { ChecklistWords, Plan, PlanPhase } from './model';

/** the form's fields in the order they appear: the summary lists them and focus goes to the first */
export const profileFields: readonly ProfileField[] = ['name', 'role', 'level', 'startDate'];

export interface FieldError {
  readonly field: ProfileField;
  readonly code: ProfileErrorCode;
}

/** one phase of the plan with how many of its items are ticked */
export interface PhaseView {
  readonly phase: PlanPhase;
  readonly progress: Progress;
}

export interface ChecklistView {
  /** the errors shown next to their fields */
  readonly fieldErrors: ProfileErrors;
  /** the error summary, in form order; empty until the reader has asked for the plan */
  readonly summary: readonly FieldError[];
  /** the summary says the ticks and names are kept: only when there are some */
  readonly keptNote: boolean;
  /** the field to focus after "Build my plan": the first with an error, or null when the plan is built */
  readonly firstError: ProfileField | null;
  readonly purposeNote: string | null;
  readonly plan: Plan | null;
  readonly progress: Progress;
  /** the plan's phases in order, each with its own progress; empty without a plan */
  readonly phases: readonly PhaseView[];
}

/** the view before hydration: the server cannot see the reader's storage */
export const emptyChecklistView: ChecklistView = {
  fieldErrors: {},
  summary: [],
  keptNote: false,
  firstError: null,
  purposeNote: null,
  plan: null,
  progress: { done: 0, total: 0 },
  phases: [],
};

/** the errors that are visible: a field's once it was left, all of them once the plan was asked for */
export function visibleErrors(errors: ProfileErrors, touched: readonly ProfileField[], built: boolean): FieldError[] {
  return profileFields.flatMap((field) => {
    const code = errors[field];
    return code && (built || touched.includes(field)) ? [{ field, code }] : [];
  });
}

/** "Resource/Operational: Your quiz result leans on resources. …", or null without a purpose */
export function purposeNote(
  words: ChecklistWords,
  purpose: PurposeId | null,
  purposeLabels: PurposeLabels,
): string | null {
  const text = purpose ? words.purposes.find((p) => p.id === purpose) : undefined;
  return text ? fill(words.text.purposeNote, { purpose: purposeLabels[text.id], note: text.note }) : null;
}

/** the reader has ticked an item or written a name (blank name lines do not count) */
export function hasTicksOrNames(state: ChecklistState): boolean {
  return state.done.length > 0 || Object.values(state.names).some((names) => names.some((n) => n.trim() !== ''));
}

export function checklistView(
  state: ChecklistState,
  errors: ProfileErrors,
  touched: readonly ProfileField[],
  plan: Plan | null,
  words: ChecklistWords,
  purpose: PurposeId | null,
  purposeLabels: PurposeLabels,
): ChecklistView {
  const shown = visibleErrors(errors, touched, state.built);
  return {
    fieldErrors: Object.fromEntries(shown.map((e) => [e.field, e.code])) as ProfileErrors,
    summary: state.built ? shown : [],
    keptNote: hasTicksOrNames(state),
    firstError: profileFields.find((field) => errors[field]) ?? null,
    // the reader's quiz result is about the reader: a plan for someone else never quotes it
    purposeNote: purposeNote(words, planPurpose(state.profile, purpose), purposeLabels),
    plan,
    progress: progress(state, plan?.itemIds ?? []),
    phases: (plan?.phases ?? []).map((phase) => ({ phase, progress: phaseProgress(state.done, phase) })),
  };
}
