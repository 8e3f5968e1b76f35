import { useStore } from '@nanostores/react';
import { useState, type ReactNode } from 'react';
import ConfirmErase from '../ConfirmErase';
import { useDomId } from '../use-dom-id';
import { layerSpecs, nameSpec, reachIds, reachSpecs } from '../../lib/estimator/fields';
import { formatCount, roughCount } from '../../lib/estimator/numbers';
import { KNOWN_NAMES_TOTAL, knownNames, MCCARTY_MEAN, SCALE_UP_POPULATION } from '../../lib/estimator/scale-up';
import { circleRows, comparePurpose, type CircleRow, type EstimatorView } from '../../lib/estimator/view';
import { fieldMessages, purposeAnswer, purposeSourceTemplate, say, splitAround, type UiWords } from '../../lib/estimator/words';
import { isPurposeId, purposeIds, purposeLabels } from '../../lib/purposes';
import {
  $estimatorRecovered,
  $estimatorView,
  choosePurpose,
  copyEstimateToReach,
  dismissEstimatorRecovered,
  resetEstimator,
  serverView,
  setMethod,
} from '../../stores/estimator';
import { NumberField } from './NumberField';
import { ReachChart } from './ReachChart';
import type { EstimatorCopy, EstimatorLayer, EstimatorTarget } from './types';

export interface NetworkEstimatorProps {
  layers: EstimatorLayer[];
  targets: EstimatorTarget[];
  copy: EstimatorCopy;
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
    <section className="est-table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}

/** a sentence with one placeholder rendered as an element (bold name, link) */
function With({ template, name, children }: { template: string; name: string; children: ReactNode }) {
  const [before, after] = splitAround(template, name);
  return (
    <>
      {before}
      {children}
      {after}
    </>
  );
}

export default function NetworkEstimator({ layers, targets, copy, headingLevel, quizHref }: NetworkEstimatorProps) {
  const view = useStore($estimatorView, { ssr: () => serverView });
  const recovered = useStore($estimatorRecovered, { ssr: () => false });
  const uid = useDomId('est');
  const ui = copy.ui;
  const messages = fieldMessages(view.errors, copy.messages);
  const [announce, setAnnounce] = useState('');
  const clear = () => {
    resetEstimator();
    setAnnounce(ui.cleared);
  };
  return (
    <div className="estimator" data-estimator>
      <p className="est-intro">{copy.intro}</p>
      {recovered ? (
        <div className="notice est-recovered" role="status">
          <p>{ui.recovered}</p>
          <button type="button" className="button secondary" onClick={dismissEstimatorRecovered}>
            {ui.recoveredOk}
          </button>
        </div>
      ) : null}
      {view.usingLastValid ? <p className="notice error est-stale">{ui.stale}</p> : null}
      <PartOne view={view} layers={layers} copy={copy} ui={ui} level={headingLevel} uid={uid} messages={messages} />
      <PartTwo
        view={view}
        targets={targets}
        layers={layers}
        copy={copy}
        ui={ui}
        level={headingLevel}
        uid={uid}
        messages={messages}
        quizHref={quizHref}
      />
      <PartThree view={view} copy={copy} ui={ui} level={headingLevel} uid={uid} messages={messages} />
      <div className="est-actions no-print">
        <ConfirmErase
          words={{ start: ui.clear, question: ui.clearConfirm, yes: ui.clearYes, no: ui.clearCancel, group: ui.clear }}
          onConfirm={clear}
        />
      </div>
      <p className="visually-hidden" role="status">
        {announce}
      </p>
    </div>
  );
}

interface PartProps {
  view: EstimatorView;
  copy: EstimatorCopy;
  ui: UiWords;
  level: 2 | 3;
  uid: string;
  /** the inline message of each field with a bad entry */
  messages: Readonly<Record<string, string>>;
}

function PartOne({ view, layers, copy, ui, level, uid, messages }: PartProps & { layers: EstimatorLayer[] }) {
  const method = view.state.method;
  const headingId = `${uid}-p1`;
  const hintId = `${uid}-p1-hint`;
  const methodLabels = { circles: ui.methodCircles, names: ui.methodNames };
  // layers in the editors' order, each with its own numbers (sorted once, here)
  const rows = circleRows(view, layers);
  let summary: string;
  if (method === 'circles') {
    summary = view.circles.kind === 'estimate' ? say(ui.circlesResult, { total: view.circles.total }) : ui.circlesInsufficient;
  } else {
    summary = view.scaleUp.kind === 'estimate' ? say(ui.namesResult, { estimate: Math.round(view.scaleUp.value) }) : ui.namesInsufficient;
  }
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {ui.step1}
      </Heading>
      <fieldset className="est-methods">
        <legend>{ui.methodLegend}</legend>
        {(['circles', 'names'] as const).map((m) => (
          <label key={m} className="est-choice">
            <input type="radio" name={`${uid}-method`} value={m} checked={method === m} onChange={() => setMethod(m)} />
            {methodLabels[m]}
          </label>
        ))}
      </fieldset>
      <fieldset className="est-group" aria-describedby={hintId}>
        <legend>{method === 'circles' ? ui.circlesLegend : ui.namesLegend}</legend>
        <p className="est-hint" id={hintId}>
          {method === 'circles' ? copy.circles.intro : copy.names.intro}
        </p>
        {method === 'circles' ? (
          <CircleFields view={view} rows={rows} messages={messages} />
        ) : (
          <NameFields view={view} messages={messages} />
        )}
      </fieldset>
      <div className="est-result">
        {/* the one summary announced for this part; the details below are plain text */}
        <p className="est-answer" aria-live="polite" data-result={method}>
          {summary}
        </p>
        {method === 'circles' ? (
          <CirclesDetail rows={rows} copy={copy} ui={ui} />
        ) : (
          <NamesDetail view={view} copy={copy} ui={ui} level={level} />
        )}
      </div>
    </section>
  );
}

