import { purposeIds } from '@/purposes/ids';
import { allQuestions } from '@/tools/quiz/model';
import { fill } from '@/shared/template';
import { startQuiz } from '@/tools/quiz/store';
import type { ScreenProps } from './types';

/** The first screen (also what the server renders): the five purposes and Start. */
export function IntroScreen({ content, move, hydrated }: ScreenProps & { readonly hydrated: boolean }) {
  const { ui } = content.words;
  const total = allQuestions(content.model).length;
  return (
    <div className="quiz-screen quiz-intro">
      <p className="quiz-needs-js">{fill(ui.intro, { total })}</p>
      <ul className="quiz-purposes">
        {purposeIds.map((p) => (
          <li key={p}>
            <strong>{fill(ui.purposeTerm, { network: content.purposes.purposes[p].inSentence })}</strong>{' '}
            {content.words.purposes[p].short}
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
}
