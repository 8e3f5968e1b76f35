import { allQuestions } from './state';
import { clearFragment, leaveLabel } from './Result';
import type { ScreenProps } from './screen';
import type { QuizView } from './store';
import { words as w } from './words';

/** A share link that cannot show a result: what is wrong with it, and the way to the reader's own quiz. */
export function LinkProblemScreen({
  content,
  store,
  view,
  H,
  move,
  focusRef,
}: ScreenProps & { readonly view: QuizView & { kind: 'shared-invalid' } }) {
  const leave = () => {
    clearFragment(content);
    store.setPage(location.pathname);
    store.closeShared();
  };
  return (
    <div className="quiz-screen">
      <H tabIndex={-1} ref={focusRef('heading')}>
        {w.linkProblemHeading}
      </H>
      <p className="notice error" role="alert">
        {w.linkProblems[view.reason]}
      </p>
      {view.own === 'none' ? <p>{w.takeQuizOffer(allQuestions(content.model).length)}</p> : null}
      <div className="quiz-actions">
        <button type="button" className="button" onClick={() => move(leave, 'screen')}>
          {leaveLabel(view.own, w.takeQuiz)}
        </button>
      </div>
    </div>
  );
}

/** A complete-looking state that cannot be scored: never a blank island. */
export function UnscorableScreen({ store, move }: ScreenProps) {
  return (
    <div className="quiz-screen">
      <p className="notice error" role="alert">
        {w.missing}
      </p>
      <button type="button" className="button" onClick={() => move(store.toReview, 'legend')}>
        {w.goToMissing}
      </button>
    </div>
  );
}
