import { allQuestions, type Answers } from '@/tools/quiz/model';
import { fill } from '@/shared/template';
import { goBack, goToQuestion, showResult } from '@/tools/quiz/store';
import type { ScreenProps } from './types';

/** Every question with the answer given, a Change button for each, and See my result. */
export function ReviewScreen({ content, answers, H, move, focusRef }: ScreenProps & { readonly answers: Answers }) {
  const { ui } = content.words;
  return (
    <div className="quiz-screen quiz-review">
      <H tabIndex={-1} ref={focusRef('heading')}>
        {ui.reviewHeading}
      </H>
      <p>{ui.reviewIntro}</p>
      <ol className="quiz-review-list">
        {allQuestions(content.model).map((q, i) => {
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
}
