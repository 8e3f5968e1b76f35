import { atom, computed } from 'nanostores';
import { storageRegistry } from '../lib/storage/registry';
import { scoreQuiz } from '../lib/quiz/scoring';
import { previewPath } from '../lib/quiz/preview';
import { encodeShare } from '../lib/quiz/share-code';
import {
  EMPTY_STATE,
  back,
  choose,
  fromShared,
  goTo,
  keepingReplaces,
  next,
  ownProgress,
  parseStoredQuiz,
  reconcile,
  retake,
  start,
  toResult,
  toReview,
  type OwnProgress,
  type QuizState,
} from '../lib/quiz/state';
import type { PurposeModel } from '../lib/purpose-model';
import type { PurposeId } from '../lib/purposes';
import { advise, planFor } from '../lib/quiz/advice';
import { purposeStrategies } from '../lib/purpose-model';
import type { QuizWords } from '../lib/quiz/model';
import type { Answers, QuizModel } from '../lib/quiz/model';
import { INTRO_VIEW, quizView, reportMemo, sharedAfterHash, type QuizView, type SharedView } from '../lib/quiz/view';
import { persistentStore, type StoreNotice } from './persist';
import { $sharedPurpose, clearSharedPurpose, setSharedPurpose } from './purpose';

/**
 * The purpose quiz: progress and answers persist in localStorage (registry entry `quiz`);
 * a share link opened from the URL fragment is shown without being stored unless the visitor
 * keeps it. Components render these atoms and call the actions below; the rules are in
 * src/lib/quiz/.
 */
const store = persistentStore<QuizState>(storageRegistry.quiz, EMPTY_STATE, parseStoredQuiz);

/** the questions, set once by the island from the content collection */
export const $quizModel = atom<QuizModel | null>(null);
/** the result words and the purpose model, set with the questions */
export const $quizTexts = atom<{ readonly texts: QuizWords; readonly purposes: PurposeModel } | null>(null);

/** the stored progress, made safe for the current questions */
export const $quiz = computed([store.$value, $quizModel], (state, model) =>
  model ? reconcile(state, model).state : state,
);

/** what the persistent store says about the saved answers (src/stores/persist.ts), or: the reader erased them here */
export type QuizNotice = StoreNotice | 'erasedHere';
const $erased = atom(false);

/** a one-off message about the saved answers (unreadable, newer, erased or changed elsewhere, erased here) */
export const $quizNotice = computed(
  [store.$notice, $erased],
  (notice, erased): QuizNotice => notice ?? (erased ? 'erasedHere' : null),
);

/** the question that Next refused because it has no answer yet */
export const $unanswered = atom<string | null>(null);

export type { QuizView, SharedView };

/** a result opened from a share link (not stored) or a link that could not be read */
export const $sharedView = atom<SharedView>({ kind: 'none' });

/** The reader's own answers in this browser: none, on the way, or a result (what leaving a shared link returns to). */
export const $ownProgress = computed([$quiz, $quizModel], (state, quiz): OwnProgress =>
  quiz ? ownProgress(state, quiz) : 'none',
);

/** Keeping the open shared result would replace the reader's own answers: ask before keepSharedResult. */
export const $keepNeedsConfirm = computed([$quiz, $sharedView], (state, shared) =>
  shared.kind === 'result' ? keepingReplaces(state, shared.answers) : false,
);

let memo: {
  model: QuizModel;
  words: NonNullable<ReturnType<typeof $quizTexts.get>>;
  build: ReturnType<typeof reportMemo>;
} | null = null;

/**
 * What the island shows: the screen, the answers it needs and the result's report
 * (src/lib/quiz/view.ts decides). The intro until initQuiz has given the questions.
 */
export const $quizView = computed(
  [$quizModel, $quizTexts, $quiz, $sharedView, $sharedPurpose],
  (quiz, words, state, shared, chosen): QuizView => {
    if (!quiz || !words) return INTRO_VIEW;
    if (!memo || memo.model !== quiz || memo.words !== words)
      memo = { model: quiz, words, build: reportMemo(quiz, words.texts, words.purposes) };
    const build = memo.build;
    return quizView(quiz, state, shared, (answers) => build(answers, chosen));
  },
);

function model(): QuizModel | null {
  return $quizModel.get();
}

function save(state: QuizState): void {
  store.$value.set(state);
}

/**
 * Call once on the client with the questions, the result words and the purposes' names; drops
 * stored answers that no longer fit.
 */
export function initQuiz(quiz: QuizModel, texts: QuizWords, purposes: PurposeModel): void {
  const words = $quizTexts.get();
  if (words?.texts !== texts || words.purposes !== purposes) $quizTexts.set({ texts, purposes });
  $quizModel.set(quiz);
  // answers to questions this edition does not ask: unreadable here, kept until the reader's OK
  const { state, fresh } = reconcile(store.$value.get(), quiz);
  if (fresh) store.reject();
  else if (state !== store.$value.get()) save(state);
}

/**
 * Follow the URL fragment, on load and whenever it changes (a pasted link, Back, Forward):
 * 'shared' when a share link (or a broken one) is now shown, 'own' when the shared view closed
 * and the reader's own quiz is back, null when nothing changed. `isElement` tells whether a
 * fragment names an element on the page (a jump there leaves the shared view open).
 */
