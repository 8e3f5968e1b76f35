import { atom, computed } from 'nanostores';
import { storageRegistry } from '@/shared/storage/registry';
import { previewPath } from '@/tools/quiz/preview';
import { buildReport, type Report } from '@/tools/quiz/report';
import { encodeShare } from '@/tools/quiz/share-code';
import {
  initialState,
  back,
  choose,
  fromShared,
  goTo,
  keepingReplaces,
  next,
  ownProgress,
  parseState,
  reconcile,
  retake,
  start,
  toResult,
  toReview,
  type OwnProgress,
  type QuizState,
} from '@/tools/quiz/state';
import type { PurposeId } from '@/purposes/ids';
import type { Answers, QuizContent, QuizModel } from '@/tools/quiz/model';
import { INTRO_VIEW, quizView, sharedAfterHash, type QuizView, type SharedView } from '@/tools/quiz/view';
import { persistentStore, type StoreNotice } from '@/shared/storage/persist';
import { $sharedPurpose, clearSharedPurpose, setSharedPurpose } from '@/purposes/store';

/**
 * The purpose quiz: progress and answers persist in localStorage (registry entry `quiz`);
 * a share link opened from the URL fragment is shown without being stored unless the visitor
 * keeps it. Components render these stores and call the actions below; the rules are in
 * src/lib/quiz/.
 */
const store = persistentStore<QuizState>(storageRegistry.quiz, initialState, parseState);

/** The quiz's content: set once by the island (useContent) before a store that needs it is read. */
export const $quizContent = atom<QuizContent | null>(null);
export function setQuizContent(content: QuizContent): void {
  if ($quizContent.get() !== content) $quizContent.set(content);
}

// New content (the island's first render): answers to questions this edition does not ask are
// unreadable here, kept until the reader's OK; a step past an unanswered question is clamped.
$quizContent.listen((content) => {
  if (!content) return;
  const { state, fresh } = reconcile(store.$value.get(), content.model);
  if (fresh) store.reject();
  else if (state !== store.$value.get()) save(state);
});

/** the stored progress, made safe for the current questions */
export const $quiz = computed([store.$value, $quizContent], (state, content) =>
  content ? reconcile(state, content.model).state : state,
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
export const $ownProgress = computed([$quiz, $quizContent], (state, content): OwnProgress =>
  content ? ownProgress(state, content.model) : 'none',
);

/** Keeping the open shared result would replace the reader's own answers: ask before keepSharedResult. */
export const $keepNeedsConfirm = computed([$quiz, $sharedView], (state, shared) =>
  shared.kind === 'result' ? keepingReplaces(state, shared.answers) : false,
);

/** The one way a report is built: scored with the content's tie margin, advised for `chosen`. */
function reportFor(content: QuizContent, answers: Answers, chosen: PurposeId | null): Report | null {
  const outcome = buildReport(content.model, content.words, content.purposes, answers, chosen);
  return outcome.ok ? outcome.report : null;
}

/** the reader's own answers: the same object while only the step moves, so the report below is kept */
const $answers = computed($quiz, (state) => state.answers);

/** the report of the reader's own answers (null while incomplete), built once per change of answers or purpose */
export const $ownReport = computed([$quizContent, $answers, $sharedPurpose], (content, answers, chosen) =>
  content ? reportFor(content, answers, chosen) : null,
);

/** the report of an opened share link, built once per link or purpose */
const $sharedReport = computed([$quizContent, $sharedView, $sharedPurpose], (content, shared, chosen) =>
  content && shared.kind === 'result' ? reportFor(content, shared.answers, chosen) : null,
);

/**
 * What the island shows: the screen, the answers it needs and the result's report
 * (src/lib/quiz/view.ts decides). The intro until the content is set.
 */
export const $quizView = computed(
  [$quizContent, $quiz, $sharedView, $ownReport, $sharedReport],
  (content, state, shared, own, sharedReport): QuizView =>
    content ? quizView(content.model, state, shared, { own, shared: sharedReport }) : INTRO_VIEW,
);

function model(): QuizModel | null {
  return $quizContent.get()?.model ?? null;
}

function save(state: QuizState): void {
  store.$value.set(state);
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
  const code = encodeShare(quiz, $quiz.get().answers);
  const report = preview && code ? $ownReport.get() : null;
  return code ? `${origin}${report ? previewPath(toolPath, report.result.primary) : toolPath}#${code}` : null;
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
  publishPrimary(shared.answers);
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
  publishPrimary(move.state.answers);
  save(move.state);
  return true;
}

/**
 * Share the purpose to plan for with the other tools: the reader's earlier choice if it is still
 * among the leading purposes, else the leader; when three or more lead and the reader has not
 * chosen, no purpose (the result asks them to choose).
 */
function publishPrimary(answers: Answers): void {
  const content = $quizContent.get();
  const report = content && reportFor(content, answers, $sharedPurpose.get());
  if (!report) return;
  if (report.planFor) setSharedPurpose(report.planFor);
  else clearSharedPurpose();
}

/** The reader chose which of the leading purposes to plan for: the estimator and the checklist use it. */
export const choosePlanPurpose: (purpose: PurposeId) => void = setSharedPurpose;

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
