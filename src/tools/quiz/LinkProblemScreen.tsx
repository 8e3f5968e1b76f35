import { useStore } from '@/shared/use-store';
import { allQuestions, type LinkProblem } from '@/tools/quiz/model';
import { leaveSharedWords } from '@/tools/quiz/view';
import { fill } from '@/shared/template';
import { $ownProgress } from '@/tools/quiz/store';
import { leaveShared } from './leave-shared';
import type { ScreenProps } from './types';

/** A share link that cannot show a result: what is wrong with it, and the way to the reader's own quiz. */
export function LinkProblemScreen({
  content,
  reason,
  H,
  move,
  focusRef,
}: ScreenProps & { readonly reason: LinkProblem }) {
  const { ui } = content.words;
  // leaving a shared link returns to the reader's own quiz: the button says where that is
  const leave = leaveSharedWords(useStore($ownProgress), ui, ui.takeQuiz);
  return (
    <div className="quiz-screen">
      <H tabIndex={-1} ref={focusRef('heading')}>
        {ui.linkProblemHeading}
      </H>
      <p className="notice error" role="alert">
        {ui.linkProblems[reason]}
      </p>
      {leave.offer ? <p>{fill(ui.takeQuizOffer, { total: allQuestions(content.model).length })}</p> : null}
      <div className="quiz-actions">
        <button type="button" className="button" onClick={() => move(leaveShared, 'top')}>
          {leave.label}
        </button>
      </div>
    </div>
  );
}
