import { Fragment, useEffect, useState } from 'react';
import { useDomId } from '@/shared/use-dom-id';
import { useStore } from '@/shared/use-store';
import { dilemmaIds, purposeLabels, purposeStrategies } from '@/purposes/model';
import type { PurposeId } from '@/purposes/ids';
import type { QuizContent } from '@/tools/quiz/model';
import type { Report } from '@/tools/quiz/report';
import { planWords, segmentPlan } from '@/tools/quiz/segments';
import { howManyAnswer, resultSentences } from '@/tools/quiz/sentences';
import { fill } from '@/shared/template';
import { $sharedPurpose } from '@/purposes/store';
import { ResultChart } from './ResultChart';

export interface Props {
  readonly content: QuizContent;
  readonly report: Report;
  /** the reader chose which leading purpose to plan for; absent: no choice offered (a shared result) */
  readonly onChoose?: ((purpose: PurposeId) => void) | undefined;
  readonly sub: 'h3' | 'h4';
}

/** Today's date, read again just before the page is printed (a result left open overnight). */
function usePrintDate(locale: string): string {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const update = () => setNow(new Date());
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(now);
}

/** "Career/Business Opportunity" with a line-break opportunity after each slash (narrow tables). */
function breakAfterSlash(label: string) {
  return label.split('/').map((part, i, all) => (
    <Fragment key={i}>
      {part}
      {i < all.length - 1 ? (
        <>
          /<wbr />
        </>
      ) : null}
    </Fragment>
  ));
}

/**
 * The result below its headline: the profile, the advice and where to go next. Loaded when a
 * result is first shown (ResultScreen.tsx imports it lazily), so the quiz's questions load less.
 */
