import { useDomId } from '@/shared/use-dom-id';
import { focusAfter } from '@/shared/focus';
import { networkIds, cadenceIds, type CadenceId, type NetworkId } from '@/purposes/networks';
import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { NetworkCadences } from '../cadence';
import type { PeopleContent } from '../content';
import { groupDue, type DuePerson } from '../due';
import type { Person } from '../person';
import type { PeopleStore } from '../store';
import { keepWords, words } from '../words';
import { LogContactForm } from './ContactForm';
import { showDate } from './show-date';
import { Snooze } from './Snooze';

const w = keepWords.views;
/** rows drawn per list at first and per "Show more": thousands may be due, the page stays light */
export const KEEP_PAGE = 20;

export interface KeepProps {
  content: PeopleContent;
  store: PeopleStore;
  /** YYYY-MM-DD, the reader's today */
  today: string;
  /** open a person's editor (their cadence, snooze and history) */
  onHistory: (id: string) => void;
  /** something more to show in each due row (the give-first suggestion) */
  renderExtra?: (person: Person) => ReactNode;
}

/**
 * "Keeping in touch", the tool's first screen once people are stored: who is overdue, who is due
 * this week (today and the six days after it), who has a cadence and was never contacted, and
 * the contact cadence of each network. A button leads on to all people.
 */
export function KeepSection({
  people,
  cadences,
  onAllPeople,
  children,
  ...props
}: KeepProps & {
  people: readonly Person[];
  cadences: NetworkCadences;
  onAllPeople: () => void;
  /** shown under the summary (the calendar file of the contacts due) */
  children?: ReactNode;
}) {
  const { today } = props;
  const groups = useMemo(() => groupDue(people, cadences, today), [people, cadences, today]);
  const uid = useDomId('people-keep');
  return (
    <section className="people-keep" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`} tabIndex={-1}>
        {keepWords.title}
      </h2>
      <p>
        {groups.withCadence === 0 ? w.noCadence : w.summary(groups.overdue.length, groups.thisWeek.length)}{' '}
        <button type="button" className="button secondary" onClick={onAllPeople}>
          {keepWords.allPeople}
        </button>
      </p>
      {children}
      {groups.withCadence > 0 ? (
        <>
          <KeepList {...props} title={w.overdue} entries={groups.overdue} due />
          <KeepList
            {...props}
            title={w.week}
            hint={w.weekHint(showDate(groups.weekEnd, 'long'))}
            entries={groups.thisWeek}
            due
          />
          <KeepList {...props} title={w.never} hint={w.neverHint} entries={groups.never} />
        </>
      ) : null}
      <NetworkCadencesPanel content={props.content} store={props.store} cadences={cadences} today={today} />
    </section>
  );
}

function KeepList({
  title,
  hint,
  entries,
  due = false,
  ...props
}: KeepProps & { title: string; hint?: string; entries: readonly DuePerson[]; due?: boolean }) {
  const [limit, setLimit] = useState(KEEP_PAGE);
  const uid = useDomId('people-keep-list');
  const list = useRef<HTMLUListElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = entries.slice(0, limit);
  /** after a change to row `index`: its person's row if still here, else the row now in its place, else the heading */
  const target = (id: string, index: number) =>
    list.current?.querySelector<HTMLElement>(`[data-person="${CSS.escape(id)}"] button`) ??
    list.current?.querySelectorAll('li')[index]?.querySelector('button') ??
    heading.current;
  // the list changes when the database says so, which may be after the next frame: focus again then
  const pending = useRef<{ id: string; index: number } | null>(null);
  useEffect(() => {
    const after = pending.current;
    pending.current = null;
    if (after) target(after.id, after.index)?.focus();
  }, [entries]);
  const afterChange = (id: string, index: number) => {
    pending.current = { id, index };
    focusAfter(() => target(id, index));
  };
  return (
    <section className="people-keep-list" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`} tabIndex={-1} ref={heading}>
        {title} <span className="muted">({entries.length.toLocaleString('en-US')})</span>
      </h3>
      {hint ? <p className="muted">{hint}</p> : null}
      {entries.length === 0 ? (
        <p>{w.none}</p>
      ) : (
        <ul ref={list} aria-labelledby={`${uid}-title`}>
          {shown.map((entry, index) => (
            <KeepRow
              key={entry.person.id}
              {...props}
              entry={entry}
              renderExtra={due ? props.renderExtra : undefined}
              onDone={() => afterChange(entry.person.id, index)}
            />
          ))}
        </ul>
      )}
      {entries.length > shown.length ? (
        <p>
          {w.shown(shown.length, entries.length)}{' '}
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              focusAfter(() => list.current?.querySelectorAll('li')[shown.length]?.querySelector('button'));
              setLimit(limit + KEEP_PAGE);
            }}
          >
            {w.more(Math.min(KEEP_PAGE, entries.length - shown.length))}
          </button>
        </p>
      ) : null}
    </section>
  );
}

