import { useDomId } from '@/shared/use-dom-id';
import { useRef, useState } from 'react';
import { snoozeIds, snoozeUntil, type SnoozeId } from '../due';
import type { Person } from '../person';
import type { PeopleStore } from '../store';
import { keepWords } from '../words';
import { showDate } from './show-date';

const w = keepWords.snooze;

/** Snooze a person for a while: a button that shows the three lengths; `onDone` once stored. */
export function Snooze({
  person,
  store,
  today,
  onDone,
}: {
  person: Person;
  store: PeopleStore;
  today: string;
  onDone?: () => void;
}) {
  const [open, setOpen] = useState(false);
  const uid = useDomId('people-snooze');
  const button = useRef<HTMLButtonElement>(null);
  const snooze = async (span: SnoozeId) => {
    const until = snoozeUntil(today, span);
    if (!(await store.save(person.id, { snoozedUntil: until }))) return;
    store.$message.set(w.snoozed(person.name, showDate(until, 'long')));
    setOpen(false);
    if (onDone) onDone();
    else button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="button secondary"
        aria-label={w.legend(person.name)}
        aria-expanded={open}
        aria-controls={open ? uid : undefined}
        onClick={() => setOpen(!open)}
      >
        {w.button}
      </button>
      {open ? (
        <fieldset id={uid} className="people-snooze">
          <legend>{w.legend(person.name)}</legend>
          {snoozeIds.map((span) => (
            <button key={span} type="button" className="button secondary" onClick={() => void snooze(span)}>
              {w.for[span]}
            </button>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
