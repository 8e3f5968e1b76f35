import { Fragment, useEffect, useState, type ComponentType, type ReactElement } from 'react';
import type { PurposeId } from '@/purposes/ids';
import type { PurposeModel } from '@/purposes/model';
import ConfirmErase from '@/shared/ConfirmErase';
import { useDomId } from '@/shared/use-dom-id';
import { ResultAdvice } from './ResultAdvice';
import type { QuizContent } from './schema';
import type { OwnProgress } from './state';
import type { Report } from './report';
import type { QuizView } from './store';
import { previewPurposeOf } from './preview';
import { OwnActions } from './OwnActions';
import type { PlanPeopleProps } from './PlanPeople';
import type { ScreenProps } from './screen';
import { words as w } from './words';

/** One pattern per purpose, so the bars never rely on color alone. */
const patterns: Record<PurposeId, ReactElement> = {
  social: <path className="quiz-pat-line" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" />,
  career: <circle className="quiz-pat-dot" cx="4" cy="4" r="1.6" />,
  resource: <path className="quiz-pat-line" d="M0,4 h8" />,
  strategic: <path className="quiz-pat-line" d="M0,0 l8,8 M8,0 l-8,8" />,
  brand: <path className="quiz-pat-line" d="M4,0 v8" />,
};

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
const breakAfterSlash = (label: string) =>
  label.split('/').map((part, i) => (
    <Fragment key={i}>
      {i > 0 && '/'}
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));

/**
 * Drop the share link from the address (without a new history entry), so a reload shows the
 * reader's own quiz; on a preview page (`<tool>/<purpose>/`), go back to the tool's own address
 * and title, so nothing of the friend's purpose stays, after a reload either.
 */
export function clearFragment(content: Pick<QuizContent, 'links' | 'pageTitle'>): void {
  const onPreview = previewPurposeOf(location.pathname, content.links.tool) !== null;
  if (location.hash || onPreview)
    history.replaceState(null, '', (onPreview ? content.links.tool : location.pathname) + location.search);
  if (onPreview) document.title = content.pageTitle;
}

/** The button that leaves a shared link says where it goes: the reader's own result, their quiz on the way, or a fresh one. */
export const leaveLabel = (own: OwnProgress, fresh: string) => (own === 'none' ? fresh : w.leave[own]);

/**
 * A result, the reader's own or one opened from a share link: the answer in one sentence (the
 * focus target), the profile, the advice (ResultAdvice), and the actions under it.
 */
export function ResultScreen({
  content,
  store,
  view,
  H,
  move,
  focusRef,
  planPeople,
}: ScreenProps & {
  readonly view: QuizView & { kind: 'result' | 'shared-result' };
  readonly planPeople?: ComponentType<PlanPeopleProps> | undefined;
}) {
  const S = H === 'h2' ? 'h3' : 'h4';
  const printedOn = usePrintDate(content.locale);
  const leave = () => {
    clearFragment(content);
    store.setPage(location.pathname);
    store.closeShared();
  };
  const keep = (replace: boolean) => () => {
    if (store.keepShared(replace) !== 'kept') return;
    clearFragment(content);
    store.setPage(location.pathname);
  };
  return (
    <div className="quiz-screen">
      {view.kind === 'shared-result' ? <p className="notice">{w.sharedNote}</p> : null}
      <div className="quiz-result" data-mode={view.report.mode}>
        <H className="quiz-headline" tabIndex={-1} ref={focusRef('heading')}>
          {view.headline}
        </H>
        <p className="print-only quiz-printed">{w.result.printed(content.site, printedOn)}</p>
        {view.sets.map((s) => (
          <p key={s.purpose} className="quiz-summary">
            {s.summary}
          </p>
        ))}
        {view.report.tieNote ? <p className="notice quiz-tie">{view.report.tieNote}</p> : null}
        {view.choice ? (
          // the reader's own choice is printed; the request to choose is not
          <p className={view.kind === 'result' && !view.planFor ? 'quiz-choice no-print' : 'quiz-choice'} role="status">
            {view.choice}
          </p>
        ) : null}

        <Profile report={view.report} purposes={content.purposes} S={S} />
        <ResultAdvice
          content={content}
          view={view}
          sub={S}
          onChoose={view.kind === 'result' ? store.choosePlanPurpose : undefined}
          // the reader's people belong to their own result, never to one opened from a link
          people={view.kind === 'result' ? planPeople : undefined}
        />
      </div>
      {view.kind === 'shared-result' ? (
        <div className="quiz-actions no-print">
          {view.keepNeedsConfirm ? (
            <ConfirmErase words={w.keepConfirm} startClassName="button" onConfirm={() => move(keep(true), 'heading')} />
          ) : (
            <button type="button" className="button" onClick={() => move(keep(false), 'heading')}>
              {w.keepConfirm.start}
            </button>
          )}
          <button type="button" className="button secondary" onClick={() => move(leave, 'screen')}>
            {leaveLabel(view.own, w.takeYourself)}
          </button>
        </div>
      ) : (
        <OwnActions
          store={store}
          move={move}
          named={view.planFor ? content.purposes.purposes[view.planFor].label : null}
        />
      )}
    </div>
  );
}

/** The five purposes' shares: bars drawn in a few lines of SVG beside real text, and the same as a table. */
function Profile({ report, purposes, S }: { report: Report; purposes: PurposeModel; S: 'h3' | 'h4' }) {
  const id = useDomId('quiz');
  const entry = (p: PurposeId) => purposes.purposes[p];
  return (
    <>
      <S>{w.result.profileHeading}</S>
      <figure className="quiz-chart">
        <figcaption className="quiz-chart-caption">{w.result.chartCaption}</figcaption>
        <ol className="quiz-bars">
          {report.result.ranked.map(({ purpose, percent }) => {
            const pattern = `${id}-pat-${purpose}`;
            return (
              <li key={purpose} className="quiz-bar-row" data-purpose={purpose}>
                <span className="quiz-bar-label">{entry(purpose).label}</span>
                <span className="quiz-bar-value">{w.result.percent(percent)}</span>
                <svg className="quiz-bar" aria-hidden="true" focusable="false" width="100%" height="20">
                  <defs>
                    <pattern id={pattern} patternUnits="userSpaceOnUse" width="8" height="8">
                      <rect className="quiz-pat-bg" width="8" height="8" />
                      {patterns[purpose]}
                    </pattern>
                  </defs>
                  <rect className="quiz-bar-track" x="0" y="0" width="100%" height="20" />
                  {percent > 0 ? (
                    <rect
                      className="quiz-bar-fill"
                      x="0"
                      y="0"
                      width={`${percent}%`}
                      height="20"
                      fill={`url(#${pattern})`}
                    />
                  ) : null}
                </svg>
              </li>
            );
          })}
        </ol>
      </figure>
      <details className="quiz-table">
        <summary>{w.result.tableToggle}</summary>
        <table>
          <caption className="visually-hidden">{w.result.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{w.result.rank}</th>
              <th scope="col">{w.result.purpose}</th>
              <th scope="col">{w.result.share}</th>
              <th scope="col">{w.result.points}</th>
            </tr>
          </thead>
          <tbody>
            {report.result.ranked.map((s, i) => (
              <tr key={s.purpose}>
                <td>{i + 1}</td>
                <th scope="row">{breakAfterSlash(entry(s.purpose).label)}</th>
                <td>{w.result.percent(s.percent)}</td>
                <td>{s.points}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
