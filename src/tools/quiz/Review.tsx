import type { ScreenProps } from './screen';
import { allQuestions } from './state';
import { words as w } from './words';

/** Every question with the answer given, a Change button for each, and See my result. */
export function ReviewScreen({
  content,
  store,
  answers,
  H,
  move,
  focusRef,
}: ScreenProps & { readonly answers: Readonly<Record<string, string>> }) {
  return (
    <div className="quiz-screen quiz-review">
      <H tabIndex={-1} ref={focusRef('heading')}>
        {w.reviewHeading}
      </H>
      <p>{w.reviewIntro}</p>
      <ol className="quiz-review-list">
        {allQuestions(content.model).map((q, i) => (
          <li key={q.id}>
            <span className="quiz-review-q">{w.reviewPrompt(i + 1, q.prompt)}</span>
            <span className="quiz-review-a">
              {q.answers.find((a) => a.id === answers[q.id])?.text ?? w.notAnswered}
            </span>
            <button
              type="button"
              className="button secondary quiz-change"
              aria-label={w.changeLabel(i + 1, q.prompt)}
              onClick={() => move(() => store.goTo(i), 'legend')}
            >
              {w.change}
            </button>
          </li>
        ))}
      </ol>
      <div className="quiz-actions">
        <button type="button" className="button secondary" onClick={() => move(store.back, 'legend')}>
          {w.back}
        </button>
        <button type="button" className="button" onClick={() => move(store.showResult, 'heading')}>
          {w.seeResult}
        </button>
      </div>
    </div>
  );
}
