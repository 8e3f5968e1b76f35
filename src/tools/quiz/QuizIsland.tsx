import { useStore } from '@nanostores/react';
import { useEffect, useState, type ComponentType } from 'react';
import { purposeIds } from '@/purposes/ids';
import { describedBy } from '@/shared/described-by';
import { StoreNotice } from '@/shared/StoreNotice';
import { useFocusOnChange } from '@/shared/focus';
import { useDomId } from '@/shared/use-dom-id';
import { useHydrated } from '@/shared/use-hydrated';
import { LinkProblemScreen, UnscorableScreen } from './LinkProblem';
import type { PlanPeopleProps } from './PlanPeople';
import { previewPurposeOf } from './preview';
import { ResultScreen } from './Result';
import type { FocusTarget, ScreenProps } from './screen';
import { ReviewScreen } from './Review';
import type { QuizContent } from './schema';
import { allQuestions } from './state';
import { createQuizStore, type QuizView } from './store';
import { words as w } from './words';

const INTRO: QuizView = { kind: 'intro' };

/** Where the focus goes on a screen: a question's legend, or the screen's heading (the top when it has none). */
const screenTarget = (view: QuizView): FocusTarget =>
  view.kind === 'question' ? 'legend' : view.kind === 'unscorable' ? 'top' : 'heading';

/**
 * The purpose quiz: its store, built once from the content; the screen its view names; share links
 * in the URL fragment; the focus on each new screen; and the result announced.
 */
export interface QuizIslandProps {
  readonly content: QuizContent;
  readonly headingLevel: 2 | 3;
  /** the reader's own people in their own result's plan (the tool pages' island, QuizPeopleIsland, passes it) */
  readonly planPeople?: ComponentType<PlanPeopleProps> | undefined;
}

