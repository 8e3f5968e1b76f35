import { useStore } from '@nanostores/react';
import { useId, type ReactNode } from 'react';
import { compareLayer } from '../../lib/estimator/circles';
import { layerSpecs, nameSpec, reachIds, reachSpecs, type LayerId } from '../../lib/estimator/fields';
import { formatCount, roughCount } from '../../lib/estimator/numbers';
import { compareWithRange, shortfall } from '../../lib/estimator/purpose-fit';
import { knownNames, MCCARTY_MEAN, SCALE_UP_POPULATION } from '../../lib/estimator/scale-up';
import type { Method } from '../../lib/estimator/stored';
import type { EstimatorView } from '../../lib/estimator/view';
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

const namesTotal = knownNames.reduce((sum, n) => sum + n.size, 0);
const methodLabels: Record<Method, string> = {
  circles: 'Count your circles',
  names: 'How many people do you know named …?',
};
const comparisonWords = { fewer: 'fewer than typical', similar: 'close to typical', more: 'more than typical' } as const;

function Heading({ level, id, children }: { level: 2 | 3; id: string; children: ReactNode }) {
  return level === 2 ? <h2 id={id}>{children}</h2> : <h3 id={id}>{children}</h3>;
}

/** a heading one level below the step headings */
function Minor({ level, children }: { level: 2 | 3; children: ReactNode }) {
  return level === 2 ? <h3 className="est-minor">{children}</h3> : <h4 className="est-minor">{children}</h4>;
}

export default function NetworkEstimator({ layers, targets, copy, headingLevel, quizHref }: NetworkEstimatorProps) {
  const view = useStore($estimatorView, { ssr: () => serverView });
  const recovered = useStore($estimatorRecovered, { ssr: () => false });
  const uid = useId();
  return (
    <div className="estimator" data-estimator>
      <p className="est-intro">{copy.intro}</p>
      {recovered ? (
        <div className="notice est-recovered" role="status">
          <p>Your saved numbers could not be read, so the estimator started fresh.</p>
          <button type="button" className="button secondary" onClick={dismissEstimatorRecovered}>
            OK
          </button>
        </div>
      ) : null}
      {view.usingLastValid ? (
        <p className="notice error est-stale" role="status">
          Some numbers need fixing (see the messages next to them). Until then, the results use your last valid entries.
        </p>
      ) : null}
      <PartOne view={view} layers={layers} copy={copy} level={headingLevel} uid={uid} />
      <PartTwo
        view={view}
        targets={targets}
        layers={layers}
        copy={copy}
        level={headingLevel}
        uid={uid}
        quizHref={quizHref}
      />
      <PartThree view={view} copy={copy} level={headingLevel} uid={uid} />
      <div className="est-actions no-print">
        <button type="button" className="button secondary" onClick={resetEstimator}>
          Clear my numbers
        </button>
      </div>
    </div>
  );
}

interface PartProps {
  view: EstimatorView;
  copy: EstimatorCopy;
  level: 2 | 3;
  uid: string;
}

function PartOne({ view, layers, copy, level, uid }: PartProps & { layers: EstimatorLayer[] }) {
  const method = view.state.method;
  const headingId = `${uid}-p1`;
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        1. Your network today
      </Heading>
      <fieldset className="est-methods">
        <legend>Choose a method</legend>
        {(['circles', 'names'] as const).map((m) => (
          <label key={m} className="est-choice">
            <input
              type="radio"
              name={`${uid}-method`}
              value={m}
              checked={method === m}
              onChange={() => setMethod(m)}
            />
            {methodLabels[m]}
          </label>
        ))}
      </fieldset>
      {method === 'circles' ? (
        <Circles view={view} layers={layers} copy={copy} />
      ) : (
        <Names view={view} copy={copy} level={level} />
      )}
    </section>
  );
}

