/**
 * What the island shows around the form, derived from the state: which field errors are
 * visible (a field's after the reader has left it, every field's after the first "Build my
 * plan"), the error summary in form order, the note about the quiz purpose (in the reader's
 * own plan only), and progress over the plan and over each of its phases.
 */
import type { PurposeLabels } from '@/purposes/model';
import type { PurposeId } from '@/purposes/ids';
import { planPurpose, type Plan, type PlanPhase } from './plan';
import { profileFields, validateProfile, type ProfileErrors } from './profile';
import type { ChecklistTexts } from './schema';
import { countDone, type ChecklistState, type Progress } from './state';
import { words } from './words';
import type { ProfileErrorCode, ProfileField } from './model';

export interface ChecklistView {
  /** the errors shown next to their fields */
  readonly fieldErrors: ProfileErrors;
  /** the error summary, in form order; empty until the reader has asked for the plan */
  readonly summary: readonly { readonly field: ProfileField; readonly code: ProfileErrorCode }[];
  /** the summary says the ticks and names are kept: only when there are some */
  readonly keptNote: boolean;
  /** the field to focus after "Build my plan": the first with an error, or null when the plan is built */
  readonly firstError: ProfileField | null;
  readonly purposeNote: string | null;
  readonly plan: Plan | null;
  readonly progress: Progress;
  /** the plan's phases in order, each with its own progress; empty without a plan */
  readonly phases: readonly { readonly phase: PlanPhase; readonly progress: Progress }[];
}

/** "Resource/Operational: Your quiz result leans on resources. …", or null without a purpose */
export function purposeNote(texts: ChecklistTexts, purpose: PurposeId | null, labels: PurposeLabels): string | null {
  const text = texts.purposes.find((p) => p.id === purpose);
  return text ? words.purposeNote(labels[text.id], text.note) : null;
}

export function checklistView(
  state: ChecklistState,
  touched: readonly ProfileField[],
  plan: Plan | null,
  purpose: PurposeId | null,
  content: { readonly texts: ChecklistTexts; readonly purposeLabels: PurposeLabels },
): ChecklistView {
  const errors = validateProfile(state.profile);
  const shown = profileFields.flatMap((field) => {
    const code = errors[field];
    return code && (state.built || touched.includes(field)) ? [{ field, code }] : [];
  });
  return {
    fieldErrors: Object.fromEntries(shown.map((e) => [e.field, e.code])),
    summary: state.built ? shown : [],
    // blank name lines do not count
    keptNote: state.done.length > 0 || Object.values(state.names).some((names) => names.some((n) => n.trim() !== '')),
    firstError: profileFields.find((field) => errors[field]) ?? null,
    // the reader's quiz result is about the reader: a plan for someone else never quotes it
    purposeNote: purposeNote(content.texts, planPurpose(state.profile, purpose), content.purposeLabels),
    plan,
    progress: countDone(state.done, plan?.itemIds ?? []),
    phases: (plan?.phases ?? []).map((phase) => ({
      phase,
      progress: countDone(
        state.done,
        phase.items.map((i) => i.id),
      ),
    })),
  };
}