export function followHash(hash: string, isElement: (id: string) => boolean): 'shared' | 'own' | null {
  const quiz = model();
  const next = quiz && sharedAfterHash(quiz, hash, $sharedView.get(), isElement);
  if (!next) return null;
  $sharedView.set(next);
  return next.kind === 'none' ? 'own' : 'shared';
}

/**
 * The link that shares the reader's own result: `<origin><toolPath>#quiz=…` (answers only, in
 * the fragment), or with `preview` the leading purpose's preview page,
 * `<origin><toolPath><purpose>/#quiz=…`, whose link preview names the purpose. null while the
 * answers are incomplete.
 */
export function shareLinkFor(origin: string, toolPath: string, preview = false): string | null {
  const quiz = model();
  if (!quiz) return null;
  const answers = $quiz.get().answers;
  const code = encodeShare(quiz, answers);
  const scored = preview && code ? scoreQuiz(quiz, answers) : null;
  return code ? `${origin}${scored?.ok ? previewPath(toolPath, scored.result.primary) : toolPath}#${code}` : null;
}

type KeepOutcome = 'kept' | 'confirm' | 'nothing';

/**
 * Keep a shared result as your own: stored, and its purpose shared with the other tools.
 * When it would replace the reader's own answers, nothing changes and the outcome is 'confirm'
 * until the reader agrees (`replace: true`). 'nothing': no shared result is open.
 */
export function keepSharedResult(options: { readonly replace?: boolean } = {}): KeepOutcome {
  const quiz = model();
  const shared = $sharedView.get();
  if (!quiz || shared.kind !== 'result') return 'nothing';
  if (!options.replace && keepingReplaces($quiz.get(), shared.answers)) return 'confirm';
  // the purpose first: the result is then built once, for the purpose it shares
  publishPrimary(quiz, shared.answers);
  save(fromShared(quiz, shared.answers));
  $sharedView.set({ kind: 'none' });
  dismissQuizNotice();
  return 'kept';
}

/** Leave a shared result or a bad link, back to your own quiz (nothing is stored). */
export function closeSharedView(): void {
  $sharedView.set({ kind: 'none' });
}

export function startQuiz(): void {
  dismissQuizNotice();
  $unanswered.set(null);
  save(start($quiz.get()));
}

export function chooseAnswer(questionId: string, answerId: string): void {
  const quiz = model();
  if (!quiz) return;
  if ($unanswered.get() === questionId) $unanswered.set(null);
  save(choose($quiz.get(), quiz, questionId, answerId));
}

/** Next: false (and $unanswered set) when the current question has no answer yet. */
export function goNext(): boolean {
  const quiz = model();
  if (!quiz) return false;
  const move = next($quiz.get(), quiz);
  if (!move.ok) {
    const current = $quiz.get().step;
    const q = current === 0 ? quiz.strategyQuestion : quiz.questions[current - 1];
    $unanswered.set(q?.id ?? null);
    return false;
  }
  $unanswered.set(null);
  save(move.state);
  return true;
}

export function goBack(): void {
  $unanswered.set(null);
  save(back($quiz.get()));
}

export function goToQuestion(index: number): void {
  const quiz = model();
  if (!quiz) return;
  $unanswered.set(null);
  save(goTo($quiz.get(), quiz, index));
}

export function goToReview(): void {
  const quiz = model();
  if (!quiz) return;
  $unanswered.set(null);
  save(toReview($quiz.get(), quiz));
}

/** Show the result (only for a complete answer set) and share its purpose with the other tools. */
export function showResult(): boolean {
  const quiz = model();
  if (!quiz) return false;
  const move = toResult($quiz.get(), quiz);
  if (!move.ok) return false;
  // the purpose first: the result is then built once, for the purpose it shares (the other
  // way round it was built for the old purpose, then again)
  publishPrimary(quiz, move.state.answers);
  save(move.state);
  return true;
}

/**
 * Share the purpose to plan for with the other tools: the reader's earlier choice if it is still
 * among the leading purposes, else the leader; when three or more lead and the reader has not
 * chosen, no purpose (the result asks them to choose).
 */
function publishPrimary(quiz: QuizModel, answers: Answers): void {
  const words = $quizTexts.get();
  const scored = scoreQuiz(quiz, answers, words ? { tieMargin: words.texts.tieMargin } : undefined);
  if (!scored.ok || !words) return;
  const chosen = $sharedPurpose.get();
  const advice = advise(scored.result, purposeStrategies(words.purposes), words.purposes.conflicts, chosen);
  const purpose = planFor(advice, chosen);
  if (purpose) setSharedPurpose(purpose);
  else clearSharedPurpose();
}

/** The reader chose which of the leading purposes to plan for: the estimator and the checklist use it. */
export function choosePlanPurpose(purpose: PurposeId): void {
  setSharedPurpose(purpose);
}

/** Start again from the first question: the answers, the result and the purpose it shared go. */
export function retakeQuiz(): void {
  dismissQuizNotice();
  $unanswered.set(null);
  save(retake());
  clearSharedPurpose();
}

/** Erase the answers, the progress and the shared purpose: nothing of the quiz stays behind. */
export function eraseQuizAnswers(): void {
  store.erase();
  clearSharedPurpose();
  $unanswered.set(null);
  $sharedView.set({ kind: 'none' });
  $erased.set(true);
}

export function dismissQuizNotice(): void {
  store.dismissNotice();
  $erased.set(false);
}
