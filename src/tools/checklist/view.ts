/**
 * What the island shows around the form, derived from the state: which field errors are
 * visible (a field's after the reader has left it, every field's after "Build my plan" on this
 * page or once a plan was built), the error summary in form order, the note about the quiz purpose (in the reader's
 * own plan only), and progress over the plan and over each of its phases.
 */
import type { PurposeLabels } from '@/purposes/model';
import type { PurposeId } from '@/purposes/ids';
import { fill } from '@/shared/template';
import type { PurposeFits } from './networks';
import { planPurpose, type Plan, type PlanPhase } from './plan';
import { profileFields, validateProfile, type ProfileErrors } from './profile';
import type { ChecklistTexts } from './schema';
import { countDone, type ChecklistState, type Progress } from './state';
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

/** "Sentence case" → "sentence case", without its last period: a model line used mid-sentence */
const midSentence = (line: string) => line.charAt(0).toLowerCase() + line.slice(1).replace(/\.$/, '');

/**
 * How the reader's quiz purpose meets the plan, in the words of texts.yaml `purposeNote`, by the
 * network vocabulary's mapping (./networks.ts), or null without a purpose
 */
export function purposeNote(
  content: { readonly texts: ChecklistTexts; readonly fits: PurposeFits; readonly purposeLabels: PurposeLabels },
  purpose: PurposeId | null,
): string | null {
  if (!purpose) return null;
  const fit = content.fits[purpose];
  const values = { purpose: content.purposeLabels[purpose] };
  const notes = content.texts.purposeNote;
  if (fit.kind === 'none') return fill(notes.none, { ...values, who: midSentence(fit.who) });
  return fill(notes[fit.kind], { ...values, note: fit.note });
}

/** what the reader did on this page, not stored: the fields left, and whether "Build my plan" was pressed */
export interface FormSession {
  readonly touched: readonly ProfileField[];
  readonly asked: boolean;
}

export function checklistView(
  state: ChecklistState,
  session: FormSession,
  plan: Plan | null,
  purpose: PurposeId | null,
  content: Parameters<typeof purposeNote>[0],
): ChecklistView {
  const errors = validateProfile(state.profile);
  const all = state.built || session.asked;
  const shown = profileFields.flatMap((field) => {
    const code = errors[field];
    return code && (all || session.touched.includes(field)) ? [{ field, code }] : [];
  });
  return {
    fieldErrors: Object.fromEntries(shown.map((e) => [e.field, e.code])),
    summary: all ? shown : [],
    // blank name lines do not count
    keptNote: state.done.length > 0 || Object.values(state.names).some((names) => names.some((n) => n.trim() !== '')),
    firstError: profileFields.find((field) => errors[field]) ?? null,
    // the reader's quiz result is about the reader: a plan for someone else never quotes it
    purposeNote: purposeNote(content, planPurpose(state.profile, purpose)),
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
