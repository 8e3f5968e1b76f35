import { useStore } from '@/shared/use-store';
import { describedBy } from '@/shared/described-by';
import { useDomId } from '@/shared/use-dom-id';
import { allQuestions } from '@/tools/quiz/model';
import type { QuizView } from '@/tools/quiz/view';
import { fill } from '@/shared/template';
import { $unanswered, chooseAnswer, goBack, goNext, goToReview } from '@/tools/quiz/store';
import type { ScreenProps } from './types';

type Props = ScreenProps & { readonly view: Extract<QuizView, { kind: 'question' }> };

/** One question: its answers as radio buttons, Back, Next and (all answered) Back to the review. */
export function QuestionScreen({ content, view, move, focusRef }: Props) {
  const uid = useDomId('quiz');
  const { ui } = content.words;
  const unanswered = useStore($unanswered);
  const questions = allQuestions(content.model);
  const total = questions.length;
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
        move(goNext, view.last ? 'heading' : 'legend');
      }}
      noValidate
    >
      <progress className="quiz-progress-bar" max={total} value={view.index} aria-hidden="true" />
      <fieldset aria-describedby={describedBy(q.hint && hintId, hasError && errorId)}>
        <legend tabIndex={-1} ref={focusRef('legend')}>
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
                checked={view.chosen === a.id}
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
}
