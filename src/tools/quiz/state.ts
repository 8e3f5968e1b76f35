import { isRecord } from '@/shared/storage/decode';
import { allQuestions, type Answers, type QuizModel } from './model';

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

export type Screen =
  | { readonly kind: 'intro' }
  | { readonly kind: 'question'; readonly index: number }
  | { readonly kind: 'review' }
  | { readonly kind: 'result' };

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

export function questionCount(model: QuizModel): number {
  return allQuestions(model).length;
}

/** Index of the first unanswered question, or the question count when all are answered. */
export function firstUnanswered(model: QuizModel, answers: Answers): number {
  const index = allQuestions(model).findIndex((q) => answers[q.id] === undefined);
  return index < 0 ? questionCount(model) : index;
}

export function isComplete(model: QuizModel, answers: Answers): boolean {
  return firstUnanswered(model, answers) === questionCount(model);
}

/** True when every stored answer names a question and an answer that exist in this edition. */
export function answersFit(model: QuizModel, answers: Answers): boolean {
  const questions = allQuestions(model);
  return Object.entries(answers).every(([qid, aid]) => {
    const q = questions.find((x) => x.id === qid);
    return q !== undefined && q.answers.some((a) => a.id === aid);
  });
}

/**
 * Make stored state safe for this edition of the quiz. Answers to questions that no longer
 * exist mean the data is from another edition: start fresh (`fresh: true`, so the reader is
 * told). The step is clamped so nobody lands past an unanswered question or on an empty result.
 */
export function reconcile(state: QuizState, model: QuizModel): { state: QuizState; fresh: boolean } {
  if (!answersFit(model, state.answers)) return { state: initialState, fresh: true };
  if (!state.started)
    return { state: Object.keys(state.answers).length ? { ...state, step: 0 } : initialState, fresh: false };
  const limit = isComplete(model, state.answers) ? questionCount(model) + 1 : firstUnanswered(model, state.answers);
  return { state: state.step > limit ? { ...state, step: limit } : state, fresh: false };
}

export function screenOf(state: QuizState, model: QuizModel): Screen {
  const n = questionCount(model);
  if (!state.started) return { kind: 'intro' };
  if (state.step < n) return { kind: 'question', index: state.step };
  if (state.step === n) return { kind: 'review' };
  return { kind: 'result' };
}

export function start(state: QuizState): QuizState {
  return { ...state, started: true, step: 0 };
}

export function choose(state: QuizState, model: QuizModel, questionId: string, answerId: string): QuizState {
  const q = allQuestions(model).find((x) => x.id === questionId);
  if (!q || !q.answers.some((a) => a.id === answerId)) return state;
  return { ...state, answers: { ...state.answers, [questionId]: answerId } };
}

export type Move =
  { readonly ok: true; readonly state: QuizState } | { readonly ok: false; readonly error: 'unanswered' };

/** Next from a question: refused until it is answered; after the last question comes the review. */
export function next(state: QuizState, model: QuizModel): Move {
  const n = questionCount(model);
  if (state.step >= n) return { ok: true, state };
  const q = allQuestions(model)[state.step]!;
  if (state.answers[q.id] === undefined) return { ok: false, error: 'unanswered' };
  return { ok: true, state: { ...state, step: state.step + 1 } };
}

export function back(state: QuizState): QuizState {
  return { ...state, step: Math.max(0, state.step - 1) };
}

/** Jump to a question (from the review), only to one that is reachable. */
export function goTo(state: QuizState, model: QuizModel, index: number): QuizState {
  const limit = Math.min(firstUnanswered(model, state.answers), questionCount(model));
  if (!Number.isInteger(index) || index < 0 || index > limit) return state;
  return { ...state, started: true, step: index };
}

/** The review once every question is answered; otherwise the first unanswered question. */
export function toReview(state: QuizState, model: QuizModel): QuizState {
  return { ...state, started: true, step: firstUnanswered(model, state.answers) };
}

/** The result, only from a complete answer set. */
export function toResult(state: QuizState, model: QuizModel): Move {
  if (!isComplete(model, state.answers)) return { ok: false, error: 'unanswered' };
  return { ok: true, state: { ...state, started: true, step: questionCount(model) + 1 } };
}

export function retake(): QuizState {
  return { v: 1, started: true, step: 0, answers: {} };
}

/** A shared result the visitor chose to keep. */
export function fromShared(model: QuizModel, answers: Answers): QuizState {
  return { v: 1, started: true, step: questionCount(model) + 1, answers: { ...answers } };
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
