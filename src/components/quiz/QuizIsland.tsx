import { useStore } from '../use-store';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { StoreNotice } from '../StoreNotice';
import { useDomId } from '../use-dom-id';
import { useHydrated } from '../use-hydrated';
import { purposeIds } from '../../lib/purposes';
import type { PurposeModel } from '../../lib/purpose-model';
import { fill } from '../../lib/shared/template';
import type { QuizWords } from '../../lib/quiz/model';
import { allQuestions, type QuizModel } from '../../lib/quiz/model';
import { INTRO_VIEW, leaveSharedWords, screenName, viewKey } from '../../lib/quiz/view';
import {
  $keepNeedsConfirm,
  $ownProgress,
  $quizNotice,
  $quizView,
  $unanswered,
  chooseAnswer,
  closeSharedView,
  dismissQuizNotice,
  eraseQuizAnswers,
  followHash,
  goBack,
  goNext,
  goToQuestion,
  goToReview,
  initQuiz,
  choosePlanPurpose,
  keepSharedResult,
  retakeQuiz,
  shareLinkFor,
  showResult,
  startQuiz,
} from '../../stores/quiz';
import { $sharedPurpose } from '../../stores/purpose';
import { ResultView } from './ResultView';

/** The actions under the reader's own result, loaded when a result is first shown. */
const ResultActions = lazy(() => import('./ResultActions'));
/** keep or leave a result opened from a shared link, loaded when one is shown */
const SharedActions = lazy(() => import('./SharedActions'));
import type { QuizLinks } from './types';

export interface QuizIslandProps {
  readonly model: QuizModel;
  readonly words: QuizWords;
  readonly links: QuizLinks;
  /** the purpose model (src/content/purposes/purposes.yaml): names, strategies, sizes, conflicts */
  readonly purposes: PurposeModel;
  /** BCP 47 tag numbers are written in ("en-US"), from SITE.locale */
  readonly locale: string;
  /** the level of the island's own headings: 2 on the tool page, 3 inside an article */
  readonly headingLevel: 2 | 3;
  /** what the copied link reveals, and the plain link's button (src/content/quiz/share.yaml) */
  readonly share: { readonly copyNote: string; readonly copyPlain: string };
}

type FocusTarget = 'legend' | 'heading' | 'top' | null;

