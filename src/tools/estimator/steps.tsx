/**
 * The estimator's three steps, each following the store's view: a keystroke re-renders the steps,
 * not the island around them.
 */
import { useStore } from '@nanostores/react';
import { isPurposeId, purposeIds, type PurposeId } from '@/purposes/ids';
import { focusAfter } from '@/shared/focus';
import { methods } from './model';
import { Fields, Heading, Items, Minor, ReachChart, ResultTable } from './parts';
import type { EstimatorStore } from './store';
import type { EstimatorContent } from './view';
import { words } from './words';

export interface StepProps {
  readonly store: EstimatorStore;
  readonly content: EstimatorContent;
  /** the level of the step headings */
  readonly level: 2 | 3;
  readonly uid: string;
  /** not hydrated yet: controls switched off */
  readonly off: boolean;
}

/** the view, with the server's (no saved data, no quiz) until the island has hydrated */
const useView = (store: EstimatorStore) => useStore(store.$view, { ssr: () => store.server });

/** some numbers need fixing: the results that use them wait */
export function Stale({ store }: { store: EstimatorStore }) {
  return useView(store).stale ? <p className="notice error est-stale">{words.stale}</p> : null;
}

/** Part 1: today's estimate, by counting the circles or by the name method. */
export function PartOne({ store, content, level, uid, off }: StepProps) {
  const { method, one } = useView(store);
  const { notes } = content;
  const w = words.one;
  const circles = method === 'circles';
  return (
    <section className="est-part" aria-labelledby={`${uid}-p1`}>
      <Heading level={level} id={`${uid}-p1`}>
        {w.heading}
      </Heading>
      <fieldset className="est-methods">
        <legend>{w.methodLegend}</legend>
        {methods.map((m) => (
          <label key={m} className="est-choice">
            <input
              type="radio"
              name={`${uid}-method`}
              value={m}
              checked={method === m}
              onChange={() => store.setMethod(m)}
              disabled={off}
            />
            {w.methods[m]}
          </label>
        ))}
      </fieldset>
      <fieldset className="est-group" aria-describedby={`${uid}-p1-hint`}>
        <legend>{circles ? w.circlesLegend : w.namesLegend}</legend>
        <p className="est-hint" id={`${uid}-p1-hint`}>
          {circles ? w.circlesHint : w.namesHint}
        </p>
        <Fields
          fields={one.fields}
          store={store}
          uid={uid}
          off={off}
          className={circles ? 'est-grid' : 'est-grid est-grid-names'}
        />
      </fieldset>
      <div className="est-result">
        {/* the one summary announced for this part; the details below are plain text. Without
            JavaScript it is hidden: it would ask for numbers the switched-off fields cannot take */}
        <p className="est-answer est-needs-js" aria-live="polite" data-result={method}>
          {one.summary}
        </p>
        {circles ? (
          <>
            <ResultTable caption={w.circlesCaption} columns={w.columns} rows={one.circles} stack />
            <p className="est-note">{notes.circles.bandNote}</p>
            <p className="est-note">{notes.circles.note}</p>
          </>
        ) : (
          <>
            <p className="est-working">{one.working}</p>
            <p className="est-note">{notes.names.range}</p>
            <p>{notes.names.comparison}</p>
            <Minor level={level}>{w.namesCaveatsTitle}</Minor>
            <Items items={notes.names.caveats} className="est-caveats" />
          </>
        )}
      </div>
    </section>
  );
}

