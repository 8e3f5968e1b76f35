/** Part 1: today's estimate, by counting the circles or by the name method. */
import { memo } from 'react';
import type { EstimatorDisplay } from '@/tools/estimator/display';
import { setMethod } from '@/tools/estimator/store';
import { Fields, Heading, Items, Minor, ResultTable, type PartProps } from './parts';

type One = EstimatorDisplay['one'];

export const PartOne = memo(function PartOne({
  one,
  method,
  methods,
  words,
  level,
  uid,
  off,
}: PartProps & { one: One; method: EstimatorDisplay['method']; methods: EstimatorDisplay['methods'] }) {
  const { ui } = words;
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
          <CirclesDetail circles={one.circles} words={words} />
        ) : (
          <NamesDetail one={one} words={words} level={level} />
        )}
      </div>
    </section>
  );
});

/** the circles table: re-rendered only when its rows change */
const CirclesDetail = memo(function CirclesDetail({
  circles,
  words,
}: {
  circles: One['circles'];
  words: PartProps['words'];
}) {
  const { ui } = words;
  return (
    <>
      <ResultTable
        caption={ui.circlesCaption}
        columns={[ui.colLayer, ui.colYou, ui.colTypical, ui.colCompared]}
        rows={circles.map((row) => ({
          key: row.id,
          layer: row.id,
          cells: [row.name, row.yours, row.typical, row.compared],
        }))}
        stack
      />
      <p className="est-note">{words.circles.bandNote}</p>
      <p className="est-note">{words.circles.note}</p>
    </>
  );
});

function NamesDetail({ one, words, level }: { one: One; words: PartProps['words']; level: 2 | 3 }) {
  return (
    <>
      <p className="est-working">{one.working}</p>
      <p>{one.comparison}</p>
      <Minor level={level}>{words.ui.namesCaveatsTitle}</Minor>
      <Items items={words.names.caveats} className="est-caveats" />
    </>
  );
}