const KeepRow = memo(function KeepRow({
  entry,
  content,
  store,
  today,
  onHistory,
  renderExtra,
  onDone,
}: KeepProps & { entry: DuePerson; onDone: () => void }) {
  const { person, due, last } = entry;
  const [logging, setLogging] = useState(false);
  const logButton = useRef<HTMLButtonElement>(null);
  const uid = useDomId('people-keep-row');
  return (
    <li data-person={person.id}>
      <p>
        <strong id={`${uid}-name`}>
          <bdi>{person.name || words.list.noName}</bdi>
        </strong>{' '}
        <span className="people-row-facts">
          {w.due(showDate(due))} · {last ? w.last(showDate(last)) : w.noLast}
        </span>
      </p>
      <div className="people-keep-actions">
        <button
          ref={logButton}
          type="button"
          className="button"
          aria-expanded={logging}
          aria-describedby={`${uid}-name`}
          onClick={() => setLogging(!logging)}
        >
          {keepWords.log.button}
        </button>{' '}
        <Snooze person={person} store={store} today={today} onDone={onDone} />{' '}
        <button
          type="button"
          className="button secondary"
          aria-label={w.historyOf(person.name)}
          // where the focus returns when the person's editor closes, wherever their row is then
          data-history={person.id}
          onClick={() => onHistory(person.id)}
        >
          {w.history}
        </button>
      </div>
      {renderExtra ? renderExtra(person) : null}
      {logging ? (
        <LogContactForm
          person={person}
          gives={content.gives}
          today={today}
          store={store}
          onClose={(saved) => {
            setLogging(false);
            if (saved) onDone();
            else focusAfter(() => logButton.current);
          }}
        />
      ) : null}
    </li>
  );
});

/** The contact cadence of each network: off, or on at one of the cadences (the network's suggestion marked). */
function NetworkCadencesPanel({
  content,
  store,
  cadences,
  today,
}: {
  content: PeopleContent;
  store: PeopleStore;
  cadences: NetworkCadences;
  today: string;
}) {
  const t = keepWords.networks;
  const uid = useDomId('people-cadences');
  const label = (id: NetworkId) => content.networks.find((n) => n.id === id)?.label ?? id;
  return (
    <fieldset className="people-cadences" aria-describedby={`${uid}-intro`}>
      <legend>{t.legend}</legend>
      <p id={`${uid}-intro`} className="muted">
        {t.intro}
      </p>
      {networkIds.map((network) => (
        <p key={network}>
          <label htmlFor={`${uid}-${network}`}>{label(network)}</label>
          <select
            id={`${uid}-${network}`}
            value={cadences[network]?.every ?? ''}
            onChange={(e) => {
              const every = (e.currentTarget.value || null) as CadenceId | null;
              void store
                .setNetworkCadence(network, every, today)
                .then(() =>
                  store.$message.set(
                    every ? t.turnedOn(label(network), keepWords.cadence[every]) : t.turnedOff(label(network)),
                  ),
                );
            }}
          >
            <option value="">{t.off}</option>
            {cadenceIds.map((id) => (
              <option key={id} value={id}>
                {content.cadences[network] === id ? t.suggested(keepWords.cadence[id]) : keepWords.cadence[id]}
              </option>
            ))}
          </select>
        </p>
      ))}
    </fieldset>
  );
}