/** Part 2: the people who serve the purpose against its range, with what to do. */
export function PartTwo({ store, content, level, uid, off }: StepProps) {
  const { two } = useView(store);
  const options = (ids: readonly PurposeId[]) =>
    ids.map((id) => (
      <option key={id} value={id}>
        {content.purposeLabels[id]}
      </option>
    ));
  const w = words.two;
  const [before, after] = two.sourceText;
  const { target } = two;
  return (
    <section className="est-part" aria-labelledby={`${uid}-p2`}>
      <Heading level={level} id={`${uid}-p2`}>
        {w.heading}
      </Heading>
      <p>{w.intro}</p>
      {/* what the quiz told this browser is known only once the island runs */}
      <p className="est-source est-needs-js" data-purpose-source={two.source}>
        {before}
        {two.source === 'none' ? <a href={content.quizHref}>{w.quizLink}</a> : <strong>{two.purpose}</strong>}
        {after}
      </p>
      <div className="est-row">
        <div className="est-field">
          <label htmlFor={`${uid}-purpose`}>{two.source === 'none' ? w.selectNone : w.selectCompare}</label>
          <select
            id={`${uid}-purpose`}
            disabled={off}
            value={two.selected}
            onChange={(e) => store.choosePurpose(isPurposeId(e.currentTarget.value) ? e.currentTarget.value : null)}
          >
            {/* the quiz's single purpose applies: no empty choice */}
            {two.source === 'quiz' ? null : <option value="">{w.selectPlaceholder}</option>}
            {two.tied.length > 0 ? (
              <>
                <optgroup label={w.groupTied}>{options(two.tied)}</optgroup>
                <optgroup label={w.groupOthers}>{options(purposeIds.filter((id) => !two.tied.includes(id)))}</optgroup>
              </>
            ) : (
              options(purposeIds)
            )}
          </select>
        </div>
        {two.offerQuiz ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              // the button goes away once the quiz's purpose applies: the focus moves to the menu
              focusAfter(() => document.getElementById(`${uid}-purpose`));
              store.choosePurpose(null);
            }}
            disabled={off}
          >
            {w.useQuiz}
          </button>
        ) : null}
      </div>
      {/* without JavaScript no purpose can be chosen: the answer would ask for what cannot be done */}
      <p className="est-answer est-needs-js" aria-live="polite" data-result="purpose">
        {two.answer}
      </p>
      {target ? (
        <div className="est-target">
          <p>
            <strong>{target.lead}</strong> {target.range}
          </p>
          <Items items={target.composition} />
          <Fields fields={[target.field]} store={store} uid={uid} off={off} />
          {target.next ? (
            <>
              <Minor level={level}>{w.nextStepsTitle}</Minor>
              <Items items={target.next} className="est-next" />
            </>
          ) : null}
          <p className="est-note">
            {target.basis} {content.notes.purpose.guidanceNote}
          </p>
        </div>
      ) : null}
    </section>
  );
}

/** Part 3: how far a message could travel through the reader's network, in a rough model. */
export function PartThree({ store, content, level, uid, off }: StepProps) {
  const { three } = useView(store);
  const { reach } = content.notes;
  const w = words.three;
  return (
    <section className="est-part" aria-labelledby={`${uid}-p3`}>
      <Heading level={level} id={`${uid}-p3`}>
        {w.heading}
      </Heading>
      <p>
        {w.intro} <span className="est-needs-js">{w.introLive}</span>
      </p>
      <fieldset className="est-group">
        <legend>{w.legend}</legend>
        <Fields fields={three.fields} store={store} uid={uid} off={off} />
        {three.useEstimate !== null ? (
          <button
            type="button"
            className="button secondary no-print"
            onClick={store.copyEstimateToReach}
            disabled={off}
          >
            {three.useEstimate}
          </button>
        ) : null}
      </fieldset>
      <p className="est-answer" aria-live="polite" data-result="reach">
        {three.result}
      </p>
      {three.nearBound !== null ? <p className="est-note">{three.nearBound}</p> : null}
      <figure className="est-figure">
        <figcaption id={`${uid}-chart`}>{w.chartCaption}</figcaption>
        <ReachChart three={three} titleId={`${uid}-chart`} />
      </figure>
      <ResultTable caption={w.tableCaption} columns={w.columns} rows={three.rows.map((cells) => ({ cells }))} />
      <Minor level={level}>{w.assumptionsTitle}</Minor>
      <Items items={reach.assumptions} />
      <p className="est-note">
        <strong>{w.roughModelLead}</strong> {reach.roughModel}
      </p>
    </section>
  );
}
