/**
 * The network-size estimator's island: makes its store from its content once, then renders the
 * three steps (each following the store's view) inside the notice, the clear button and the
 * status line, which a keystroke leaves alone.
 */
import { useStore } from '@nanostores/react';
import { useState, type ComponentType } from 'react';
import ConfirmErase from '@/shared/ConfirmErase';
import { StoreNotice } from '@/shared/StoreNotice';
import { useDomId } from '@/shared/use-dom-id';
import { useHydrated } from '@/shared/use-hydrated';
import { PartOne, PartThree, PartTwo, Stale, type StepProps } from './steps';
import { createEstimatorStore } from './store';
import type { EstimatorContent } from './view';
import { words } from './words';

export interface EstimatorIslandProps {
  readonly content: EstimatorContent;
  /** the level of the step headings: one below the tool's title (headingLevelBelow) */
  readonly headingLevel: 2 | 3;
  /** the reader's own people, after the steps (the tool page's island, EstimatorPeopleIsland, passes it) */
  readonly people?: ComponentType<StepProps> | undefined;
}

export default function EstimatorIsland({ content, headingLevel, people: People }: EstimatorIslandProps) {
  const [store] = useState(() => createEstimatorStore(content));
  const notice = useStore(store.$notice, { ssr: () => null });
  const uid = useDomId('est');
  // the server render (and the page before hydration or without JavaScript) has every control
  // switched off: until the island runs, they would do nothing
  const off = !useHydrated();
  const [announce, setAnnounce] = useState('');
  const step = { store, content, level: headingLevel, uid, off };
  return (
    <div className="estimator" data-hydrated={off ? undefined : 'true'}>
      {/* the same words on the server and once hydrated, so nothing below moves; without
          JavaScript the promise is hidden (estimator.css) */}
      <p className="est-intro">
        {words.intro} <span className="est-needs-js">{words.introLive}</span>
      </p>
      <StoreNotice text={notice && words.notices[notice]} ok={words.notices.ok} onOk={store.dismissNotice} />
      <Stale store={store} />
      <PartOne {...step} />
      <PartTwo {...step} />
      <PartThree {...step} />
      {People ? <People {...step} /> : null}
      {/* without JavaScript nothing is saved, so there is nothing to clear */}
      <div className="est-actions no-print est-needs-js">
        <ConfirmErase
          words={words.clear}
          onConfirm={() => {
            store.reset();
            setAnnounce(words.cleared);
          }}
          disabled={off}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}