export default function QuizIsland({ content, headingLevel, planPeople }: QuizIslandProps) {
  const [store] = useState(() => createQuizStore(content));
  // The server cannot see localStorage: the intro renders until hydrated, then the stored state.
  const hydrated = useHydrated();
  const view = useStore(store.$view, { ssr: () => INTRO });
  const notice = useStore(store.$notice, { ssr: () => null });
  const [announcement, setAnnouncement] = useState('');
  // on a preview page (`<tool>/<purpose>/`): the page's own section about the purpose is shown
  const [preview, setPreview] = useState(false);
  // until hydrated the intro shows whatever the state: the target waits for the real screen
  // (a share link opened on load focuses its heading once it shows)
  const focus = useFocusOnChange<FocusTarget>(
    `${view.kind === 'question' ? view.index : view.kind} ${notice}`,
    hydrated,
  );

  useEffect(() => {
    // a share link on load, pasted into the address bar of an open page, or left and returned to with Back and Forward
    const onHash = () => {
      store.setPage(location.pathname);
      setPreview(previewPurposeOf(location.pathname, content.links.tool) !== null);
      const shown = store.followHash(location.hash, (id) => document.getElementById(id) !== null);
      if (shown) {
        focus.next(shown === 'shared' ? 'heading' : screenTarget(store.$view.get()));
        setAnnouncement('');
      }
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [content, focus, store]);

  const report = view.kind === 'result' || view.kind === 'shared-result' ? view.report : null;
  useEffect(() => {
    // the status region is emptied on each move and filled once the result has rendered, so that
    // screen readers announce the change
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (report) setAnnouncement(w.announce(report.headline));
  }, [report]);

  const screen: ScreenProps = {
    content,
    store,
    H: headingLevel === 2 ? 'h2' : 'h3',
    move(action, target) {
      focus.next(target === 'screen' ? null : target);
      setAnnouncement('');
      // refused (Next without an answer): the focus stays where it is
      if (action() === false) focus.next(null);
      else if (target === 'screen') {
        // the screen the action led to: its heading, or a question's legend
        focus.next(screenTarget(store.$view.get()));
        setPreview(previewPurposeOf(location.pathname, content.links.tool) !== null);
      }
    },
    focusRef: focus.ref,
  };

  return (
    <div
      className="quiz"
      data-hydrated={hydrated ? 'true' : undefined}
      data-screen={view.kind === 'unscorable' ? 'result' : view.kind}
      data-preview={preview ? 'true' : undefined}
    >
      <div tabIndex={-1} ref={focus.ref('top')} className="quiz-top">
        <StoreNotice
          text={notice && hydrated && !view.kind.startsWith('shared') ? w.notices[notice] : null}
          ok={w.ok}
          onOk={store.dismissNotice}
        />
      </div>
      {view.kind === 'intro' ? (
        <IntroScreen {...screen} hydrated={hydrated} />
      ) : view.kind === 'question' ? (
        <QuestionScreen {...screen} view={view} />
      ) : view.kind === 'review' ? (
        <ReviewScreen {...screen} answers={view.answers} />
      ) : view.kind === 'result' || view.kind === 'shared-result' ? (
        <ResultScreen {...screen} view={view} planPeople={planPeople} />
      ) : view.kind === 'shared-invalid' ? (
        <LinkProblemScreen {...screen} view={view} />
      ) : (
        <UnscorableScreen {...screen} />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

/** The first screen (also what the server renders): the five purposes and Start. */
function IntroScreen({ content, store, H, move, focusRef, hydrated }: ScreenProps & { readonly hydrated: boolean }) {
  return (
    <div className="quiz-screen quiz-intro">
      <H tabIndex={-1} ref={focusRef('heading')}>
        {w.introHeading}
      </H>
      <p className="quiz-needs-js">{w.intro(allQuestions(content.model).length)}</p>
      <ul className="quiz-purposes">
        {purposeIds.map((p) => (
          <li key={p}>
            <strong>{w.purposeTerm(content.purposes.purposes[p].inSentence)}</strong> {content.texts.purposes[p].short}
          </li>
        ))}
      </ul>
      <p className="muted quiz-needs-js">{w.storageNote}</p>
      <div className="quiz-actions quiz-needs-js">
        <button type="button" className="button" disabled={!hydrated} onClick={() => move(store.start, 'legend')}>
          {w.start}
        </button>
      </div>
    </div>
  );
}

/** One question: its answers as radio buttons, Back, Next and (all answered) Back to the review. */
function QuestionScreen({
  content,
  store,
  view,
  move,
  focusRef,
}: ScreenProps & { readonly view: QuizView & { kind: 'question' } }) {
  const uid = useDomId('quiz');
  const unanswered = useStore(store.$unanswered);
  const questions = allQuestions(content.model);
  const q = questions[view.index]!;
  const errorId = `${uid}-error`;
  const hintId = `${uid}-hint`;
  const hasError = unanswered === q.id;
  return (
    <form
      className="quiz-screen quiz-question"
      onSubmit={(event) => {
        event.preventDefault();
        // refused (no answer yet): the focus stays, the error says why
        move(store.next, view.last ? 'heading' : 'legend');
      }}
      noValidate
    >
      <progress className="quiz-progress-bar" max={questions.length} value={view.index} aria-hidden="true" />
      <fieldset aria-describedby={describedBy(q.hint && hintId, hasError && errorId)}>
        <legend tabIndex={-1} ref={focusRef('legend')}>
          <span className="quiz-progress">{w.progress(view.index + 1, questions.length)}</span>
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
                checked={view.chosen === a.id}
                onChange={() => store.choose(q.id, a.id)}
              />
              <span>{a.text}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <p id={errorId} className="field-error quiz-error" aria-live="assertive">
        {hasError ? w.chooseAnswer : ''}
      </p>
      <div className="quiz-actions">
        {view.index > 0 ? (
          <button type="button" className="button secondary" onClick={() => move(store.back, 'legend')}>
            {w.back}
          </button>
        ) : null}
        <button type="submit" className="button">
          {view.last ? w.nextToReview : w.next}
        </button>
        {view.canReturnToReview ? (
          <button type="button" className="button secondary" onClick={() => move(store.toReview, 'heading')}>
            {w.backToReview}
          </button>
        ) : null}
      </div>
    </form>
  );
}