export default function QuizIsland({ model, words, links, purposes, locale, headingLevel, share }: QuizIslandProps) {
  const ui = words.ui;
  const uid = useDomId('quiz');
  // The server cannot see localStorage: render the intro until hydrated, then the stored state.
  const hydrated = useHydrated();
  const liveView = useStore($quizView);
  const notice = useStore($quizNotice);
  const unanswered = useStore($unanswered);
  const ownProgress = useStore($ownProgress);
  const keepNeedsConfirm = useStore($keepNeedsConfirm);
  // what the other tools use: the purpose store, never the result's own primary
  const sharedPurpose = useStore($sharedPurpose);
  const [announcement, setAnnouncement] = useState('');
  const focusRef = useRef<FocusTarget>(null);
  const legendRef = useRef<HTMLLegendElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const topRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    initQuiz(model, words, purposes);
    // a share link on load, pasted into the address bar of an open page, or left and
    // returned to with Back and Forward
    const onHash = () => {
      const shown = followHash(location.hash, (id) => document.getElementById(id) !== null);
      if (shown) {
        focusRef.current = shown === 'shared' ? 'heading' : 'top';
        setAnnouncement('');
      }
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [model, words, purposes]);

  const view = hydrated ? liveView : INTRO_VIEW;
  const questions = allQuestions(model);
  const total = questions.length;
  const viewingShared = view.kind === 'shared-result' || view.kind === 'shared-invalid';
  const report = view.kind === 'result' || view.kind === 'shared-result' ? view.report : null;
  const screenKey = viewKey(view);

  useEffect(() => {
    // until hydrated the intro shows whatever the state: keep the target for the real screen
    // (a share link opened on load focuses its heading once it shows)
    if (!hydrated) return;
    const target = focusRef.current;
    focusRef.current = null;
    if (target === 'legend') legendRef.current?.focus();
    else if (target === 'heading') headingRef.current?.focus();
    else if (target === 'top') topRef.current?.focus();
  }, [screenKey, notice, hydrated]);

  useEffect(() => {
    // the status region is emptied on each move and filled once the result has rendered, so that
    // screen readers announce the change
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (report) setAnnouncement(fill(ui.announce, { headline: report.headline }));
  }, [report, ui]);

  const H = headingLevel === 2 ? 'h2' : 'h3';
  const S = headingLevel === 2 ? 'h3' : 'h4';

  function move(action: () => void | boolean, target: FocusTarget) {
    focusRef.current = target;
    setAnnouncement('');
    action();
  }

  function onNext(event: { preventDefault(): void }) {
    event.preventDefault();
    const last = view.kind === 'question' && view.last;
    move(
      () => {
        if (!goNext()) focusRef.current = null;
      },
      last ? 'heading' : 'legend',
    );
  }

  function clearFragment() {
    if (typeof history !== 'undefined' && location.hash)
      history.replaceState(null, '', location.pathname + location.search);
  }

  function keepShared(replace: boolean) {
    move(() => {
      if (keepSharedResult({ replace }) === 'kept') clearFragment();
    }, 'heading');
  }

  /** leave a shared link (or a broken one) and go to the reader's own quiz */
  function takeQuizFresh() {
    move(() => {
      clearFragment();
      closeSharedView();
    }, 'top');
  }

  let body;
  if (view.kind === 'shared-invalid') {
    // leaving a shared link returns to the reader's own quiz: the button says where that is
    const leave = leaveSharedWords(ownProgress, ui, ui.takeQuiz);
    body = (
      <div className="quiz-screen">
        <H tabIndex={-1} ref={headingRef}>
          {ui.linkProblemHeading}
        </H>
        <p className="notice error" role="alert">
          {ui.linkProblems[view.reason]}
        </p>
        {leave.offer ? <p>{fill(ui.takeQuizOffer, { total })}</p> : null}
        <div className="quiz-actions">
          <button type="button" className="button" onClick={takeQuizFresh}>
            {leave.label}
          </button>
        </div>
      </div>
    );
  } else if (view.kind === 'shared-result') {
    body = (
      <div className="quiz-screen">
        <p className="notice">{ui.sharedNote}</p>
        <ResultView
          report={view.report}
          words={words}
          links={links}
          purposes={purposes}
          locale={locale}
          heading={H}
          sub={S}
          headingRef={headingRef}
          estimatePurpose={sharedPurpose}
        />
        <Suspense fallback={null}>
          <SharedActions
            ui={ui}
            keepNeedsConfirm={keepNeedsConfirm}
            leaveLabel={leaveSharedWords(ownProgress, ui, ui.takeYourself).label}
            onKeep={keepShared}
            onLeave={takeQuizFresh}
          />
        </Suspense>
      </div>
    );
  } else if (view.kind === 'intro') {
    body = (
      <div className="quiz-screen quiz-intro">
        <p className="quiz-needs-js">{fill(ui.intro, { total })}</p>
        <ul className="quiz-purposes">
          {purposeIds.map((p) => (
            <li key={p}>
              <strong>{fill(ui.purposeTerm, { network: purposes.purposes[p].inSentence })}</strong>{' '}
              {words.purposes[p].short}
            </li>
          ))}
        </ul>
        <p className="muted quiz-needs-js">{ui.storageNote}</p>
        <div className="quiz-actions quiz-needs-js">
          <button type="button" className="button" disabled={!hydrated} onClick={() => move(startQuiz, 'legend')}>
            {ui.start}
          </button>
        </div>
      </div>
    );
  } else if (view.kind === 'question') {
    const q = questions[view.index]!;
    const errorId = `${uid}-error`;
    const hintId = `${uid}-hint`;
    const hasError = unanswered === q.id;
    const chosen = view.chosen;
    body = (
      <form className="quiz-screen quiz-question" onSubmit={onNext} noValidate>
        <progress className="quiz-progress-bar" max={total} value={view.index} aria-hidden="true" />
        <fieldset
          aria-describedby={[q.hint ? hintId : '', hasError ? errorId : ''].filter(Boolean).join(' ') || undefined}
        >
          <legend tabIndex={-1} ref={legendRef}>
            <span className="quiz-progress">{fill(ui.progress, { number: view.index + 1, total })}</span>
            <span className="quiz-prompt">{q.prompt}</span>
          </legend>
          {q.hint ? (
            <p id={hintId} className="quiz-hint muted">
              {q.hint}
            </p>
          ) : null}
          <div className="quiz-options">
            {q.answers.map((a) => (
              <label key={a.id} className="quiz-option">
                <input
                  type="radio"
                  name={`${uid}-${q.id}`}
                  value={a.id}
                  checked={chosen === a.id}
                  onChange={() => chooseAnswer(q.id, a.id)}
                />
                <span>{a.text}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <p id={errorId} className="field-error quiz-error" aria-live="assertive">
          {hasError ? ui.chooseAnswer : ''}
        </p>
        <div className="quiz-actions">
          {view.index > 0 ? (
            <button type="button" className="button secondary" onClick={() => move(goBack, 'legend')}>
              {ui.back}
            </button>
          ) : null}
          <button type="submit" className="button">
            {view.last ? ui.nextToReview : ui.next}
          </button>
          {view.canReturnToReview ? (
            <button type="button" className="button secondary" onClick={() => move(goToReview, 'heading')}>
              {ui.backToReview}
            </button>
          ) : null}
        </div>
      </form>
    );
  } else if (view.kind === 'review') {
    const answers = view.answers;
    body = (
      <div className="quiz-screen quiz-review">
        <H tabIndex={-1} ref={headingRef}>
          {ui.reviewHeading}
        </H>
        <p>{ui.reviewIntro}</p>
        <ol className="quiz-review-list">
          {questions.map((q, i) => {
            const answer = q.answers.find((a) => a.id === answers[q.id]);
            return (
              <li key={q.id}>
                <span className="quiz-review-q">{fill(ui.reviewPrompt, { number: i + 1, prompt: q.prompt })}</span>
                <span className="quiz-review-a">{answer ? answer.text : ui.notAnswered}</span>
                <button
                  type="button"
                  className="button secondary quiz-change"
                  aria-label={fill(ui.changeLabel, { number: i + 1, prompt: q.prompt })}
                  onClick={() => move(() => goToQuestion(i), 'legend')}
                >
                  {ui.change}
                </button>
              </li>
            );
          })}
        </ol>
        <div className="quiz-actions">
          <button type="button" className="button secondary" onClick={() => move(goBack, 'legend')}>
            {ui.back}
          </button>
          <button type="button" className="button" onClick={() => move(showResult, 'heading')}>
            {ui.seeResult}
          </button>
        </div>
      </div>
    );
  } else if (view.kind === 'result') {
    body = (
      <div className="quiz-screen">
        <ResultView
          report={view.report}
          words={words}
          links={links}
          purposes={purposes}
          locale={locale}
          heading={H}
          sub={S}
          headingRef={headingRef}
          onChoose={choosePlanPurpose}
          estimatePurpose={sharedPurpose}
        />
        <Suspense fallback={null}>
          <ResultActions
            ui={ui}
            retakeConfirm={words.retakeConfirm}
            share={share}
            linkFor={(plain) => shareLinkFor(location.origin, links.tool, !plain)}
            uid={uid}
            onRetake={() => move(retakeQuiz, 'legend')}
            onErase={() => move(eraseQuizAnswers, 'top')}
          />
        </Suspense>
      </div>
    );
  } else {
    // A complete-looking state that cannot be scored: never a blank island.
    body = (
      <div className="quiz-screen">
        <p className="notice error" role="alert">
          {ui.missing}
        </p>
        <button type="button" className="button" onClick={() => move(goToReview, 'legend')}>
          {ui.goToMissing}
        </button>
      </div>
    );
  }

  return (
    <div className="quiz" data-hydrated={hydrated ? 'true' : 'false'} data-screen={screenName(view)}>
      <div tabIndex={-1} ref={topRef} className="quiz-top">
        <StoreNotice
          text={notice && hydrated && !viewingShared ? words.notices[notice] : null}
          ok={words.notices.ok}
          onOk={dismissQuizNotice}
        />
      </div>
      {body}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
