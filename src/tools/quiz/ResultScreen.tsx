import { lazy, Suspense } from 'react';
import { useStore } from '@/shared/use-store';
import type { Report } from '@/tools/quiz/report';
import { leaveSharedWords } from '@/tools/quiz/view';
import {
  $keepNeedsConfirm,
  $ownProgress,
  choosePlanPurpose,
  eraseQuizAnswers,
  retakeQuiz,
  shareLinkFor,
} from '@/tools/quiz/store';
import { keepShared, leaveShared } from './leave-shared';
import type { ScreenProps } from './types';

/** Everything under the headline, loaded when a result is first shown. */
const ResultBody = lazy(() => import('./ResultBody'));
/** The actions under the reader's own result, loaded when a result is first shown. */
const ResultActions = lazy(() => import('./ResultActions'));
/** keep or leave a result opened from a shared link, loaded when one is shown */
const SharedActions = lazy(() => import('./SharedActions'));

type Props = ScreenProps & {
  readonly report: Report;
  /** opened from a share link (not the reader's own): no choice of purpose, keep or leave it */
  readonly shared: boolean;
};

/**
 * A result, the reader's own or one opened from a share link: the answer in one sentence (shown
 * at once, and the focus target), then the profile, the advice and where to go next (ResultBody,
 * a chunk of its own), and the actions under it (chunks of their own too, given the stores'
 * values and actions as props so that they share no module with the island's chunk).
 */
export function ResultScreen({ content, report, shared, H, move, focusRef }: Props) {
  const { ui } = content.words;
  const keepNeedsConfirm = useStore($keepNeedsConfirm);
  const ownProgress = useStore($ownProgress);
  return (
    <div className="quiz-screen">
      {shared ? <p className="notice">{ui.sharedNote}</p> : null}
      <div className="quiz-result" data-mode={report.mode}>
        <H className="quiz-headline" tabIndex={-1} ref={focusRef('heading')}>
          {report.headline}
        </H>
        <Suspense fallback={null}>
          <ResultBody
            content={content}
            report={report}
            sub={H === 'h2' ? 'h3' : 'h4'}
            onChoose={shared ? undefined : choosePlanPurpose}
          />
        </Suspense>
      </div>
      <Suspense fallback={null}>
        {shared ? (
          <SharedActions
            content={content}
            keepNeedsConfirm={keepNeedsConfirm}
            leaveLabel={leaveSharedWords(ownProgress, ui, ui.takeYourself).label}
            onKeep={(replace) => move(() => keepShared(replace), 'heading')}
            onLeave={() => move(leaveShared, 'top')}
          />
        ) : (
          <ResultActions
            content={content}
            linkFor={(plain) => shareLinkFor(location.origin, content.links.tool, !plain)}
            onRetake={() => move(retakeQuiz, 'legend')}
            onErase={() => move(eraseQuizAnswers, 'top')}
          />
        )}
      </Suspense>
    </div>
  );
}
