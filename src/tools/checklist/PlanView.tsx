import type { Ref } from 'react';
import { useDomId } from '@/shared/use-dom-id';
import { formatLongDate, formatShortDate, parseIsoDate } from '@/shared/dates';
import { Messages } from './Messages';
import { firstSteps } from './plan';
import { PlanItem } from './PlanItem';
import { ReviewRhythm } from './ReviewRhythm';
import type { ChecklistContent } from './schema';
import type { ChecklistState } from './state';
import type { ChecklistView } from './view';
import { words } from './words';

interface Props {
  readonly content: ChecklistContent;
  readonly state: ChecklistState;
  readonly view: ChecklistView;
  /** level of the plan's heading (h2 on the tool page, h3 in an article) */
  readonly level: 2 | 3;
  readonly onCalendar: () => void;
  /** the plan's title, focused when the plan is built */
  readonly titleRef: Ref<HTMLHeadingElement>;
}

const NO_NAMES: readonly string[] = [];
const { plan: text } = words;

export function PlanView({ content, state, view, level, onCalendar, titleRef }: Props) {
  const uid = useDomId('cl-plan');
  const H = `h${level}` as 'h2' | 'h3';
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  const { profile } = state;
  const start = parseIsoDate(profile.startDate);
  const role = (
    <bdi key="role" className="cl-role">
      {profile.role.trim()}
    </bdi>
  );
  const name = profile.name.trim();
  const steps = firstSteps(content.texts, profile);
  const done = new Set(state.done);
  return (
    <section className="cl-plan" aria-labelledby={`${uid}-title`}>
      <header className="cl-plan-header">
        {/* the reader-typed name is isolated (<bdi>), so a right-to-left name keeps its place */}
        <H id={`${uid}-title`} ref={titleRef} tabIndex={-1}>
          {name ? text.title(<bdi key="name">{name}</bdi>) : text.titleNoName[profile.audience]}
        </H>
        <p className="cl-for">
          {start
            ? text.starts(
                role,
                <time key="date" dateTime={profile.startDate}>
                  {formatLongDate(start)}
                </time>,
              )
            : role}
        </p>
        <p className="cl-working-days">{words.workingDays}</p>
        <p className="cl-progress" role="status">
          <strong>{text.progress(view.progress.done, view.progress.total)}</strong>
        </p>
        <progress
          className="no-print"
          max={view.progress.total}
          value={view.progress.done}
          aria-label={text.progressLabel}
        />
        {view.purposeNote && <p className="notice cl-purpose-note">{view.purposeNote}</p>}
        <div className="cl-actions no-print">
          <button type="button" className="button" onClick={() => window.print()}>
            {text.print}
          </button>
          <button type="button" className="button secondary" onClick={onCalendar}>
            {text.calendar}
          </button>
        </div>
      </header>
      {/* on screen only: the printed plan keeps to two pages with every item */}
      {steps && (
        <section className="cl-first-steps no-print" aria-labelledby={`${uid}-first-steps`}>
          <Sub id={`${uid}-first-steps`} className="cl-first-steps-title">
            {text.firstSteps}
          </Sub>
          <p>{steps.lead}</p>
          <ol>
            {steps.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
      )}
      {view.phases.map(({ phase, progress }) => {
        const due = parseIsoDate(phase.due);
        return (
          <section key={phase.id} className="cl-phase" aria-labelledby={`${uid}-phase-${phase.id}`}>
            <Sub id={`${uid}-phase-${phase.id}`} className="cl-phase-title">
              {phase.label}
              <span className="cl-due">
                {' '}
                <span className="cl-due-sep">{text.dueSeparator}</span>{' '}
                {text.due(
                  due && (
                    <time key="date" dateTime={phase.due}>
                      {formatShortDate(due)}
                    </time>
                  ),
                )}
              </span>
            </Sub>
            <p className="cl-phase-progress">{text.phaseProgress(progress.done, progress.total, phase.day)}</p>
            <ul className="cl-items">
              {phase.items.map((item) => (
                <PlanItem
                  key={item.id}
                  uid={uid}
                  item={item}
                  done={done.has(item.id)}
                  names={state.names[item.id] ?? NO_NAMES}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <ReviewRhythm content={content} state={state} level={(level + 1) as 3 | 4} />
      {view.plan && <Messages content={content} state={state} plan={view.plan} level={(level + 1) as 3 | 4} />}
    </section>
  );
}
