import { useDomId } from '@/shared/use-dom-id';
import { parseIsoDate } from '@/shared/dates';
import { useEffect, useRef, useState } from 'react';
import type { OfferedGive } from '../content';
import { givesFor } from '../due';
import { contactHowIds, MAX_CONTACT_NOTES, type ContactHow, type LoggedContact, type Person } from '../person';
import type { PeopleStore } from '../store';
import { keepWords } from '../words';

const w = keepWords.log;
export type ContactFields = Omit<LoggedContact, 'id'>;

/**
 * Log a contact with a person, or edit a logged one (`initial`): the date (today by default),
 * how, one line of notes, the give (the gives that suit the person) and, for a new contact while
 * the person has a planned one, whether this was it. The date input takes the focus.
 */
export function ContactForm({
  person,
  gives,
  today,
  initial,
  onSave,
  onCancel,
}: {
  person: Person;
  gives: readonly OfferedGive[];
  /** YYYY-MM-DD */
  today: string;
  initial?: LoggedContact;
  onSave: (contact: ContactFields) => Promise<boolean> | boolean;
  onCancel: () => void;
}) {
  const uid = useDomId('people-contact');
  const [date, setDate] = useState(initial?.date ?? today);
  const [how, setHow] = useState<ContactHow>(initial?.how ?? 'met');
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const suited = givesFor(person, gives);
  // a give logged before stays offered, even if it no longer suits the person
  const offered =
    initial?.give && !suited.some((g) => g.id === initial.give)
      ? gives.filter((g) => g.id === initial.give).concat(suited)
      : suited;
  const [give, setGive] = useState(initial?.give ?? '');
  const planned = initial ? null : person.plannedContact;
  const [wasPlanned, setWasPlanned] = useState(true);
  const [problem, setProblem] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  useEffect(() => dateRef.current?.focus(), []);

  const submit = async () => {
    // a real day, and one that has happened
    if (!parseIsoDate(date) || date > today) {
      setProblem(true);
      return void dateRef.current?.focus();
    }
    setProblem(false);
    const plan = planned && wasPlanned ? planned.key : initial ? initial.plan : null;
    await onSave({ date, how, notes: notes.trim().slice(0, MAX_CONTACT_NOTES), give: give || null, plan });
  };
  return (
    <form
      className="people-contact-form"
      noValidate
      aria-label={initial ? w.editTitle : w.title(person.name)}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p>
        <label htmlFor={`${uid}-date`}>{w.date}</label>
        <input
          ref={dateRef}
          id={`${uid}-date`}
          type="date"
          value={date}
          max={today}
          required
          aria-invalid={problem || undefined}
          aria-describedby={problem ? `${uid}-problem` : undefined}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
        {problem ? (
          <span id={`${uid}-problem`} className="people-contact-problem" role="alert">
            {w.badDate}
          </span>
        ) : null}
      </p>
      <fieldset className="people-contact-how">
        <legend>{w.how}</legend>
        {contactHowIds.map((id) => (
          <label key={id} className="people-check">
            <input type="radio" name={`${uid}-how`} value={id} checked={how === id} onChange={() => setHow(id)} />{' '}
            {keepWords.how[id]}
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor={`${uid}-notes`}>{w.notes}</label>
        <input
          id={`${uid}-notes`}
          type="text"
          maxLength={MAX_CONTACT_NOTES}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
      </p>
      <p>
        <label htmlFor={`${uid}-give`}>{w.give}</label>
        <select id={`${uid}-give`} value={give} onChange={(e) => setGive(e.currentTarget.value)}>
          <option value="">{w.noGive}</option>
          {offered.map((g) => (
            <option key={g.id} value={g.id}>
              {g.label}
            </option>
          ))}
        </select>
      </p>
      {planned ? (
        <p>
          <label className="people-check">
            <input type="checkbox" checked={wasPlanned} onChange={(e) => setWasPlanned(e.currentTarget.checked)} />{' '}
            {w.planned(planned.reason)}
          </label>
        </p>
      ) : null}
      <p>
        <button type="submit" className="button">
          {w.save}
        </button>{' '}
        <button type="button" className="button secondary" onClick={onCancel}>
          {w.cancel}
        </button>
      </p>
    </form>
  );
}

/**
 * "Log a contact" with a person: the form, saved through the store with a message; `onClose`
 * after it is saved (true) or cancelled (false), for the caller to close it and place the focus.
 */
export function LogContactForm({
  store,
  onClose,
  ...props
}: Pick<Parameters<typeof ContactForm>[0], 'person' | 'gives' | 'today'> & {
  store: PeopleStore;
  onClose: (saved: boolean) => void;
}) {
  return (
    <ContactForm
      {...props}
      onSave={async (contact) => {
        const ok = await store.logContact(props.person.id, contact);
        if (ok) {
          store.$message.set(keepWords.log.logged(props.person.name));
          onClose(true);
        }
        return ok;
      }}
      onCancel={() => onClose(false)}
    />
  );
}
