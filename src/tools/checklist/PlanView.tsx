import { Fragment, memo, type ReactNode, type Ref } from 'react';
import { formatLongDate, formatShortDate, parseIsoDate } from '@/tools/checklist/dates';
import { LIMITS } from '@/tools/checklist/profile';
import type { ChecklistState, Progress } from '@/tools/checklist/state';
import { fillParts, planTitleParts } from '@/tools/checklist/words';
import { fill } from '@/shared/template';
import type { Audience, ChecklistWords, PlanItem, PlanText } from '@/tools/checklist/model';
import type { PhaseView } from '@/tools/checklist/view';
import { setItemDone, setItemName } from '@/tools/checklist/store';
import { useDomId } from '@/shared/use-dom-id';
import { MessagesSection } from './MessagesSection';

interface Props {
  /** the plan's phases, each with its progress (src/lib/checklist/view.ts) */
  readonly phases: readonly PhaseView[];
  readonly state: ChecklistState;
  /** the plan's words and how dates are written (words.yaml `plan` and `dates`) */
  readonly words: Pick<ChecklistWords, 'plan' | 'dates' | 'messages' | 'text'>;
  readonly progress: Progress;
  /** level of the plan's heading (h2 on the tool page, h3 in an article) */
  readonly level: 2 | 3;
  readonly purposeNote: string | null;
  readonly onPrint: () => void;
  readonly onCalendar: () => void;
  /** the plan's title, focused when the plan is built */
  readonly titleRef?: Ref<HTMLHeadingElement>;
  /** shown first, before the phases (the three-step start) */
  readonly intro?: ReactNode;
  /** shown after the phases (the review rhythm) */
  readonly after?: ReactNode;
}

const domId = (uid: string, id: string) => `${uid}-item-${id.replace(/[^a-z0-9-]/g, '_')}`;

/** a template filled with elements (a <time>, a <span>) as well as text */
function Filled({ template, values }: { template: string; values: Readonly<Record<string, ReactNode>> }) {
  return (
    <>
      {fillParts(template, values).map((part, i) => (
        <Fragment key={i}>{part}</Fragment>
      ))}
    </>
  );
}

interface ItemProps {
  readonly uid: string;
  readonly item: PlanItem;
  readonly done: boolean;
  readonly names: readonly string[];
  readonly text: PlanText;
}

/** no names written for an item: one shared empty list, so an unchanged item keeps equal props */
const NO_NAMES: readonly string[] = [];

/**
 * One plan item. Memoized: its props are the plan's own item, its tick and its names, which
 * stay the same objects while other items change, so a tick renders one item, not the plan.
 */
const Item = memo(function Item({ uid, item, done, names, text }: ItemProps) {
  const id = domId(uid, item.id);
  const lines = Array.from({ length: item.who }, (_, i) => names[i] ?? '');
  const section = (
    <>
      <span className="cl-section">{item.sectionTitle}</span>
      {item.emphasised && <span className="cl-purpose-tag"> {text.fitsPurpose}</span>}
    </>
  );
  return (
    <li className={`cl-item${done ? ' is-done' : ''}`} data-item={item.id}>
      <div className="cl-item-main">
        <input
          id={id}
          type="checkbox"
          className="cl-check no-print"
          checked={done}
          onChange={(e) => setItemDone(item.id, e.target.checked)}
        />
        <span className="cl-box print-only" aria-hidden="true">
          {done ? '✓' : ''}
        </span>
        <div className="cl-item-body">
          <label htmlFor={id} id={`${id}-text`} className="cl-item-text">
            {item.text}
            {done && <span className="print-only cl-done-note"> {text.doneNote}</span>}
          </label>
          <p className="cl-why">
            <Filled template={text.why} values={{ section, why: item.why }} />
            {item.source && <span className="cl-source"> {fill(text.source, { source: item.source.short })}</span>}
          </p>
        </div>
      </div>
      {/* the group's name is "Who:" and the item's text; each line is "Name 1 of 3" inside it */}
      {item.who > 0 && (
        <div className="cl-who" role="group" aria-labelledby={`${id}-who ${id}-text`}>
          <span className="cl-who-label" id={`${id}-who`}>
            {text.who}
          </span>
          {lines.map((name, i) => (
            <span className="cl-who-line" key={i}>
              <input
                type="text"
                className="no-print"
                dir="auto"
                maxLength={LIMITS.whoName}
                value={name}
                aria-label={fill(text.nameLine, { line: i + 1, lines: item.who })}
                onChange={(e) => setItemName(item.id, i, e.target.value)}
              />
              <span className="print-only cl-line">{name && <bdi>{name}</bdi>}</span>
            </span>
          ))}
        </div>
      )}
    </li>
  );
});

