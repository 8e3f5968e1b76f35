/** Part 2: today's estimate against what the purpose's network needs. */
import { memo } from 'react';
import type { EstimatorDisplay } from '@/tools/estimator/display';
import { isPurposeId } from '@/purposes/ids';
import { choosePurpose } from '@/tools/estimator/store';
import { Heading, Items, Minor, type PartProps } from './parts';

export const PartTwo = memo(function PartTwo({
  two,
  words,
  level,
  uid,
  off,
  quizHref,
}: PartProps & { two: EstimatorDisplay['two']; quizHref: string }) {
  const { ui } = words;
  const target = two.target;
  const headingId = `${uid}-p2`;
  const selectId = `${uid}-purpose`;
  return (
    <section className="est-part" aria-labelledby={headingId}>
      <Heading level={level} id={headingId}>
        {ui.step2}
      </Heading>
      <p>{words.purpose.intro}</p>
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
            {target.basis} {words.purpose.guidanceNote}
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
