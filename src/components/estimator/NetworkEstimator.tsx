import { useStore } from '../use-store';
import { memo, useMemo, useState, type ReactNode } from 'react';
import ConfirmErase from '../ConfirmErase';
import { StoreNotice } from '../StoreNotice';
import { useDomId } from '../use-dom-id';
import { useHydrated } from '../use-hydrated';
import type { EstimatorDisplay, FieldDisplay } from '../../lib/estimator/display';
import { isPurposeId, type PurposeId } from '../../lib/purposes';
import {
  $estimatorNotice,
  choosePurpose,
  copyEstimateToReach,
  dismissEstimatorNotice,
  estimatorDisplay,
  resetEstimator,
  setMethod,
} from '../../stores/estimator';
import { NumberField } from './NumberField';
import { ReachChart } from './ReachChart';
import type { EstimatorCopy, EstimatorLayer } from './types';
import type { TargetText } from '../../lib/estimator/display';

export interface NetworkEstimatorProps {
  layers: EstimatorLayer[];
  /** each purpose's target words with its size range from the purpose model (withModelSizes) */
  targets: TargetText[];
  copy: EstimatorCopy;
  /** BCP 47 tag numbers are written in ("en-US"), from SITE.locale */
  locale: string;
  /** the article's name for each purpose, by id (site words) */
  purposeLabels: Readonly<Record<PurposeId, string>>;
  /** level of the step headings: 2 on the tool's page, 3 inside an article */
  headingLevel: 2 | 3;
  /** link to the purpose quiz */
  quizHref: string;
}

