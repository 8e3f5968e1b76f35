import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState } from 'react';
import { useDomId } from '../use-dom-id';
import { useHydrated } from '../use-hydrated';
import { purposeIds } from '../../lib/purposes';
import type { ResultTexts } from '../../lib/quiz/texts';
import { allQuestions, type QuizModel } from '../../lib/quiz/types';
import { INTRO_VIEW, screenName, viewKey } from '../../lib/quiz/view';
import {
  $quizNotice,
  $quizView,
  $unanswered,
  chooseAnswer,
  closeSharedView,
  dismissQuizNotice,
  eraseQuizAnswers,
  goBack,
  goNext,
  goToQuestion,
  goToReview,
  initQuiz,
  keepSharedResult,
  openSharedLink,
  retakeQuiz,
  shareLinkFor,
  showResult,
  startQuiz,
} from '../../stores/quiz';
import { ResultView } from './ResultView';
import type { QuizLinks } from './types';

export interface QuizIslandProps {
  readonly model: QuizModel;
  readonly texts: ResultTexts;
  readonly links: QuizLinks;
  /** the level of the island's own headings: 2 on the tool page, 3 inside an article */
  readonly headingLevel: 2 | 3;
}

const linkProblems = {
  malformed: 'This link to a quiz result is incomplete or damaged, so it cannot show a result.',
  tampered:
    'This link to a quiz result does not check out: it was changed, cut short, or made for an earlier edition of the questions. We won’t guess a result from it.',
  future: 'This link was made by a newer version of the quiz than this page knows, so it cannot show the result.',
  old: 'This link was made by an older version of the quiz that this page no longer reads.',
} as const;

type FocusTarget = 'legend' | 'heading' | 'top' | null;

