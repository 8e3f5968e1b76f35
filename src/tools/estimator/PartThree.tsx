/** Part 3: how far a message could travel through the reader's network, in a rough model. */
import { memo } from 'react';
import type { EstimatorDisplay } from '@/tools/estimator/display';
import { copyEstimateToReach } from '@/tools/estimator/store';
import { Fields, Heading, Items, Minor, ResultTable, type PartProps } from './parts';
import { ReachChart } from './ReachChart';

type Three = EstimatorDisplay['three'];

export const PartThree = memo(function PartThree({ three, words, level, uid, off }: PartProps & { three: Three }) {
  const { ui } = words;
  const headingId = `${uid}-p3`;
  const chartId = `${uid}-chart`;
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {ui.step3}
      </Heading>
      <p>
        {words.reach.intro} <span className="est-needs-js">{words.reach.introLive}</span>
      </p>
      <fieldset className="est-group">
        <legend>{ui.reachLegend}</legend>
        <Fields fields={three.fields} off={off} />
        {three.useEstimate !== null ? (
          <button type="button" className="button secondary no-print" onClick={copyEstimateToReach} disabled={off}>
            {three.useEstimate}
          </button>
        ) : null}
      </fieldset>
      <p className="est-answer" aria-live="polite" data-result="reach">
        {three.result}
      </p>
      {three.nearBound !== null ? <p className="est-note">{three.nearBound}</p> : null}
      <figure className="est-figure">
        <figcaption id={chartId}>{ui.chartCaption}</figcaption>
        <ReachChart bars={three.bars} ticks={three.ticks} titleId={chartId} ceilingLabel={three.ceiling} />
      </figure>
      <ReachTable rows={three.rows} words={words} />
      <Minor level={level}>{ui.assumptionsTitle}</Minor>
      <Items items={words.reach.assumptions} />
      <p className="est-note">
        <strong>{ui.roughModelLead}</strong> {words.reach.roughModel}
      </p>
    </section>
  );
});

/** the reach table: re-rendered only when its rows change */
const ReachTable = memo(function ReachTable({ rows, words }: { rows: Three['rows']; words: PartProps['words'] }) {
  const { ui } = words;
  return (
    <ResultTable
      caption={ui.reachCaption}
      columns={[ui.colStep, ui.colNew, ui.colSoFar]}
      rows={rows.map((row, i) => ({ key: String(i), cells: [row.name, row.added, row.soFar] }))}
    />
  );
});
