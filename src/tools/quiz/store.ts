import { atom, computed } from 'nanostores';
import type { PurposeId } from '@/purposes/ids';
import { $sharedPurpose, $sharedTie, clearSharedPurpose, setSharedPurpose } from '@/purposes/store';
import { persistentStore, type StoreNotice } from '@/shared/storage/persist';
import { storageRegistry } from '@/shared/storage/registry';
import { previewPath, previewPurposeOf } from './preview';
import { buildReport, shown, type Report } from './report';
import type { QuizContent } from './schema';
import { planFor, scoreQuiz, type Answers } from './scoring';
import { encodeShare, sharedAfterHash, type ShareProblem, type SharedView } from './share-code';
import {
  allQuestions,
  initialState,
  keepingReplaces,
  firstUnanswered,
  isComplete,
  ownProgress,
  parseState,
  reconcile,
  screenOf,
  type OwnProgress,
  type QuizState,
  type Screen,
} from './state';

/**
 * The reader's progress and answers, kept in localStorage (registry entry `quiz`): one store for
 * every island and tab. It holds no content; what depends on the questions is built by
 * createQuizStore.
 */
const saved = persistentStore<QuizState>(storageRegistry.quiz, initialState, parseState);

/** A result on screen: its report, the purpose the reader plans for, and the purposes shown in full. */
type Shown = ReturnType<typeof shown>;

/**
 * What the island shows: the screen of the reader's progress, with the result's report, or a state
 * that cannot be scored (never a blank island); or a share link in front of the reader's own quiz:
 * its result, or what is wrong with it.
 */
export type QuizView =
  | Exclude<Screen, { kind: 'result' }>
  | ({ readonly kind: 'result' } & Shown)
  | { readonly kind: 'unscorable' }
  | ({ readonly kind: 'shared-result'; readonly own: OwnProgress; readonly keepNeedsConfirm: boolean } & Shown)
  | { readonly kind: 'shared-invalid'; readonly reason: Exclude<ShareProblem, 'none'>; readonly own: OwnProgress };

/** what the persistent store says about the saved answers, or: the reader erased them here */
export type QuizNotice = StoreNotice | 'erasedHere';