export default function QuizIsland({ model, texts, links, headingLevel }: QuizIslandProps) {
  const uid = useDomId('quiz');
  // The server cannot see localStorage: render the intro until hydrated, then the stored state.
  const hydrated = useHydrated();
  const liveView = useStore($quizView);
  const notice = useStore($quizNotice);
  const unanswered = useStore($unanswered);
  const [announcement, setAnnouncement] = useState('');
  const [shareLink, setShareLink] = useState<string | null>(null);
  const [copyStatus, setCopyStatus] = useState('');
  const focusRef = useRef<FocusTarget>(null);
  const legendRef = useRef<HTMLLegendElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const topRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    initQuiz(model, texts);
    if (typeof location !== 'undefined' && openSharedLink(location.hash)) focusRef.current = 'heading';
    // a share link pasted into the address bar of an open page
    const onHash = () => {
      if (openSharedLink(location.hash)) {
        focusRef.current = 'heading';
        setAnnouncement('');
      }
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [model, texts]);

  const view = hydrated ? liveView : INTRO_VIEW;
  const questions = allQuestions(model);
  const total = questions.length;
  const viewingShared = view.kind === 'shared-result' || view.kind === 'shared-invalid';
  const report = view.kind === 'result' || view.kind === 'shared-result' ? view.report : null;
  const screenKey = viewKey(view);

  useEffect(() => {
    const target = focusRef.current;
    focusRef.current = null;
    if (target === 'legend') legendRef.current?.focus();
    else if (target === 'heading') headingRef.current?.focus();
    else if (target === 'top') topRef.current?.focus();
  }, [screenKey, notice]);

  useEffect(() => {
    if (report) setAnnouncement(`Result: ${report.headline}.`);
  }, [report]);

  const H = headingLevel === 2 ? 'h2' : 'h3';
  const S = headingLevel === 2 ? 'h3' : 'h4';

  function move(action: () => void | boolean, target: FocusTarget) {
    focusRef.current = target;
    setShareLink(null);
    setCopyStatus('');
    setAnnouncement('');
    action();
  }

  function onNext(event: { preventDefault(): void }) {
    event.preventDefault();
    const last = view.kind === 'question' && view.last;
    move(() => {
      if (!goNext()) focusRef.current = null;
    }, last ? 'heading' : 'legend');
  }

  function clearFragment() {
    if (typeof history !== 'undefined' && location.hash) history.replaceState(null, '', location.pathname + location.search);
  }

  async function copyLink() {
    const url = shareLinkFor(location.origin, links.tool);
    if (!url) return;
    setShareLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setCopyStatus('Link copied. It holds your answers, not your name or scores.');
    } catch {
      setCopyStatus('Your browser did not let us copy. Select the link below and copy it.');
    }
  }

  const noticeBlock =
    notice && hydrated && !viewingShared ? (
      <div className="notice quiz-notice" role="status">
        <p>
          {notice === 'fresh'
            ? 'We couldn’t read the quiz answers saved in this browser (they were damaged or from an older version), so the quiz has started fresh.'
            : 'Your answers and result are erased from this browser.'}
        </p>
        <button type="button" className="button secondary" onClick={() => dismissQuizNotice()}>
          OK
        </button>
      </div>
    ) : null;

  let body;
  if (view.kind === 'shared-invalid') {
    body = (
      <div className="quiz-screen">
        <H tabIndex={-1} ref={headingRef}>
          This result link can’t be used
        </H>
        <p className="notice error" role="alert">
          {linkProblems[view.reason]}
        </p>
        <p>You can take the quiz yourself: {total} questions, about three minutes.</p>
        <div className="quiz-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              move(() => {
                clearFragment();
                closeSharedView();
              }, 'top')
            }
          >
            Take the quiz
          </button>
        </div>
      </div>
    );
  } else if (view.kind === 'shared-result') {
    body = (
      <div className="quiz-screen">
        <p className="notice">
          Someone shared this result with you. It is worked out from their answers in your browser; nothing has been saved
          here.
        </p>
        <ResultView report={view.report} texts={texts} links={links} heading={H} sub={S} headingRef={headingRef} />
        <div className="quiz-actions no-print">
          <button
            type="button"
            className="button"
            onClick={() =>
              move(() => {
                clearFragment();
                keepSharedResult();
              }, 'heading')
            }
          >
            Keep this as my result
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() =>
              move(() => {
                clearFragment();
                closeSharedView();
              }, 'top')
            }
          >
            Take the quiz yourself
          </button>
        </div>
      </div>
    );
  } else if (view.kind === 'intro') {
    body = (
      <div className="quiz-screen quiz-intro">
        <p>
          Which of the article’s five networking purposes drives your network? Answer {total} short questions, one at a
          time. You can go back and change answers, and check them all before you see the result.
        </p>
        <ul className="quiz-purposes">
          {purposeIds.map((p) => (
            <li key={p}>
              <strong>{texts.purposes[p].network}:</strong> {texts.purposes[p].short}
            </li>
          ))}
        </ul>
        <p className="muted">Your answers stay in this browser so you can pick up where you left off. Erase them any time.</p>
        <div className="quiz-actions">
          <button type="button" className="button" disabled={!hydrated} onClick={() => move(startQuiz, 'legend')}>
            Start the quiz
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
        <fieldset aria-describedby={[q.hint ? hintId : '', hasError ? errorId : ''].filter(Boolean).join(' ') || undefined}>
          <legend tabIndex={-1} ref={legendRef}>
            <span className="quiz-progress">
              Question {view.index + 1} of {total}
            </span>
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
          {hasError ? 'Choose an answer to continue.' : ''}
        </p>
        <div className="quiz-actions">
          {view.index > 0 ? (
            <button type="button" className="button secondary" onClick={() => move(goBack, 'legend')}>
              Back
            </button>
          ) : null}
          <button type="submit" className="button">
            {view.last ? 'Next: check your answers' : 'Next'}
          </button>
          {view.canReturnToReview ? (
            <button type="button" className="button secondary" onClick={() => move(goToReview, 'heading')}>
              Back to the review
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
          Check your answers
        </H>
        <p>Change any answer, then see your result.</p>
        <ol className="quiz-review-list">
          {questions.map((q, i) => {
            const answer = q.answers.find((a) => a.id === answers[q.id]);
            return (
              <li key={q.id}>
                <span className="quiz-review-q">
                  {i + 1}. {q.prompt}
                </span>
                <span className="quiz-review-a">{answer ? answer.text : 'Not answered'}</span>
                <button
                  type="button"
                  className="button secondary quiz-change"
                  aria-label={`Change answer ${i + 1}: ${q.prompt}`}
                  onClick={() => move(() => goToQuestion(i), 'legend')}
                >
                  Change
                </button>
              </li>
            );
          })}
        </ol>
        <div className="quiz-actions">
          <button type="button" className="button secondary" onClick={() => move(goBack, 'legend')}>
            Back
          </button>
          <button type="button" className="button" onClick={() => move(showResult, 'heading')}>
            See my result
          </button>
        </div>
      </div>
    );
  } else if (view.kind === 'result') {
    body = (
      <div className="quiz-screen">
        <ResultView report={view.report} texts={texts} links={links} heading={H} sub={S} headingRef={headingRef} />
        <div className="quiz-share no-print">
          <div className="quiz-actions">
            <button type="button" className="button" onClick={() => void copyLink()}>
              Copy link to my result
            </button>
            <button type="button" className="button secondary" onClick={() => move(retakeQuiz, 'legend')}>
              Retake the quiz
            </button>
            <button type="button" className="button secondary" onClick={() => move(eraseQuizAnswers, 'top')}>
              Erase my answers
            </button>
          </div>
          <p className="quiz-copy-status" role="status">
            {copyStatus}
          </p>
          {shareLink ? (
            <p className="quiz-share-link">
              <label htmlFor={`${uid}-share`}>Link to your result</label>
              <input id={`${uid}-share`} type="text" readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} />
            </p>
          ) : null}
        </div>
      </div>
    );
  } else {
    // A complete-looking state that cannot be scored: never a blank island.
    body = (
      <div className="quiz-screen">
        <p className="notice error" role="alert">
          Some answers are missing, so there is no result to show yet.
        </p>
        <button type="button" className="button" onClick={() => move(goToReview, 'legend')}>
          Go to the first missing answer
        </button>
      </div>
    );
  }

  return (
    <div className="quiz" data-hydrated={hydrated ? 'true' : 'false'} data-screen={screenName(view)}>
      <div tabIndex={-1} ref={topRef} className="quiz-top">
        {noticeBlock}
      </div>
      {body}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