/** the plan's title with the reader-typed name isolated (<bdi>), so a right-to-left name keeps its place */
function Title({ text, name, audience }: { text: PlanText; name: string; audience: Audience }) {
  return (
    <>
      {planTitleParts(text, name, audience).map((part, i) => (
        <Fragment key={i}>{typeof part === 'string' ? part : <bdi>{part.name}</bdi>}</Fragment>
      ))}
    </>
  );
}

export function PlanView({
  phases,
  state,
  words,
  progress,
  level,
  purposeNote,
  onPrint,
  onCalendar,
  titleRef,
  intro,
  after,
}: Props) {
  const uid = useDomId('cl-plan');
  const H = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const { profile } = state;
  const start = parseIsoDate(profile.startDate);
  const done = new Set(state.done);
  const text = words.plan;
  return (
    <section className="cl-plan" aria-labelledby={`${uid}-title`}>
      <header className="cl-plan-header">
        <H id={`${uid}-title`} ref={titleRef} tabIndex={-1}>
          <Title text={text} name={profile.name} audience={profile.audience} />
        </H>
        <p className="cl-for">
          {start ? (
            <Filled
              template={text.starts}
              values={{
                role: <bdi className="cl-role">{profile.role.trim()}</bdi>,
                date: <time dateTime={profile.startDate}>{formatLongDate(start, words.dates)}</time>,
              }}
            />
          ) : (
            <bdi className="cl-role">{profile.role.trim()}</bdi>
          )}
        </p>
        <p className="cl-progress" role="status">
          <strong>{fill(text.progress, { done: progress.done, total: progress.total })}</strong>
        </p>
        <progress className="no-print" max={progress.total} value={progress.done} aria-label={text.progressLabel} />
        {purposeNote && <p className="notice cl-purpose-note">{purposeNote}</p>}
        <div className="cl-actions no-print">
          <button type="button" className="button" onClick={onPrint}>
            {text.print}
          </button>
          <button type="button" className="button secondary" onClick={onCalendar}>
            {text.calendar}
          </button>
        </div>
      </header>
      {intro}
      {phases.map(({ phase, progress: phaseProgress }) => {
        const due = parseIsoDate(phase.due);
        return (
          <section key={phase.id} className="cl-phase" aria-labelledby={`${uid}-phase-${phase.id}`}>
            <Sub id={`${uid}-phase-${phase.id}`} className="cl-phase-title">
              {phase.label}
              <span className="cl-due">
                {' '}
                <span className="cl-due-sep">{text.dueSeparator}</span>{' '}
                <Filled
                  template={text.due}
                  values={{ date: due ? <time dateTime={phase.due}>{formatShortDate(due, words.dates)}</time> : null }}
                />
              </span>
            </Sub>
            <p className="cl-phase-progress">
              {fill(text.phaseProgress, { done: phaseProgress.done, total: phaseProgress.total, day: phase.day })}
            </p>
            <ul className="cl-items">
              {phase.items.map((item) => (
                <Item
                  key={item.id}
                  uid={uid}
                  item={item}
                  done={done.has(item.id)}
                  names={state.names[item.id] ?? NO_NAMES}
                  text={text}
                />
              ))}
            </ul>
          </section>
        );
      })}
      {after}
      <MessagesSection phases={phases} state={state} words={words} level={(level + 1) as 3 | 4} />
    </section>
  );
}
