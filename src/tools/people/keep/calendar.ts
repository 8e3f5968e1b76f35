/**
 * The calendar file of the contacts due (keeping in touch): one all-day event per person due a
 * contact, on their due date (today when overdue), with the suggested give and a message to start
 * from. Pure TypeScript; the clock (`now`, DTSTAMP) and the reader's day (`today`) are passed in.
 *
 * One event per person rather than a weekly digest: each event is updated or cancelled on its own
 * when a newer file is opened. Its UID is the person's random id at the site's host (never their
 * name), so it never changes; what the last file said is kept (CalendarSent, the people database's
 * 'calendar' setting) and the SEQUENCE rises whenever an event's date or status changes (RFC 5546:
 * a calendar keeps the event with the higher SEQUENCE). A person who was due in the last file and is
 * no longer (their cadence turned off, deleted) gets a STATUS:CANCELLED event. The file holds names,
 * the give and the message: never an email address, a phone number or the reader's notes.
 */
import { formatLongDate, parseIsoDate } from '@/shared/dates';
import { allDayEvent, writeCalendar } from '@/shared/ics';
import { nextDue, type NetworkCadences } from '../cadence';
import type { CalendarSent } from '../db';
import type { Person } from '../person';
import { words } from '../words';
import { draftMessage, suggestGive, type KeepContent } from './give';

const w = words.calendarFile;

export interface DueCalendarInput {
  readonly people: readonly Person[];
  readonly cadences: NetworkCadences;
  /** what the last file said (empty before the first) */
  readonly previous: CalendarSent;
  readonly keep: KeepContent;
  /** the reader's day, YYYY-MM-DD: an overdue contact's event falls on it */
  readonly today: string;
  /** when the file is made (DTSTAMP) */
  readonly now: Date;
  /** the site's host, for the UIDs ("upproach.example") */
  readonly host: string;
}

/** the event's UID: the person's random id, never their name */
export function dueUid(personId: string, host: string): string {
  return `keep-in-touch-${personId}@${host || 'upproach'}`;
}

/** the file, what it said (to keep for the next one), and how many events are due and cancelled */
export function buildDueCalendar(input: DueCalendarInput) {
  const { people, cadences, previous, keep, today, now, host } = input;
  const sent: Record<string, CalendarSent[string]> = { ...previous };
  const next = (id: string, date: string | null) => {
    const last = Object.hasOwn(previous, id) ? previous[id] : undefined;
    const sequence = last === undefined ? 0 : last.due === date ? last.sequence : last.sequence + 1;
    sent[id] = { sequence, due: date };
    return sequence;
  };
  const due = people
    .flatMap((person) => {
      const on = nextDue(person, cadences);
      const date = on === null ? null : on < today ? today : on;
      return date === null || !parseIsoDate(date) ? [] : [{ person, on: on!, date }];
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.person.name.localeCompare(b.person.name));
  const events = due.map(({ person, on, date }) => {
    const give = suggestGive(person, keep.model);
    const description = [
      w.dueOn(formatLongDate(parseIsoDate(on)!), on < today),
      ...(give ? [w.give(give.label, give.line)] : []),
      `${w.draft}\n\n${draftMessage(keep, person, give)}`,
    ].join('\n\n');
    return allDayEvent({
      ...{ uid: dueUid(person.id, host), now, sequence: next(person.id, date), start: parseIsoDate(date)! },
      ...{ summary: w.summary(person.name.trim()), description },
    });
  });
  const dueIds = new Set(due.map((d) => d.person.id));
  const byId = new Map(people.map((p) => [p.id, p]));
  const cancelled = Object.entries(previous)
    .filter(([id, last]) => last.due !== null && !dueIds.has(id) && parseIsoDate(last.due))
    .map(([id, last]) =>
      allDayEvent({
        ...{ uid: dueUid(id, host), now, sequence: next(id, null), start: parseIsoDate(last.due)!, cancelled: true },
        ...{ summary: w.summary(byId.get(id)?.name.trim() ?? ''), description: w.cancelled },
      }),
    );
  return {
    text: writeCalendar('Your people//Keeping in touch', [...events, ...cancelled]),
    sent: sent as CalendarSent,
    due: events.length,
    cancelled: cancelled.length,
  };
}