function Heading({ level, id, children }: { level: 2 | 3; id: string; children: ReactNode }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

/** a heading one level below the step headings */
function Minor({ level, children }: { level: 2 | 3; children: ReactNode }) {
  return level === 2 ? <h3 className="est-minor">{children}</h3> : <h4 className="est-minor">{children}</h4>;
}

/** a table that scrolls sideways on its own on very narrow screens, reachable by keyboard */
function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // a region that scrolls must be reachable by keyboard (WCAG 2.1.1; axe scrollable-region-focusable)
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <section className="est-table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** a list of sentences from content or the display */
function Items({ items, className }: { items: readonly string[]; className?: string }) {
  return (
    <ul className={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Fields({
  fields,
  off,
  className = 'est-grid',
}: {
  fields: readonly FieldDisplay[];
  off: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      {fields.map((f) => (
        <NumberField key={f.id} field={f} disabled={off} />
      ))}
    </div>
  );
}

export default function NetworkEstimator({
  layers,
  targets,
  copy,
  locale,
  purposeLabels,
  headingLevel,
  quizHref,
}: NetworkEstimatorProps) {
  const displays = useMemo(
    () => estimatorDisplay({ layers, targets, copy, locale, purposeLabels }),
    [layers, targets, copy, locale, purposeLabels],
  );
  const d = useStore(displays.$live, { ssr: () => displays.server });
  const notice = useStore($estimatorNotice, { ssr: () => null });
  const uid = useDomId('est');
  // the server render (and the page before hydration or without JavaScript) has every control
  // switched off: until the island runs, they would do nothing
  const off = !useHydrated();
  const ui = copy.ui;
  const [announce, setAnnounce] = useState('');
  const clear = () => {
    resetEstimator();
    setAnnounce(ui.cleared);
  };
  return (
    <div className="estimator" data-estimator data-hydrated={!off}>
      <p className="est-intro">{off ? copy.intro : `${copy.intro} ${ui.introLive}`}</p>
      <StoreNotice text={notice && copy.notices[notice]} ok={copy.notices.ok} onOk={dismissEstimatorNotice} />
      {d.stale ? <p className="notice error est-stale">{ui.stale}</p> : null}
      {/* each part is memoized on its slice of the display, which keeps its objects where nothing
          changed (estimatorDisplay): a keystroke re-renders only what it changed */}
      <PartOne one={d.one} method={d.method} methods={d.methods} copy={copy} level={headingLevel} uid={uid} off={off} />
      <PartTwo two={d.two} copy={copy} level={headingLevel} uid={uid} off={off} quizHref={quizHref} />
      <PartThree three={d.three} copy={copy} level={headingLevel} uid={uid} off={off} />
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

interface PartProps {
  copy: EstimatorCopy;
  level: 2 | 3;
  uid: string;
  /** not hydrated yet: controls switched off */
  off: boolean;
}

type Display = EstimatorDisplay;

const PartOne = memo(function PartOne({
  one,
  method,
  methods,
  copy,
  level,
  uid,
  off,
}: PartProps & { one: Display['one']; method: Display['method']; methods: Display['methods'] }) {
  const { ui } = copy;
  const headingId = `${uid}-p1`;
  const hintId = `${uid}-p1-hint`;
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {ui.step1}
      </Heading>
      <fieldset className="est-methods">
        <legend>{ui.methodLegend}</legend>
        {methods.map((m) => (
          <label key={m.id} className="est-choice">
            <input
              type="radio"
              name={`${uid}-method`}
              value={m.id}
              checked={method === m.id}
              onChange={() => setMethod(m.id)}
              disabled={off}
            />
            {m.label}
          </label>
        ))}
      </fieldset>
      <fieldset className="est-group" aria-describedby={hintId}>
        <legend>{one.legend}</legend>
        <p className="est-hint" id={hintId}>
          {one.hint}
        </p>
        <Fields
          fields={one.fields}
          off={off}
          className={method === 'circles' ? 'est-grid' : 'est-grid est-grid-names'}
        />
      </fieldset>
      <div className="est-result">
        {/* the one summary announced for this part; the details below are plain text */}
        <p className="est-answer" aria-live="polite" data-result={method}>
          {one.summary}
        </p>
        {method === 'circles' ? (
          <CirclesDetail circles={one.circles} copy={copy} />
        ) : (
          <NamesDetail one={one} copy={copy} level={level} />
        )}
      </div>
    </section>
  );
});

const CirclesDetail = memo(function CirclesDetail({
  circles,
  copy,
}: {
  circles: Display['one']['circles'];
  copy: EstimatorCopy;
}) {
  const { ui } = copy;
  return (
    <>
      <TableRegion label={ui.circlesCaption}>
        {/* est-table-stack: on a narrow screen each layer's row stacks, its numbers labelled (estimator.css) */}
        <table className="est-table est-table-stack">
          <caption>{ui.circlesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.colLayer}</th>
              <th scope="col" className="num">
                {ui.colYou}
              </th>
              <th scope="col" className="num">
                {ui.colTypical}
              </th>
              <th scope="col">{ui.colCompared}</th>
            </tr>
          </thead>
          <tbody>
            {circles.map((row) => (
              <tr key={row.id} data-layer={row.id}>
                <th scope="row">{row.name}</th>
                <td className="num" data-label={ui.colYou}>
                  {row.yours}
                </td>
                <td className="num" data-label={ui.colTypical}>
                  {row.typical}
                </td>
                <td>{row.compared}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="est-note">{copy.circles.bandNote}</p>
      <p className="est-note">{copy.circles.note}</p>
    </>
  );
});

function NamesDetail({ one, copy, level }: { one: Display['one']; copy: EstimatorCopy; level: 2 | 3 }) {
  return (
    <>
      <p className="est-working">{one.working}</p>
      <p>{one.comparison}</p>
      <Minor level={level}>{copy.ui.namesCaveatsTitle}</Minor>
      <Items items={copy.names.caveats} className="est-caveats" />
    </>
  );
}

const PartTwo = memo(function PartTwo({
  two,
  copy,
  level,
  uid,
  off,
  quizHref,
}: PartProps & { two: Display['two']; quizHref: string }) {
  const { ui } = copy;
  const target = two.target;
  const headingId = `${uid}-p2`;
  const selectId = `${uid}-purpose`;
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {ui.step2}
      </Heading>
      <p>{copy.purpose.intro}</p>
      {/* what the quiz told this browser is known only once the island runs */}
      <p className="est-source est-needs-js" data-purpose-source={two.source}>
        {two.sourceBefore}
        {two.sourceSlot === 'purpose' ? <strong>{two.purposeLabel}</strong> : <a href={quizHref}>{ui.quizLinkText}</a>}
        {two.sourceAfter}
      </p>
      <div className="est-row">
        <div className="est-field">
          <label htmlFor={selectId}>{two.selectLabel}</label>
          <select
            id={selectId}
            disabled={off}
            value={two.selected}
            onChange={(e) => choosePurpose(isPurposeId(e.currentTarget.value) ? e.currentTarget.value : null)}
          >
            {two.placeholder !== null ? <option value="">{two.placeholder}</option> : null}
            {two.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        {two.useQuiz ? (
          <button type="button" className="button secondary" onClick={() => choosePurpose(null)} disabled={off}>
            {ui.useQuiz}
          </button>
        ) : null}
      </div>
      <p className="est-answer" aria-live="polite" data-result="purpose">
        {two.answer}
      </p>
      {target ? (
        <div className="est-target">
          <p>
            <strong>{target.lead}</strong> {target.layers}
          </p>
          <Items items={target.composition} />
          <p className="est-note">
            {target.basis} {copy.purpose.guidanceNote}
          </p>
          {target.next ? (
            <>
              <Minor level={level}>{ui.nextStepsTitle}</Minor>
              <Items items={target.next} className="est-next" />
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
});

const PartThree = memo(function PartThree({ three, copy, level, uid, off }: PartProps & { three: Display['three'] }) {
  const { ui } = copy;
  const headingId = `${uid}-p3`;
  const chartId = `${uid}-chart`;
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {ui.step3}
      </Heading>
      <p>
        {copy.reach.intro} <span className="est-needs-js">{copy.reach.introLive}</span>
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
      <ReachTable rows={three.rows} copy={copy} />
      <Minor level={level}>{ui.assumptionsTitle}</Minor>
      <Items items={copy.reach.assumptions} />
      <p className="est-note">
        <strong>{ui.roughModelLead}</strong> {copy.reach.roughModel}
      </p>
    </section>
  );
});

/** the reach table: re-rendered only when its rows change */
const ReachTable = memo(function ReachTable({ rows, copy }: { rows: Display['three']['rows']; copy: EstimatorCopy }) {
  const { ui } = copy;
  return (
    <TableRegion label={ui.reachCaption}>
      <table className="est-table">
        <caption>{ui.reachCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{ui.colStep}</th>
            <th scope="col" className="num">
              {ui.colNew}
            </th>
            <th scope="col" className="num">
              {ui.colSoFar}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              <th scope="row">{row.name}</th>
              <td className="num">{row.added}</td>
              <td className="num">{row.soFar}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
});
