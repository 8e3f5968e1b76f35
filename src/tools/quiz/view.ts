import type { Report } from './report';
import { decodeShare, type ShareProblem } from './share-code';
import { isComplete, screenOf, type OwnProgress, type QuizState } from './state';
import type { QuizUi } from './model';
import { allQuestions, type Answers, type QuizModel } from './model';

/** A result opened from a share link (not stored), or a link that could not be read. */
export type SharedView =
  | { readonly kind: 'none' }
  | { readonly kind: 'result'; readonly answers: Answers }
  | { readonly kind: 'invalid'; readonly reason: Exclude<ShareProblem, 'none'> };

/**
 * What the island shows, decided from the stored progress and any opened share link:
 * - intro, question (with the chosen answer), review (with the answers), result (with its report);
 * - unscorable: a complete-looking state that cannot be scored (never a blank island);
 * - shared-result / shared-invalid: a share link, shown instead of the reader's own quiz.
 */
export type QuizView =
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
  | { readonly kind: 'result'; readonly report: Report; readonly answers: Answers }
  | { readonly kind: 'unscorable' }
  | { readonly kind: 'shared-result'; readonly report: Report }
  | { readonly kind: 'shared-invalid'; readonly reason: Exclude<ShareProblem, 'none'> };

export const INTRO_VIEW: QuizView = Object.freeze({ kind: 'intro' });

/** The reports of the reader's own answers and of an open share link (null: none, or not scorable). */
export interface Reports {
  readonly own: Report | null;
  readonly shared: Report | null;
}

/** Decide the screen, given the reports of the reader's answers and of an open share link. */
export function quizView(model: QuizModel, state: QuizState, shared: SharedView, reports: Reports): QuizView {
  if (shared.kind === 'invalid') return { kind: 'shared-invalid', reason: shared.reason };
  if (shared.kind === 'result' && reports.shared) return { kind: 'shared-result', report: reports.shared };
  const screen = screenOf(state, model);
  switch (screen.kind) {
    case 'intro':
      return INTRO_VIEW;
    case 'question': {
      const questions = allQuestions(model);
      const q = questions[screen.index];
      const last = screen.index === questions.length - 1;
      return {
        kind: 'question',
        index: screen.index,
        chosen: q ? state.answers[q.id] : undefined,
        last,
        canReturnToReview: !last && isComplete(model, state.answers),
      };
    }
    case 'review':
      return { kind: 'review', answers: state.answers };
    case 'result': {
      const own = reports.own;
      return own ? { kind: 'result', report: own, answers: state.answers } : { kind: 'unscorable' };
    }
  }
}

/**
 * The shared view after the URL fragment changed (a link pasted into the address bar, Back or
 * Forward): a quiz link opens its result (or says what is wrong with it); any other fragment
 * closes an open shared view, back to the reader's own quiz, unless it names an element on the
 * page (the skip link, a heading), which is a jump within the page. null: nothing changes.
 */
export function sharedAfterHash(
  model: QuizModel,
  hash: string,
  current: SharedView,
  isElement: (id: string) => boolean,
): SharedView | null {
  const decoded = decodeShare(model, hash);
  if (decoded.ok) return { kind: 'result', answers: decoded.answers };
  if (decoded.reason !== 'none') return { kind: 'invalid', reason: decoded.reason };
  if (current.kind === 'none') return null;
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    // not percent-encoded text: look it up as written
  }
  return id && isElement(id) ? null : { kind: 'none' };
}

/** The value of the island's data-screen attribute (what tests and styles key on). */
export function screenName(view: QuizView): string {
  return view.kind === 'unscorable' ? 'result' : view.kind;
}

/** Changes whenever focus should move to the new screen's heading or legend. */
export function viewKey(view: QuizView): string {
  return view.kind === 'question' ? `q${view.index}` : view.kind;
}

/**
 * The words on the button that leaves a shared link (or a broken one) for the reader's own quiz:
 * it says where that goes. `label` is the button's words when the reader has no answers yet
 * ("Take the quiz", "Take the quiz yourself"); `offer` tells whether to invite them to the quiz
 * (how many questions) above a broken link's button.
 */
export function leaveSharedWords(
  progress: OwnProgress,
  ui: Pick<QuizUi, 'showMyResult' | 'continueQuiz'>,
  fresh: string,
): { readonly label: string; readonly offer: boolean } {
  if (progress === 'result') return { label: ui.showMyResult, offer: false };
  if (progress === 'partial') return { label: ui.continueQuiz, offer: false };
  return { label: fresh, offer: true };
}
