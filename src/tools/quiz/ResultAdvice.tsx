import { useStore } from '@nanostores/react';
import type { ComponentType } from 'react';
import type { PurposeId } from '@/purposes/ids';
import { $sharedPurpose, $sharedTie } from '@/purposes/store';
import { useDomId } from '@/shared/use-dom-id';
import type { PlanPeopleProps } from './PlanPeople';
import type { QuizContent } from './schema';
import type { QuizView } from './store';
import { words } from './words';

const w = words.result;

interface Props {
  readonly content: QuizContent;
  readonly view: QuizView & { kind: 'result' | 'shared-result' };
  /** the reader chose which leading purpose to plan for; absent: no choice offered (a shared result) */
  readonly onChoose?: ((purpose: PurposeId) => void) | undefined;
  readonly sub: 'h3' | 'h4';
  /** the reader's own people in the plan (their own result, on the tool's pages) */
  readonly people?: ComponentType<PlanPeopleProps> | undefined;
}

/** The result's advice, below its profile: the strategy, how many networks, the plan, the six answers, where to go next. */
export function ResultAdvice({ content, view, onChoose, sub: S, people: People }: Props) {
  const { texts, links, purposes } = content;
  const { report, planFor, sets } = view;
  // what the other tools use: the purpose store, never the result's own primary
  const estimatePurpose = useStore($sharedPurpose);
  const estimateTie = useStore($sharedTie);
  const id = useDomId('quiz');
  const entry = (p: PurposeId) => purposes.purposes[p];
  const list = new Intl.ListFormat(content.locale);
  return (
    <>
      {onChoose && report.mode !== 'single' ? (
        <fieldset className="quiz-choose no-print">
          <legend>{w.chooseLegend}</legend>
          {report.leading.map((p) => (
            <label key={p} className="quiz-option">
              <input type="radio" name={`${id}-plan`} value={p} checked={planFor === p} onChange={() => onChoose(p)} />{' '}
              {entry(p).inSentence}
            </label>
          ))}
        </fieldset>
      ) : null}

      <S>{w.strategyHeading}</S>
      <p className={report.fit.kind === 'fits' ? 'quiz-fit' : 'quiz-fit notice'} data-fit={report.fit.kind}>
        <strong>{w.fit[report.fit.kind]}</strong> {report.fitText}
      </p>

      <S>{w.networksHeading}</S>
      <p data-recommendation={report.recommendation}>{report.recommendationText}</p>
      {report.conflicts.map((c) => (
        <div key={`${c.a}-${c.b}`} className="quiz-conflict" data-conflict={`${c.a}-${c.b}`}>
          <p>
            <strong>{w.conflictPair(entry(c.a).label, c.percentA, entry(c.b).label, c.percentB)}</strong> {c.reason}
          </p>
          <p className="quiz-advice-intro">{report.conflictIntro}</p>
          <ul>
            {c.segment.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      ))}

      {report.plan ? (
        <section className="quiz-plan" aria-labelledby={`${id}-plan`} data-plan={report.recommendation}>
          <S id={`${id}-plan`}>{report.plan.heading}</S>
          <p>{report.plan.intro}</p>
          <div className="quiz-segments">
            {report.plan.boxes.map((box) => (
              <section
                key={box.purpose}
                className="quiz-segment"
                data-segment={box.purpose}
                aria-labelledby={`${id}-seg-${box.purpose}`}
              >
                <p className="quiz-segment-title" id={`${id}-seg-${box.purpose}`}>
                  <strong>{box.heading}</strong>
                </p>
                <dl>
                  {box.lines.map((line) => (
                    <div key={line.id} data-line={line.id}>
                      <dt>{line.label}</dt>
                      <dd>{line.text}</dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
          {People ? <People report={report} content={content} sub={S} /> : null}
        </section>
      ) : null}

      {sets.map((s) => (
        <section
          key={s.purpose}
          // printed: only the six answers for the purpose the reader plans for
          className={planFor && s.purpose !== planFor ? 'quiz-dilemmas no-print' : 'quiz-dilemmas'}
          aria-labelledby={`${id}-dil-${s.purpose}`}
        >
          <S id={`${id}-dil-${s.purpose}`}>{w.dilemmasHeading(entry(s.purpose).inSentence)}</S>
          <dl>
            {s.answers.map((a) => (
              <div key={a.id} className="quiz-dilemma">
                <dt>{a.label}</dt>
                <dd>{a.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <S className="no-print">{w.remindersHeading}</S>
      <ul className="quiz-reminders no-print">
        {texts.reminders.map((r) => (
          <li key={r.title}>
            <strong>{w.reminderTitle(r.title)}</strong> {r.text}
          </li>
        ))}
      </ul>

      <S className="no-print">{w.nextHeading}</S>
      <ul className="quiz-next no-print">
        {report.leading.map((p) => (
          <li key={p}>
            <a href={`${links.article}#${entry(p).anchor}`}>{w.readAbout(entry(p).inSentence)}</a>
          </li>
        ))}
        <li>
          <a href={links.estimator}>{w.estimate}</a>
          {estimateTie.length > 1 ? (
            <> {w.estimateTied(list.format(estimateTie.map((p) => entry(p).label)))}</>
          ) : estimatePurpose ? (
            <> {w.estimateSetTo(entry(estimatePurpose).label)}</>
          ) : null}
        </li>
        <li>
          <a href={links.checklist}>{w.checklist}</a>
        </li>
      </ul>

      {texts.sources.length > 0 ? (
        <>
          <S>{w.sourcesHeading}</S>
          <ul className="quiz-sources">
            {texts.sources.map((s) => (
              <li key={s.text}>{s.href ? <a href={s.href}>{s.text}</a> : s.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