export default function ResultBody({ content, report, onChoose, sub: S }: Props) {
  const { words, links, purposes, locale } = content;
  // what the other tools use: the purpose store, never the result's own primary
  const estimatePurpose = useStore($sharedPurpose);
  const id = useDomId('quiz');
  const { result } = report;
  const ui = words.ui.result;
  const said = resultSentences(report, purposes, words);
  const labels = purposeLabels(purposes);
  const entry = (p: PurposeId) => purposes.purposes[p];
  const number = new Intl.NumberFormat(locale);
  const dilemma = (p: PurposeId, d: (typeof dilemmaIds)[number]) =>
    d === 'howMany' ? howManyAnswer(purposes, words, p, (n) => number.format(n)) : entry(p).dilemmas[d];
  const fitLabel = report.fit.kind === 'fits' ? ui.fits : report.fit.kind === 'partly' ? ui.partlyFits : ui.doesNotFit;
  // one summary per purpose whose advice is shown in full (never five "You use your network mostly to…")
  const summaries = report.mode === 'choose' ? report.dilemmaSets : report.leading;
  const plan = planWords(segmentPlan(report, purposeStrategies(purposes)), purposes, words);
  const printedOn = usePrintDate(locale);
  return (
    <>
      <p className="print-only quiz-printed">{fill(ui.printed, { date: printedOn })}</p>
      {summaries.map((p) => (
        <p key={p} className="quiz-summary">
          {words.purposes[p].summary}
        </p>
      ))}
      {said.tieNote ? <p className="notice">{said.tieNote}</p> : null}

      <S>{ui.profileHeading}</S>
      <ResultChart
        ranked={result.ranked}
        purposeLabels={labels}
        idPrefix={id}
        caption={ui.chartCaption}
        percent={ui.percent}
      />
      <details className="quiz-table">
        <summary>{ui.tableToggle}</summary>
        <table>
          <caption className="visually-hidden">{ui.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{ui.rank}</th>
              <th scope="col">{ui.purpose}</th>
              <th scope="col">{ui.share}</th>
              <th scope="col">{ui.points}</th>
            </tr>
          </thead>
          <tbody>
            {result.ranked.map((s, i) => (
              <tr key={s.purpose}>
                <td>{i + 1}</td>
                <th scope="row">{breakAfterSlash(labels[s.purpose])}</th>
                <td>{fill(ui.percent, { percent: s.percent })}</td>
                <td>{s.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      {onChoose && report.mode !== 'single' ? (
        <fieldset className="quiz-choose no-print">
          <legend>{ui.chooseLegend}</legend>
          {report.leading.map((p) => (
            <label key={p} className="quiz-option">
              <input
                type="radio"
                name={`${id}-plan`}
                value={p}
                checked={report.planFor === p}
                onChange={() => onChoose(p)}
              />{' '}
              {entry(p).inSentence}
            </label>
          ))}
          {report.planFor ? (
            <p role="status" className="muted">
              {fill(ui.chosen, { network: entry(report.planFor).inSentence })}
            </p>
          ) : (
            <p role="status" className="visually-hidden" />
          )}
        </fieldset>
      ) : null}

      <S>{ui.strategyHeading}</S>
      <p className={report.fit.kind === 'fits' ? 'quiz-fit' : 'quiz-fit notice'} data-fit={report.fit.kind}>
        <strong>{fitLabel}</strong> {said.fitText}
      </p>

      <S>{ui.networksHeading}</S>
      <p data-recommendation={report.recommendation}>{said.recommendationText}</p>
      {report.conflicts.map((c) => (
        <div key={`${c.a}-${c.b}`} className="quiz-conflict" data-conflict={`${c.a}-${c.b}`}>
          <p>
            <strong>
              {fill(ui.conflictPair, { a: labels[c.a], percentA: c.percentA, b: labels[c.b], percentB: c.percentB })}
            </strong>{' '}
            {c.reason}
          </p>
          <p className="quiz-advice-intro">{c.remedy === 'separate' ? ui.separateIntro : ui.segmentIntro}</p>
          <ul>
            {c.segment.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      ))}

      {plan ? (
        <section className="quiz-plan" aria-labelledby={`${id}-plan`} data-plan={report.recommendation}>
          <S id={`${id}-plan`}>{plan.heading}</S>
          <p>{plan.intro}</p>
          <div className="quiz-segments">
            {plan.boxes.map((box) => (
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
        </section>
      ) : null}

      {report.dilemmaSets.map((p) => (
        <section
          key={p}
          // printed: only the six answers for the purpose the reader plans for
          className={report.planFor && p !== report.planFor ? 'quiz-dilemmas no-print' : 'quiz-dilemmas'}
          aria-labelledby={`${id}-dil-${p}`}
        >
          <S id={`${id}-dil-${p}`}>{fill(ui.dilemmasHeading, { network: entry(p).inSentence })}</S>
          <dl>
            {dilemmaIds.map((d) => (
              <div key={d} className="quiz-dilemma">
                <dt>{words.dilemmaLabels[d]}</dt>
                <dd>{dilemma(p, d)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <S className="no-print">{ui.remindersHeading}</S>
      <ul className="quiz-reminders no-print">
        {words.reminders.map((r) => (
          <li key={r.title}>
            <strong>{fill(ui.reminderTitle, { title: r.title })}</strong> {r.text}
          </li>
        ))}
      </ul>

      <S className="no-print">{ui.nextHeading}</S>
      <ul className="quiz-next no-print">
        {report.leading.map((p) => (
          <li key={p}>
            <a href={`${links.article}#${entry(p).anchor}`}>{fill(ui.readAbout, { network: entry(p).inSentence })}</a>
          </li>
        ))}
        <li>
          <a href={links.estimator}>{ui.estimate}</a>
          {estimatePurpose ? <> {fill(ui.estimateSetTo, { purpose: labels[estimatePurpose] })}</> : null}
        </li>
        <li>
          <a href={links.checklist}>{ui.checklist}</a>
        </li>
      </ul>

      {words.sources.length > 0 ? (
        <>
          <S>{ui.sourcesHeading}</S>
          <ul className="quiz-sources">
            {words.sources.map((s) => (
              <li key={s.text}>{s.href ? <a href={s.href}>{s.text}</a> : s.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
