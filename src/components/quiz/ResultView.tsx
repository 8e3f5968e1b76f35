import { type RefObject } from 'react';
import { useDomId } from '../use-dom-id';
import { purposeLabels } from '../../lib/purposes';
import type { Report } from '../../lib/quiz/report';
import { dilemmaIds, type ResultTexts } from '../../lib/quiz/texts';
import { ResultChart } from './ResultChart';
import type { QuizLinks } from './types';

interface Props {
  readonly report: Report;
  readonly texts: ResultTexts;
  readonly links: QuizLinks;
  readonly heading: 'h2' | 'h3';
  readonly sub: 'h3' | 'h4';
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/** The result: the answer in one sentence, then the profile, the advice and where to go next. */
export function ResultView({ report, texts, links, heading: H, sub: S, headingRef }: Props) {
  const id = useDomId('quiz');
  const { result } = report;
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

      <S>Your five purposes</S>
      <ResultChart ranked={result.ranked} idPrefix={id} caption="Share of your answers that point to each purpose, highest first" />
      <details className="quiz-table">
        <summary>Show the scores as a table</summary>
        <table>
          <caption className="visually-hidden">Your scores for the five networking purposes</caption>
          <thead>
            <tr>
              <th scope="col">Rank</th>
              <th scope="col">Purpose</th>
              <th scope="col">Share</th>
              <th scope="col">Points</th>
            </tr>
          </thead>
          <tbody>
            {result.ranked.map((s, i) => (
              <tr key={s.purpose}>
                <td>{i + 1}</td>
                <th scope="row">{purposeLabels[s.purpose]}</th>
                <td>{s.percent}%</td>
                <td>{s.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>

      <S>Your inviting strategy</S>
      <p className={report.fit.kind === 'match' ? 'quiz-fit' : 'quiz-fit notice'} data-fit={report.fit.kind}>
        <strong>{report.fit.kind === 'match' ? 'It fits. ' : 'It does not fit. '}</strong>
        {report.fitText}
      </p>

      <S>Purposes that pull against each other</S>
      {report.conflicts.length === 0 ? (
        <p>{texts.noConflict}</p>
      ) : (
        report.conflicts.map((c) => (
          <div key={`${c.a}-${c.b}`} className="quiz-conflict" data-conflict={`${c.a}-${c.b}`}>
            <p>
              <strong>
                {purposeLabels[c.a]} ({c.percentA}%) and {purposeLabels[c.b]} ({c.percentB}%).
              </strong>{' '}
              {c.reason}
            </p>
            <p className="quiz-advice-intro">Segment your network or keep separate networks:</p>
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
          <S id={`${id}-dil-${p}`}>Your {texts.purposes[p].network}: the six questions answered</S>
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

      <S>Two things every network needs</S>
      <ul className="quiz-reminders">
        {texts.reminders.map((r) => (
          <li key={r.title}>
            <strong>{r.title}.</strong> {r.text}
          </li>
        ))}
      </ul>

      <S>Next steps</S>
      <ul className="quiz-next">
        {result.primaries.map((p) => (
          <li key={p}>
            <a href={`${links.article}#${texts.purposes[p].anchor}`}>
              Read about the {texts.purposes[p].network} in the article
            </a>
          </li>
        ))}
        <li>
          <a href={links.estimator}>Estimate the size of your network</a> (set to {purposeLabels[result.primary]})
        </li>
        <li>
          <a href={links.checklist}>Plan your network after a promotion</a>
        </li>
      </ul>

      {texts.sources.length > 0 ? (
        <>
          <S>Sources</S>
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
