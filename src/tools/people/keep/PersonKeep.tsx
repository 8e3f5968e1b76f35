import { useStore } from '@nanostores/react';
import { focusAfter } from '@/shared/focus';
import { useDomId } from '@/shared/use-dom-id';
import { cadenceIds, type CadenceId } from '@/purposes/networks';
import { useRef, useState } from 'react';
import { cadenceOf, lastContact, nextDue } from '../cadence';
import type { PeopleContent } from '../content';
import type { LoggedContact, Person, PersonCadence } from '../person';
import type { PeopleStore } from '../store';
import { keepWords } from '../words';
import { ContactForm, LogContactForm } from './ContactForm';
import { showDate } from './show-date';
import { Snooze } from './Snooze';

const w = keepWords.person;

/**
 * Keeping in touch with one person, in their editor: their own contact cadence (or their
 * networks'), the next due date and the last contact, a snooze, logging a contact, and the
 * logged contacts newest first, each edited in place or deleted. Every change is stored at once.
 */
export function PersonKeep({
  person,
  content,
  store,
  today,
}: {
  person: Person;
  content: PeopleContent;
  store: PeopleStore;
  today: string;
}) {
  const cadences = useStore(store.$cadences);
  const uid = useDomId('people-keep-person');
  const [logging, setLogging] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const logButton = useRef<HTMLButtonElement>(null);
  const historyHeading = useRef<HTMLHeadingElement>(null);
  const due = nextDue(person, cadences);
  const last = lastContact(person);
  const fromNetworks = cadenceOf({ ...person, cadence: null }, cadences);
  const history = [...person.contacts].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const giveLabel = (id: string | null) => content.gives.find((g) => g.id === id)?.label;

  const setCadence = (value: string) => {
    const cadence: PersonCadence = value === '' ? null : (value as CadenceId | 'off');
    void store.save(person.id, { cadence, cadenceSince: today });
  };
  const describe = (c: LoggedContact) =>
    [
      showDate(c.date, 'long'),
      keepWords.how[c.how] ?? '',
      c.notes,
      giveLabel(c.give) ? w.gave(giveLabel(c.give)!) : '',
      c.plan ? w.planned : '',
    ]
      .filter(Boolean)
      .join(' · ');

  return (
    <section className="people-editor people-keep-person" aria-labelledby={`${uid}-title`}>
      <h3 id={`${uid}-title`}>{w.title(person.name)}</h3>
      <p>
        <label htmlFor={`${uid}-cadence`}>{w.cadence}</label>
        <select
          id={`${uid}-cadence`}
          value={person.cadence ?? ''}
          aria-describedby={`${uid}-follows`}
          onChange={(e) => setCadence(e.currentTarget.value)}
        >
          <option value="">{w.follow}</option>
          <option value="off">{w.off}</option>
          {cadenceIds.map((id) => (
            <option key={id} value={id}>
              {keepWords.cadence[id]}
            </option>
          ))}
        </select>{' '}
        <span id={`${uid}-follows`} className="muted">
          {fromNetworks ? w.follows(keepWords.cadence[fromNetworks.every]) : w.followsNone}
        </span>
      </p>
      <p>
        {due ? w.next(showDate(due, 'long')) : w.noNext} {last ? w.last(showDate(last, 'long')) : w.noLast}
        {person.snoozedUntil ? ` ${keepWords.snooze.until(showDate(person.snoozedUntil, 'long'))}` : ''}
      </p>
      <div className="people-keep-actions">
        <button
          ref={logButton}
          type="button"
          className="button"
          aria-expanded={logging}
          onClick={() => setLogging(!logging)}
        >
          {keepWords.log.button}
        </button>{' '}
        <Snooze person={person} store={store} today={today} />{' '}
        {person.snoozedUntil ? (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              focusAfter(() => logButton.current);
              void store
                .save(person.id, { snoozedUntil: null })
                .then((ok) => ok && store.$message.set(keepWords.snooze.ended(person.name)));
            }}
          >
            {keepWords.snooze.end}
          </button>
        ) : null}
      </div>
      {logging ? (
        <LogContactForm
          person={person}
          gives={content.gives}
          today={today}
          store={store}
          onClose={() => {
            setLogging(false);
            focusAfter(() => logButton.current);
          }}
        />
      ) : null}
      <h4 id={`${uid}-history`} tabIndex={-1} ref={historyHeading}>
        {w.history}
      </h4>
      {history.length === 0 ? (
        <p>{w.noHistory}</p>
      ) : (
        <ul className="people-history" aria-labelledby={`${uid}-history`}>
          {history.map((c) =>
            editing === c.id ? (
              <li key={c.id}>
                <ContactForm
                  person={person}
                  gives={content.gives}
                  today={today}
                  initial={c}
                  onSave={async ({ date, how, notes, give }) => {
                    const ok = await store.editContact(person.id, c.id, { date, how, notes, give });
                    if (ok) {
                      setEditing(null);
                      focusAfter(() => document.getElementById(`${uid}-${c.id}`));
                    }
                    return ok;
                  }}
                  onCancel={() => {
                    setEditing(null);
                    focusAfter(() => document.getElementById(`${uid}-${c.id}`));
                  }}
                />
              </li>
            ) : (
              <li key={c.id}>
                <span>{describe(c)}</span>{' '}
                <button
                  id={`${uid}-${c.id}`}
                  type="button"
                  className="button secondary"
                  aria-label={w.editOne(showDate(c.date, 'long'))}
                  onClick={() => setEditing(c.id)}
                >
                  {w.edit}
                </button>{' '}
                {deleting === c.id ? (
                  <span role="group" aria-label={w.confirmDelete(showDate(c.date, 'long'))}>
                    <button
                      type="button"
                      id={`${uid}-${c.id}-yes`}
                      className="button"
                      onClick={() => {
                        setDeleting(null);
                        focusAfter(() => historyHeading.current);
                        void store
                          .deleteContact(person.id, c.id)
                          .then((ok) => ok && store.$message.set(w.deleted(showDate(c.date, 'long'))));
                      }}
                    >
                      {w.yesDelete}
                    </button>{' '}
                    <button
                      type="button"
                      className="button secondary"
                      onClick={() => {
                        setDeleting(null);
                        focusAfter(() => document.getElementById(`${uid}-${c.id}-delete`));
                      }}
                    >
                      {w.keep}
                    </button>
                  </span>
                ) : (
                  <button
                    id={`${uid}-${c.id}-delete`}
                    type="button"
                    className="button secondary"
                    aria-label={w.deleteOne(showDate(c.date, 'long'))}
                    onClick={() => {
                      setDeleting(c.id);
                      focusAfter(() => document.getElementById(`${uid}-${c.id}-yes`));
                    }}
                  >
                    {w.delete}
                  </button>
                )}
              </li>
            ),
          )}
        </ul>
      )}
    </section>
  );
}
