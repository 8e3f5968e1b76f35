import { Fragment, type RefObject } from 'react';
import { useDomId } from '../use-dom-id';
import type { PurposeId } from '../../lib/purposes';
import type { Report } from '../../lib/quiz/report';
import { dilemmaIds, fill, networkName, type ResultTexts } from '../../lib/quiz/texts';
import { ResultChart } from './ResultChart';
import type { QuizLinks } from './types';

interface Props {
  readonly report: Report;
  readonly texts: ResultTexts;
  readonly links: QuizLinks;
  /** the article's name for each purpose, by id */
  readonly purposeLabels: Readonly<Record<PurposeId, string>>;
  readonly heading: 'h2' | 'h3';
  readonly sub: 'h3' | 'h4';
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
  /** the purpose the estimator and the checklist use (the shared purpose store), if any */
  readonly estimatePurpose: PurposeId | null;
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

/** The result: the answer in one sentence, then the profile, the advice and where to go next. */
export function ResultView({ report, texts, links, purposeLabels, heading: H, sub: S, headingRef, estimatePurpose }: Props) {
  const id = useDomId('quiz');
  const { result } = report;
  const ui = texts.ui.result;
  return (
    <div className="quiz-result">
      <H className="quiz-headline" tabIndex={-1} ref={headingRef}>
        {report.headline}
      </H>
      {result.primaries.map((p) => (
        <p key={p} className="quiz-summary">
          {texts.purposes[p].summary}
        </p>
      ))}
      {report.tie ? <p className="notice">{texts.tieNote}</p> : null}

      <S>{ui.profileHeading}</S>
      <ResultChart ranked={result.ranked} purposeLabels={purposeLabels} idPrefix={id} caption={ui.chartCaption} percent={ui.percent} />
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
                <th scope="row">{breakAfterSlash(purposeLabels[s.purpose])}</th>
                <td>{fill(ui.percent, { percent: s.percent })}</td>
                <td>{s.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <S>{ui.strategyHeading}</S>
      <p className={report.fit.kind === 'match' ? 'quiz-fit' : 'quiz-fit notice'} data-fit={report.fit.kind}>
        <strong>{report.fit.kind === 'match' ? ui.fits : ui.doesNotFit}</strong>{' '}
        {report.fitText}
      </p>

      <S>{ui.conflictsHeading}</S>
      {report.conflicts.length === 0 ? (
        <p>{texts.noConflict}</p>
      ) : (
        report.conflicts.map((c) => (
          <div key={`${c.a}-${c.b}`} className="quiz-conflict" data-conflict={`${c.a}-${c.b}`}>
            <p>
              <strong>
                {fill(ui.conflictPair, { a: purposeLabels[c.a], percentA: c.percentA, b: purposeLabels[c.b], percentB: c.percentB })}
              </strong>{' '}
              {c.reason}
            </p>
            <p className="quiz-advice-intro">{ui.adviceIntro}</p>
            <ul>
              {c.advice.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          </div>
        ))
      )}

      {result.primaries.map((p) => (
        <section key={p} className="quiz-dilemmas" aria-labelledby={`${id}-dil-${p}`}>
          <S id={`${id}-dil-${p}`}>{fill(ui.dilemmasHeading, { network: networkName(texts, purposeLabels[p]) })}</S>
          <dl>
            {dilemmaIds.map((d) => (
              <div key={d} className="quiz-dilemma">
                <dt>{texts.dilemmaLabels[d]}</dt>
                <dd>{texts.purposes[p].dilemmas[d]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}

      <S>{ui.remindersHeading}</S>
      <ul className="quiz-reminders">
        {texts.reminders.map((r) => (
          <li key={r.title}>
            <strong>{fill(ui.reminderTitle, { title: r.title })}</strong> {r.text}
          </li>
        ))}
      </ul>

      <S>{ui.nextHeading}</S>
      <ul className="quiz-next">
        {result.primaries.map((p) => (
          <li key={p}>
            <a href={`${links.article}#${texts.purposes[p].anchor}`}>
              {fill(ui.readAbout, { network: networkName(texts, purposeLabels[p]) })}
            </a>
          </li>
        ))}
        <li>
          <a href={links.estimator}>{ui.estimate}</a>
          {estimatePurpose ? ` ${fill(ui.estimateSetTo, { purpose: purposeLabels[estimatePurpose] })}` : null}
        </li>
        <li>
          <a href={links.checklist}>{ui.checklist}</a>
        </li>
      </ul>

      {texts.sources.length > 0 ? (
        <>
          <S>{ui.sourcesHeading}</S>
          <ul className="quiz-sources">
            {texts.sources.map((s) => (
              <li key={s.text}>{s.href ? <a href={s.href}>{s.text}</a> : s.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