/** The quiz's stores and actions for one island, from its content. */
export function createQuizStore(content: QuizContent) {
  const { model } = content;
  const report = (answers: Answers) => {
    const scored = scoreQuiz(model, answers, content.texts.tieMargin);
    return scored.ok ? buildReport(content, scored.result) : null;
  };
  const save = (state: QuizState | null) => state && saved.$value.set(state);

  // answers to questions this edition does not ask are unreadable here, kept until the reader's
  // OK; a step past an unanswered question is clamped
  const first = reconcile(saved.$value.get(), model);
  if (first.fresh) saved.reject();
  else if (first.state !== saved.$value.get()) save(first.state);

  /** the stored progress, made safe for the current questions */
  const $state = computed(saved.$value, (state) => reconcile(state, model).state);
  /** the same answers while only the step moves, so that the report is built once per answer set */
  const $answers = computed($state, (state) => state.answers);
  const $ownReport = computed($answers, report);
  const $shared = atom<SharedView>({ kind: 'none' });
  const $sharedReport = computed($shared, (shared) => (shared.kind === 'result' ? report(shared.answers) : null));
  const $erased = atom(false);
  /** the purpose the page's address names (a preview page): in a shared tie, the sender's choice */
  const $pagePurpose = atom<PurposeId | null>(null);
  /** the reader's own choice among tied purposes: the shared purpose, unless it is shared as a tie */
  const $chosen = computed([$sharedPurpose, $sharedTie], (purpose, tie) => (tie.length > 0 ? null : purpose));
  /** the question that Next refused because it has no answer yet */
  const $unanswered = atom<string | null>(null);

  const $view = computed(
    [$state, $shared, $ownReport, $sharedReport, $chosen, $pagePurpose],
    (state, shared, own, sharedReport, chosen, sent): QuizView => {
      const mine = ownProgress(state, model);
      if (shared.kind === 'invalid') return { kind: 'shared-invalid', reason: shared.reason, own: mine };
      if (shared.kind === 'result' && sharedReport) {
        const keepNeedsConfirm = keepingReplaces(state, shared.answers);
        return { kind: 'shared-result', ...shown(sharedReport, sent, 'shared', content), own: mine, keepNeedsConfirm };
      }
      const screen = screenOf(state, model);
      if (screen.kind !== 'result') return screen;
      return own ? { kind: 'result', ...shown(own, chosen, 'own', content) } : { kind: 'unscorable' };
    },
  );

  const $notice = computed(
    [saved.$notice, $erased],
    (notice, erased): QuizNotice => notice ?? (erased ? 'erasedHere' : null),
  );

  const dismissNotice = () => {
    saved.dismissNotice();
    $erased.set(false);
  };
  /** move by `change`, forgetting a refused Next */
  const go = (change: (state: QuizState) => QuizState | null) => {
    $unanswered.set(null);
    save(change($state.get()));
  };
  /**
   * share the purpose to plan for with the other tools: the leader, or the choice among tied
   * purposes; while a tie is not settled by a choice, the first of them with all that are tied
   */
  const publish = (built: Report | null, chosen: PurposeId | null) => {
    if (!built) return;
    const purpose = planFor(built, chosen);
    if (purpose) setSharedPurpose(purpose);
    else setSharedPurpose(built.leading[0]!, built.leading);
  };

  const questions = allQuestions(model);
  return {
    $view,
    $notice,
    $unanswered,
    dismissNotice,
    start() {
      dismissNotice();
      go((s) => ({ ...s, started: true, step: 0 }));
    },
    /** record an answer, only one this edition asks */
    choose(questionId: string, answerId: string) {
      if ($unanswered.get() === questionId) $unanswered.set(null);
      const s = $state.get();
      if (questions.find((q) => q.id === questionId)?.answers.some((a) => a.id === answerId))
        save({ ...s, answers: { ...s.answers, [questionId]: answerId } });
    },
    /** Next: refused (false, and $unanswered set) until the question is answered; after the last comes the review */
    next(): boolean {
      const q = questions[$state.get().step];
      if (q && $state.get().answers[q.id] === undefined) {
        $unanswered.set(q.id);
        return false;
      }
      go((s) => (q ? { ...s, step: s.step + 1 } : s));
      return true;
    },
    back: () => go((s) => ({ ...s, step: Math.max(0, s.step - 1) })),
    /** jump to a question (from the review), only to one that is reachable */
    goTo: (index: number) =>
      go((s) =>
        Number.isInteger(index) && index >= 0 && index <= firstUnanswered(model, s.answers)
          ? { ...s, started: true, step: index }
          : null,
      ),
    /** the review once every question is answered; otherwise the first unanswered question */
    toReview: () => go((s) => ({ ...s, started: true, step: firstUnanswered(model, s.answers) })),
    /** Show the result (only for a complete answer set) and share its purpose with the other tools. */
    showResult(): boolean {
      const s = $state.get();
      if (!isComplete(model, s.answers)) return false;
      // the purpose first, then the result: the reader's first look at it shows both
      publish($ownReport.get(), $chosen.get());
      save({ ...s, started: true, step: questions.length + 1 });
      return true;
    },
    /** the reader chose which of the leading purposes to plan for: the estimator and the checklist use it alone */
    choosePlanPurpose(purpose: PurposeId) {
      if ($ownReport.get()?.leading.includes(purpose)) setSharedPurpose(purpose);
    },
    /** From the result, back to the review to change any answer: every other answer stays. */
    changeAnswers: () =>
      go((s) => (isComplete(model, s.answers) ? { ...s, started: true, step: questions.length } : null)),
    /** Start again from the first question: the answers, the result and the purpose it shared go. */
    retake() {
      dismissNotice();
      go(() => ({ v: 1, started: true, step: 0, answers: {} }));
      clearSharedPurpose();
    },
    /** Erase the answers, the progress and the shared purpose: nothing of the quiz stays behind. */
    erase() {
      saved.erase();
      clearSharedPurpose();
      $unanswered.set(null);
      $shared.set({ kind: 'none' });
      $erased.set(true);
    },
    /** the page's address (its path), for the purpose a preview page names */
    setPage: (pathname: string) => $pagePurpose.set(previewPurposeOf(pathname, content.links.tool)),
    /**
     * Follow the URL fragment: 'shared' when a share link (or a broken one) is now shown, 'own'
     * when the shared view closed, null when nothing changed. `isElement`: whether a fragment
     * names an element on the page (a jump there leaves the shared view open).
     */
    followHash(hash: string, isElement: (id: string) => boolean): 'shared' | 'own' | null {
      const next = sharedAfterHash(model, hash, $shared.get(), isElement);
      if (next) $shared.set(next);
      return next && (next.kind === 'none' ? 'own' : 'shared');
    },
    /** Leave a shared result or a bad link, back to the reader's own quiz (nothing is stored). */
    closeShared: () => $shared.set({ kind: 'none' }),
    /**
     * Keep an open shared result as the reader's own: stored, and its purpose shared with the other
     * tools. 'confirm' (and nothing changes) when it would replace the reader's own answers, until
     * they agree (`replace`); 'nothing' when no shared result is open.
     */
    keepShared(replace = false): 'kept' | 'confirm' | 'nothing' {
      const shared = $shared.get();
      if (shared.kind !== 'result') return 'nothing';
      if (!replace && keepingReplaces($state.get(), shared.answers)) return 'confirm';
      // the sender's choice in a tie comes with the result
      const sentView = $view.get();
      publish($sharedReport.get(), sentView.kind === 'shared-result' ? sentView.planFor : null);
      save({ v: 1, started: true, step: questions.length + 1, answers: { ...shared.answers } });
      $shared.set({ kind: 'none' });
      dismissNotice();
      return 'kept';
    },
    /**
     * The link to the reader's own result, `<origin><tool>#quiz=…` (the answers, in the fragment),
     * or with `preview` the preview page of the purpose they plan for (the leader, or their choice
     * in a tie), `<origin><tool><purpose>/#quiz=…`, whose link preview names it; a tie with no
     * choice names none. null while the answers are incomplete.
     */
    shareLink(origin: string, preview: boolean): string | null {
      const code = encodeShare(model, $state.get().answers);
      const own = preview && code ? $ownReport.get() : null;
      const named = own && planFor(own, $chosen.get());
      return code && `${origin}${named ? previewPath(content.links.tool, named) : content.links.tool}#${code}`;
    },
  };
}

export type QuizStore = ReturnType<typeof createQuizStore>;
