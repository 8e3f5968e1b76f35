import { isRecord } from '@/shared/storage/decode';
import type { QuizModel } from './schema';
import type { Answers } from './scoring';

/**
 * Where the reader is in the quiz: what is stored in localStorage (versioned, `v: 1`).
 * `step` 0..n-1 is a question (the strategy question first), n the review, n+1 the result.
 */
export interface QuizState {
  readonly v: 1;
  readonly started: boolean;
  readonly step: number;
  readonly answers: Answers;
}

export const initialState: QuizState = Object.freeze({ v: 1, started: false, step: 0, answers: Object.freeze({}) });

/** Every step in order: the strategy question first (the article's opening), then the rest. */
export function allQuestions(model: QuizModel) {
  return [model.strategyQuestion, ...model.questions];
}

const MAX_ENTRIES = 100;
const MAX_ID = 64;

/** Hand-written shape check for stored data (no zod in client code). null = reject. */
export function parseState(value: unknown): QuizState | null {
  if (!isRecord(value)) return null;
  const { v, started, step, answers } = value;
  if (v !== 1 || typeof started !== 'boolean') return null;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > 1000) return null;
  if (!isRecord(answers)) return null;
  const entries = Object.entries(answers);
  if (entries.length > MAX_ENTRIES) return null;
  for (const [key, answer] of entries) {
    if (typeof answer !== 'string' || key.length > MAX_ID || answer.length > MAX_ID) return null;
  }
  // fromEntries defines own properties: a key such as "__proto__" stays a key (an assignment
  // would set the object's prototype and drop it), so what was read is what is kept
  return { v: 1, started, step, answers: Object.fromEntries(entries) as Record<string, string> };
}

/** Index of the first unanswered question, or the question count when all are answered. */
export function firstUnanswered(model: QuizModel, answers: Answers): number {
  const questions = allQuestions(model);
  const index = questions.findIndex((q) => answers[q.id] === undefined);
  return index < 0 ? questions.length : index;
}

export function isComplete(model: QuizModel, answers: Answers): boolean {
  return firstUnanswered(model, answers) === allQuestions(model).length;
}

/**
 * Make stored state safe for this edition of the quiz. Answers to questions or answers that no
 * longer exist mean the data is from another edition: start fresh (`fresh: true`, so the reader
 * is told). The step is clamped so nobody lands past an unanswered question or on an empty result.
 */
export function reconcile(state: QuizState, model: QuizModel): { state: QuizState; fresh: boolean } {
  const questions = allQuestions(model);
  const fits = Object.entries(state.answers).every(([qid, aid]) =>
    questions.some((q) => q.id === qid && q.answers.some((a) => a.id === aid)),
  );
  if (!fits) return { state: initialState, fresh: true };
  if (!state.started)
    return { state: Object.keys(state.answers).length ? { ...state, step: 0 } : initialState, fresh: false };
  const limit = isComplete(model, state.answers) ? questions.length + 1 : firstUnanswered(model, state.answers);
  return { state: state.step > limit ? { ...state, step: limit } : state, fresh: false };
}

/** The screen the stored progress is on: a question (with its answer), the review (with the answers) or the result. */
export type Screen =
  | { readonly kind: 'intro' }
  | {
      readonly kind: 'question';
      readonly index: number;
      readonly chosen: string | undefined;
      readonly last: boolean;
      /** every question is answered and this is not the last one: offer "Back to the review" */
      readonly canReturnToReview: boolean;
    }
  | { readonly kind: 'review'; readonly answers: Answers }
  | { readonly kind: 'result' };

export function screenOf(state: QuizState, model: QuizModel): Screen {
  const questions = allQuestions(model);
  const index = state.step;
  if (!state.started) return { kind: 'intro' };
  if (index >= questions.length)
    return index === questions.length ? { kind: 'review', answers: state.answers } : { kind: 'result' };
  const last = index === questions.length - 1;
  const canReturnToReview = !last && isComplete(model, state.answers);
  return { kind: 'question', index, chosen: state.answers[questions[index]!.id], last, canReturnToReview };
}

/** What the reader has of their own in this browser: nothing, answers on the way, or a result. */
export type OwnProgress = 'none' | 'partial' | 'result';

export function ownProgress(state: QuizState, model: QuizModel): OwnProgress {
  if (Object.keys(state.answers).length === 0) return 'none';
  return screenOf(state, model).kind === 'result' && isComplete(model, state.answers) ? 'result' : 'partial';
}

/** True when keeping a shared result would replace answers of the reader's own (ask first). */
export function keepingReplaces(state: QuizState, shared: Answers): boolean {
  const own = Object.entries(state.answers);
  if (own.length === 0) return false;
  return own.length !== Object.keys(shared).length || own.some(([q, a]) => shared[q] !== a);
}
