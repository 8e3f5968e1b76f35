import { useStore } from '@nanostores/react';
import { useEffect, useMemo, useState, type Ref } from 'react';
import { useDomId } from '@/shared/use-dom-id';
import { formatLongDate, formatShortDate, parseIsoDate } from '@/shared/dates';
import type { Person } from '@/tools/people/person';
import { createStoredPeople } from '@/tools/people/reader';
import { Messages } from './Messages';
import { loggedOn, matchPeople, pickedIds, plannedUpdates, type DatedItem } from './people';
import { planKey } from './plan-key';
import { firstSteps, type PlanItem as Item } from './plan';
import { PlanItem, type ItemPeople } from './PlanItem';
import { tidy } from './profile';
import { tickLoggedItems, updatePlannedContacts } from './store';
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
const NO_PEOPLE = new Map<string, Person>();
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

  // the reader's people (Your people), read when the plan shows and again when the page comes back into view
  const [reader] = useState(createStoredPeople);
  const stored = useStore(reader.$stored);
  const seniority = content.texts.levels.find((l) => l.id === profile.level)?.seniority ?? '';
  const matched = useMemo(
    () => (stored?.people.length ? matchPeople(stored.people, stored.self, content.seniority, seniority) : null),
    [stored, content.seniority, seniority],
  );
  const byId = useMemo(() => (stored ? new Map(stored.people.map((p) => [p.id, p])) : NO_PEOPLE), [stored]);
  const { picks = {}, planId, names } = state;
  const items: DatedItem[] = useMemo(
    () => view.phases.flatMap(({ phase }) => phase.items.map((i) => ({ id: i.id, text: i.text, due: phase.due }))),
    [view.phases],
  );
  // contacts logged in Your people tick their items; planned contacts follow a changed plan
  useEffect(() => {
    if (!stored || planId === undefined) return;
    tickLoggedItems(items.filter((i) => loggedOn(picks[i.id], byId, planKey(planId, i.id)) !== null).map((i) => i.id));
    const updates = plannedUpdates(items, picks, byId, planId);
    // read again only when something was written: a refused write (a newer site's database, a full
    // disk) would otherwise read, find the same, and try again without end
    if (updates.length > 0)
      void updatePlannedContacts(updates).then((written) => {
        if (written.some(Boolean)) void reader.refresh();
      });
  }, [stored, byId, items, picks, planId, reader]);
  // a picked person is greeted as the reader set in Your people ("greet as"); otherwise by the
  // messages' own rule on the name (src/shared/message.ts)
  const greetings = useMemo(() => {
    const out: Record<string, string> = {};
    for (const [itemId, lines] of Object.entries(picks))
      lines.forEach((personId, line) => {
        const person = personId === null ? undefined : byId.get(personId);
        const name = tidy(names[itemId]?.[line] ?? '');
        if (person && name && person.greetAs.trim()) out[name] = tidy(person.greetAs);
      });
    return out;
  }, [picks, names, byId]);
  /** what the reader's people say of an item; undefined when they say nothing (drawn as without people) */
  const peopleOf = (item: Item): ItemPeople | undefined => {
    const offered = matched && item.people ? matched[item.people] : [];
    const picked = pickedIds(picks[item.id]).flatMap((id) => byId.get(id) ?? []);
    if (offered.length === 0 && picked.length === 0) return undefined;
    const key = planId === undefined ? '' : planKey(planId, item.id);
    return {
      offered: offered.length > 0 ? offered : null,
      logged: planId === undefined ? null : loggedOn(picks[item.id], byId, key),
      planned: picked
        .filter((p) => p.plannedContact?.key === key)
        .map((p) => p.name)
        .join(', '),
    };
  };
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
                  due={phase.due}
                  picks={picks[item.id]}
                  people={peopleOf(item)}
                  onPicked={reader.refresh}
                />
              ))}
            </ul>
          </section>
        );
      })}
      <ReviewRhythm content={content} state={state} level={(level + 1) as 3 | 4} stored={stored} />
      {view.plan && (
        <Messages content={content} state={state} plan={view.plan} level={(level + 1) as 3 | 4} greetings={greetings} />
      )}
    </section>
  );
}