type Rows = CircleRow<EstimatorLayer>[];

function CircleFields({ view, rows, messages }: { view: EstimatorView; rows: Rows; messages: Readonly<Record<string, string>> }) {
  return (
    <div className="est-grid">
      {rows.map(({ layer }) => {
        const field = `layer.${layer.id}`;
        return (
          <NumberField
            key={layer.id}
            field={field}
            spec={layerSpecs[layer.id]}
            label={`${layer.order}. ${layer.name}`}
            hint={layer.prompt}
            value={view.state.fields[field] ?? ''}
            error={messages[field]}
          />
        );
      })}
    </div>
  );
}

function CirclesDetail({ rows, copy, ui }: { rows: Rows; copy: EstimatorCopy; ui: UiWords }) {
  const comparison = { fewer: ui.compareFewer, similar: ui.compareSimilar, more: ui.compareMore };
  return (
    <>
      <TableRegion label={ui.circlesCaption}>
        <table className="est-table">
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
            {rows.map(({ layer, yours, comparison: compared }) => (
              <tr key={layer.id} data-layer={layer.id}>
                <th scope="row">{layer.name}</th>
                <td className="num">{yours === null ? '–' : formatCount(yours)}</td>
                <td className="num">{formatCount(layer.typical)}</td>
                <td>{compared === null ? ui.compareNone : comparison[compared]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <p className="est-note">{copy.circles.bandNote}</p>
      <p className="est-note">{copy.circles.note}</p>
    </>
  );
}

function NameFields({ view, messages }: { view: EstimatorView; messages: Readonly<Record<string, string>> }) {
  return (
    <div className="est-grid est-grid-names">
      {knownNames.map((n) => {
        const field = `name.${n.id}`;
        return (
          <NumberField
            key={n.id}
            field={field}
            spec={nameSpec}
            label={n.name}
            value={view.state.fields[field] ?? ''}
            error={messages[field]}
          />
        );
      })}
    </div>
  );
}

function NamesDetail({ view, copy, ui, level }: { view: EstimatorView; copy: EstimatorCopy; ui: UiWords; level: 2 | 3 }) {
  const result = view.scaleUp;
  const numbers = { population: SCALE_UP_POPULATION, total: KNOWN_NAMES_TOTAL };
  return (
    <>
      <p className="est-working">
        {result.kind === 'estimate'
          ? say(ui.namesWorking, { ...numbers, known: result.known, estimate: Math.round(result.value) })
          : say(ui.namesFormula, numbers)}
      </p>
      <p>{say(ui.namesComparison, { mean: MCCARTY_MEAN })}</p>
      <Minor level={level}>{ui.namesCaveatsTitle}</Minor>
      <ul className="est-caveats">
        {copy.names.caveats.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>
    </>
  );
}

function PartTwo({
  view,
  targets,
  copy,
  ui,
  level,
  uid,
  quizHref,
  layers,
}: PartProps & {
  targets: EstimatorTarget[];
  layers: EstimatorLayer[];
  quizHref: string;
}) {
  const headingId = `${uid}-p2`;
  const selectId = `${uid}-purpose`;
  const purpose = view.purpose;
  const { target, fit, missing } = comparePurpose(view, targets);
  const label = purpose ? purposeLabels[purpose] : null;
  const range = target ? say(ui.range, { min: target.min, max: target.max }) : '';
  const answer = purposeAnswer(ui, {
    estimate: view.today,
    purpose: target ? label : null,
    range: target,
    fit,
    missing,
  });
  const source = purposeSourceTemplate(ui, view.purposeSource, Boolean(label), view.quizPurpose ? purposeLabels[view.quizPurpose] : null);
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {ui.step2}
      </Heading>
      <p>{copy.purpose.intro}</p>
      <p className="est-source" data-purpose-source={view.purposeSource}>
        <With template={source.template} name={source.slot}>
          {source.slot === 'purpose' ? <strong>{label}</strong> : <a href={quizHref}>{ui.quizLinkText}</a>}
        </With>
      </p>
      <div className="est-row">
        <div className="est-field">
          <label htmlFor={selectId}>{view.purposeSource === 'none' ? ui.selectNone : ui.selectCompare}</label>
          <select
            id={selectId}
            value={purpose ?? ''}
            onChange={(e) => choosePurpose(isPurposeId(e.currentTarget.value) ? e.currentTarget.value : null)}
          >
            {view.purposeSource !== 'quiz' ? <option value="">{ui.selectPlaceholder}</option> : null}
            {purposeIds.map((id) => (
              <option key={id} value={id}>
                {purposeLabels[id]}
              </option>
            ))}
          </select>
        </div>
        {view.purposeSource === 'chosen' && view.quizPurpose ? (
          <button type="button" className="button secondary" onClick={() => choosePurpose(null)}>
            {ui.useQuiz}
          </button>
        ) : null}
      </div>
      <p className="est-answer" aria-live="polite" data-result="purpose">
        {answer}
      </p>
      {target && label ? (
        <div className="est-target">
          <p>
            <strong>{say(ui.targetLead, { purpose: label })}</strong>{' '}
            {say(ui.targetLayers, {
              range,
              layers: target.layers.map((id) => layers.find((l) => l.id === id)?.name ?? id).join(', '),
            })}
          </p>
          <ul>
            {target.composition.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <p className="est-note">
            {target.basis} {copy.purpose.guidanceNote}
          </p>
          {fit ? (
            <>
              <Minor level={level}>{ui.nextStepsTitle}</Minor>
              <ul className="est-next">
                {target.next[fit].map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function PartThree({ view, copy, ui, level, uid, messages }: PartProps) {
  const headingId = `${uid}-p3`;
  const chartId = `${uid}-chart`;
  const r = view.reach;
  const total = roughCount(r.cumulative[2]);
  const degrees = [ui.degree1, ui.degree2, ui.degree3];
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {ui.step3}
      </Heading>
      <p>{copy.reach.intro}</p>
      <fieldset className="est-group">
        <legend>{ui.reachLegend}</legend>
        <div className="est-grid">
          {reachIds.map((id) => {
            const field = `reach.${id}`;
            return (
              <NumberField
                key={id}
                field={field}
                spec={reachSpecs[id]}
                label={copy.reach.fields[id].label}
                hint={copy.reach.fields[id].hint}
                value={view.state.fields[field] ?? ''}
                error={messages[field]}
              />
            );
          })}
        </div>
        {view.reachEstimate !== null ? (
          <button type="button" className="button secondary no-print" onClick={copyEstimateToReach}>
            {say(ui.useEstimate, { estimate: view.reachEstimate })}
          </button>
        ) : null}
      </fieldset>
      <p className="est-answer" aria-live="polite" data-result="reach">
        {total > 0 ? say(ui.reachResult, { total }) : ui.reachNone}
      </p>
      {r.nearBound ? <p className="est-note">{say(ui.reachNearBound, { ceiling: r.population })}</p> : null}
      <figure className="est-figure">
        <figcaption id={chartId}>{ui.chartCaption}</figcaption>
        <ReachChart
          cumulative={r.cumulative}
          ceiling={r.population}
          titleId={chartId}
          names={[ui.chart1, ui.chart2, ui.chart3]}
          ceilingLabel={say(ui.chartCeiling, { ceiling: r.population })}
        />
      </figure>
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
            {degrees.map((name, i) => (
              <tr key={i}>
                <th scope="row">{name}</th>
                <td className="num">{formatCount(roughCount(r.perDegree[i]!))}</td>
                <td className="num">{formatCount(roughCount(r.cumulative[i]!))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <Minor level={level}>{ui.assumptionsTitle}</Minor>
      <ul>
        {copy.reach.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <p className="est-note">
        <strong>{ui.roughModelLead}</strong> {copy.reach.roughModel}
      </p>
    </section>
  );
}
