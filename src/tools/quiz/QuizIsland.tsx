import { useEffect, useState } from 'react';
import { StoreNotice } from '@/shared/StoreNotice';
import { useContent } from '@/shared/use-content';
import { useFocusOnChange } from '@/shared/use-focus-on-change';
import { useHydrated } from '@/shared/use-hydrated';
import { useStore } from '@/shared/use-store';
import { INTRO_VIEW, screenName, viewKey } from '@/tools/quiz/view';
import { fill } from '@/shared/template';
import { $quizNotice, $quizView, dismissQuizNotice, followHash, setQuizContent } from '@/tools/quiz/store';
import { IntroScreen } from './IntroScreen';
import { LinkProblemScreen } from './LinkProblemScreen';
import { QuestionScreen } from './QuestionScreen';
import { ResultScreen } from './ResultScreen';
import { ReviewScreen } from './ReviewScreen';
import type { FocusTarget, QuizIslandProps, ScreenProps } from './types';
import { UnscorableScreen } from './UnscorableScreen';

/**
 * The purpose quiz: picks the screen the store's view names, follows share links in the URL
 * fragment, moves the focus to each new screen and announces the result.
 */
export default function QuizIsland({ content, headingLevel }: QuizIslandProps) {
  useContent(setQuizContent, content);
  const { ui } = content.words;
  // The server cannot see localStorage: render the intro until hydrated, then the stored state.
  const hydrated = useHydrated();
  const liveView = useStore($quizView);
  const notice = useStore($quizNotice);
  const [announcement, setAnnouncement] = useState('');
  const view = hydrated ? liveView : INTRO_VIEW;
  // until hydrated the intro shows whatever the state: the target waits for the real screen
  // (a share link opened on load focuses its heading once it shows)
  const focus = useFocusOnChange<FocusTarget>(`${viewKey(view)} ${notice}`, hydrated);

  useEffect(() => {
    // a share link on load, pasted into the address bar of an open page, or left and
    // returned to with Back and Forward
    const onHash = () => {
      const shown = followHash(location.hash, (id) => document.getElementById(id) !== null);
      if (shown) {
        focus.next(shown === 'shared' ? 'heading' : 'top');
        setAnnouncement('');
      }
    };
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [focus]);

  const report = view.kind === 'result' || view.kind === 'shared-result' ? view.report : null;
  useEffect(() => {
    // the status region is emptied on each move and filled once the result has rendered, so that
    // screen readers announce the change
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (report) setAnnouncement(fill(ui.announce, { headline: report.headline }));
  }, [report, ui]);

  const screen: ScreenProps = {
    content,
    H: headingLevel === 2 ? 'h2' : 'h3',
    move(action, target) {
      focus.next(target);
      setAnnouncement('');
      // refused (Next without an answer): the focus stays where it is
      if (action() === false) focus.next(null);
    },
    focusRef: focus.ref,
  };

  return (
    <div className="quiz" data-hydrated={hydrated ? 'true' : undefined} data-screen={screenName(view)}>
      <div tabIndex={-1} ref={focus.ref('top')} className="quiz-top">
        <StoreNotice
          text={notice && hydrated && !view.kind.startsWith('shared') ? content.words.notices[notice] : null}
          ok={content.words.notices.ok}
          onOk={dismissQuizNotice}
        />
      </div>
      {view.kind === 'intro' ? (
        <IntroScreen {...screen} hydrated={hydrated} />
      ) : view.kind === 'question' ? (
        <QuestionScreen {...screen} view={view} />
      ) : view.kind === 'review' ? (
        <ReviewScreen {...screen} answers={view.answers} />
      ) : report ? (
        <ResultScreen {...screen} report={report} shared={view.kind !== 'result'} />
      ) : view.kind === 'shared-invalid' ? (
        <LinkProblemScreen {...screen} reason={view.reason} />
      ) : (
        <UnscorableScreen {...screen} />
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
