/**
 * The network-size estimator's island: hands its content to the store, then renders the
 * display ($estimatorDisplay) part by part; each part calls the store's actions.
 */
import { useState } from 'react';
import ConfirmErase from '@/shared/ConfirmErase';
import { StoreNotice } from '@/shared/StoreNotice';
import { useContent } from '@/shared/use-content';
import { useDomId } from '@/shared/use-dom-id';
import { useHydrated } from '@/shared/use-hydrated';
import { useStore } from '@/shared/use-store';
import {
  $estimatorDisplay,
  $estimatorNotice,
  $estimatorServerDisplay,
  dismissEstimatorNotice,
  resetEstimator,
  setEstimatorContent,
} from '@/tools/estimator/store';
import { PartOne } from './PartOne';
import { PartThree } from './PartThree';
import { PartTwo } from './PartTwo';
import type { EstimatorIslandProps } from './types';

export default function EstimatorIsland({ content, headingLevel }: EstimatorIslandProps) {
  useContent(setEstimatorContent, content);
  // the content is set above, so neither display is null
  const d = useStore($estimatorDisplay, { ssr: () => $estimatorServerDisplay.get() })!;
  const notice = useStore($estimatorNotice, { ssr: () => null });
  const uid = useDomId('est');
  // the server render (and the page before hydration or without JavaScript) has every control
  // switched off: until the island runs, they would do nothing
  const hydrated = useHydrated();
  const off = !hydrated;
  const { words } = content;
  const { ui } = words;
  const [announce, setAnnounce] = useState('');
  const clear = () => {
    resetEstimator();
    setAnnounce(ui.cleared);
  };
  const part = { words, level: headingLevel, uid, off };
  return (
    <div className="estimator" data-hydrated={hydrated ? 'true' : undefined}>
      <p className="est-intro">{off ? words.intro : `${words.intro} ${ui.introLive}`}</p>
      <StoreNotice text={notice && words.notices[notice]} ok={words.notices.ok} onOk={dismissEstimatorNotice} />
      {d.stale ? <p className="notice error est-stale">{ui.stale}</p> : null}
      {/* each part is memoized on its slice of the display, which keeps its objects where nothing
          changed ($estimatorDisplay): a keystroke re-renders only what it changed */}
      <PartOne one={d.one} method={d.method} methods={d.methods} {...part} />
      <PartTwo two={d.two} quizHref={content.quizHref} {...part} />
      <PartThree three={d.three} {...part} />
      <div className="est-actions no-print">
        <ConfirmErase
          words={{ start: ui.clear, question: ui.clearConfirm, yes: ui.clearYes, no: ui.clearCancel, group: ui.clear }}
          onConfirm={clear}
          disabled={off}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