function Circles({ view, layers, copy }: { view: EstimatorView; layers: EstimatorLayer[]; copy: EstimatorCopy }) {
  const circles = view.circles;
  const sorted = [...layers].sort((a, b) => a.order - b.order);
  return (
    <>
      <fieldset className="est-group">
        <legend>How many people are in each circle?</legend>
        <p className="est-hint">{copy.circles.intro}</p>
        <div className="est-grid">
          {sorted.map((layer) => {
            const field = `layer.${layer.id}`;
            return (
              <NumberField
                key={layer.id}
                field={field}
                spec={layerSpecs[layer.id as LayerId]}
                label={`${layer.order}. ${layer.name}`}
                hint={layer.prompt}
                value={view.state.fields[field] ?? ''}
                error={view.errors[field]}
              />
            );
          })}
        </div>
      </fieldset>
      <div className="est-result">
        <p className="est-answer" aria-live="polite" data-result="circles">
          {circles.kind === 'estimate'
            ? `Your circles add up to about ${formatCount(circles.total)} people.`
            : 'Not enough information yet: enter how many people are in at least one circle.'}
        </p>
        <table className="est-table">
          <caption>Your circles beside Dunbar’s typical layers (each layer includes the ones inside it)</caption>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col" className="num">You</th>
              <th scope="col" className="num">Typical</th>
              <th scope="col">Compared</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((layer, i) => {
              const yours = circles.kind === 'estimate' ? circles.cumulative[i]! : null;
              return (
                <tr key={layer.id}>
                  <th scope="row">{layer.name}</th>
                  <td className="num">{yours === null ? '–' : formatCount(yours)}</td>
                  <td className="num">{formatCount(layer.typical)}</td>
                  <td>{yours === null ? 'no answer yet' : comparisonWords[compareLayer(yours, layer.typical)]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <p className="est-note">{copy.circles.note}</p>
      </div>
    </>
  );
}

function Names({ view, copy, level }: { view: EstimatorView; copy: EstimatorCopy; level: 2 | 3 }) {
  const result = view.scaleUp;
  return (
    <>
      <fieldset className="est-group">
        <legend>How many people do you know named …?</legend>
        <p className="est-hint">{copy.names.intro}</p>
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
                error={view.errors[field]}
              />
            );
          })}
        </div>
      </fieldset>
      <div className="est-result">
        <p className="est-answer" aria-live="polite" data-result="names">
          {result.kind === 'estimate'
            ? `You know about ${formatCount(result.value)} people.`
            : 'Not enough information yet: the method needs at least one person with one of these names.'}
        </p>
        {result.kind === 'estimate' ? (
          <p className="est-working">
            {formatCount(SCALE_UP_POPULATION)} people × {formatCount(result.known)} you know ÷{' '}
            {formatCount(namesTotal)} people with these names ≈ {formatCount(result.value)}.
          </p>
        ) : (
          <p className="est-working">
            The estimate is {formatCount(SCALE_UP_POPULATION)} × (people you know with these names) ÷{' '}
            {formatCount(namesTotal)}, the number of people with these names.
          </p>
        )}
        <p>
          For comparison, McCarty and colleagues (2001) found an average of about {formatCount(MCCARTY_MEAN)} for 1,370
          US adults.
        </p>
        <Minor level={level}>Read it with care</Minor>
        <ul className="est-caveats">
          {copy.names.caveats.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </div>
    </>
  );
}

function PartTwo({
  view,
  targets,
  copy,
  level,
  uid,
  quizHref,
  layers,
}: PartProps & { targets: EstimatorTarget[]; layers: EstimatorLayer[]; quizHref: string }) {
  const headingId = `${uid}-p2`;
  const selectId = `${uid}-purpose`;
  const purpose = view.purpose;
  const target = purpose ? targets.find((t) => t.id === purpose) : undefined;
  const label = purpose ? purposeLabels[purpose] : '';
  const fit = target && view.today !== null ? compareWithRange(view.today, target) : null;
  const range = target ? `about ${formatCount(target.min)} to ${formatCount(target.max)} people` : '';
  let answer = 'Choose a purpose to see what its network needs.';
  if (target && view.today === null) answer = `Complete step 1 to compare your network with what a ${label} network needs.`;
  if (target && view.today !== null && fit) {
    const yours = `Your estimate of ${formatCount(view.today)} people`;
    answer =
      fit === 'about-right'
        ? `${yours} is about right for a ${label} network (${range}).`
        : fit === 'smaller'
          ? `${yours} is smaller than a ${label} network needs (${range}): about ${formatCount(shortfall(view.today, target))} more would reach the bottom of the range.`
          : `${yours} is larger than a ${label} network needs (${range}).`;
  }
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        2. The network your purpose needs
      </Heading>
      <p>{copy.purpose.intro}</p>
      <p className="est-source" data-purpose-source={view.purposeSource}>
        {view.purposeSource === 'quiz' && purpose ? (
          <>
            Using <strong>{purposeLabels[purpose]}</strong>, the primary purpose from your quiz result.
          </>
        ) : view.purposeSource === 'chosen' && purpose ? (
          <>
            Using <strong>{purposeLabels[purpose]}</strong>, chosen here
            {view.quizPurpose ? ` (your quiz result is ${purposeLabels[view.quizPurpose]})` : ''}.
          </>
        ) : (
          <>
            You have not taken the <a href={quizHref}>purpose quiz</a> in this browser, so choose a purpose here.
          </>
        )}
      </p>
      <div className="est-row">
        <div className="est-field">
          <label htmlFor={selectId}>{view.purposeSource === 'none' ? 'Your networking purpose' : 'Compare with a purpose'}</label>
          <select
            id={selectId}
            value={purpose ?? ''}
            onChange={(e) => choosePurpose(isPurposeId(e.currentTarget.value) ? e.currentTarget.value : null)}
          >
            {view.purposeSource !== 'quiz' ? <option value="">Choose a purpose…</option> : null}
            {purposeIds.map((id) => (
              <option key={id} value={id}>
                {purposeLabels[id]}
              </option>
            ))}
          </select>
        </div>
        {view.purposeSource === 'chosen' && view.quizPurpose ? (
          <button type="button" className="button secondary" onClick={() => choosePurpose(null)}>
            Use my quiz result
          </button>
        ) : null}
      </div>
      <p className="est-answer" aria-live="polite" data-result="purpose">
        {answer}
      </p>
      {target ? (
        <div className="est-target">
          <p>
            <strong>A {label} network:</strong> {range}, mostly from these circles:{' '}
            {target.layers.map((id) => layers.find((l) => l.id === id)?.name ?? id).join(', ')}.
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
              <Minor level={level}>Next steps</Minor>
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

function PartThree({ view, copy, level, uid }: PartProps) {
  const headingId = `${uid}-p3`;
  const chartId = `${uid}-chart`;
  const r = view.reach;
  const ceiling = r.population;
  const total = roughCount(r.cumulative[2]);
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        3. How far a message travels
      </Heading>
      <p>{copy.reach.intro}</p>
      <fieldset className="est-group">
        <legend>Your network and how messages spread</legend>
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
                error={view.errors[field]}
              />
            );
          })}
        </div>
        {view.today !== null ? (
          <button type="button" className="button secondary no-print" onClick={copyEstimateToReach}>
            Use my step 1 estimate ({formatCount(Math.min(view.today, reachSpecs.first.max))}) as my connections
          </button>
        ) : null}
      </fieldset>
      <p className="est-answer" aria-live="polite" data-result="reach">
        {total > 0
          ? `In this rough model, a message could reach about ${formatCount(total)} people within three steps.`
          : 'With no connections, a message reaches nobody: enter your first-degree connections.'}
      </p>
      {r.nearBound ? (
        <p className="est-note">
          The audience ceiling of {formatCount(ceiling)} people limits this result: most of the people a later step
          reaches have already seen the message.
        </p>
      ) : null}
      <figure className="est-figure">
        <figcaption id={chartId}>
          People reached within 1, 2 and 3 steps, on a logarithmic scale up to your audience ceiling (the numbers are in
          the table below).
        </figcaption>
        <ReachChart cumulative={r.cumulative} ceiling={ceiling} titleId={chartId} />
      </figure>
      <table className="est-table">
        <caption>Reach of a message, step by step (rounded)</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col" className="num">New people reached</th>
            <th scope="col" className="num">Reached so far</th>
          </tr>
        </thead>
        <tbody>
          {(['1st degree', '2nd degree', '3rd degree'] as const).map(
            (name, i) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="num">{formatCount(roughCount(r.perDegree[i]!))}</td>
                <td className="num">{formatCount(roughCount(r.cumulative[i]!))}</td>
              </tr>
            ),
          )}
        </tbody>
      </table>
      <Minor level={level}>Assumptions</Minor>
      <ul>
        {copy.reach.assumptions.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <p className="est-note">
        <strong>A rough model.</strong> {copy.reach.roughModel}
      </p>
    </section>
  );
}
