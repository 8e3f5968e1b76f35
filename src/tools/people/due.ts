/**
 * Keeping in touch: who is due, grouped for the reader's lists. Pure TypeScript on calendar days
 * (src/shared/dates.ts): today is passed in, never read here.
 *
 * - overdue: due before today;
 * - this week: due from today through `weekEnd(today)`, today and the six days after it;
 * - later: due after that;
 * - never contacted: everyone with a due date and no logged contact (they are also in one of the
 *   three above).
 * Each list is sorted by due date, then name, then id.
 */
import { LANGUAGE_TAG } from '@/config';
import { addDays, addMonths, formatIsoDate, localDate, parseIsoDate, workingDay, type PlainDate } from '@/shared/dates';
import { lastContact, nextDue, type NetworkCadences } from './cadence';
import type { Person } from './person';
import type { Give } from '@/shared/message';

/** a person with a due date */
export interface DuePerson {
  readonly person: Person;
  /** YYYY-MM-DD */
  readonly due: string;
  /** YYYY-MM-DD of the last logged contact, or null */
  readonly last: string | null;
}

export interface KeepGroups {
  readonly overdue: readonly DuePerson[];
  readonly thisWeek: readonly DuePerson[];
  readonly later: readonly DuePerson[];
  readonly never: readonly DuePerson[];
  /** YYYY-MM-DD, the last day of "this week" */
  readonly weekEnd: string;
  /** how many people have a due date */
  readonly withCadence: number;
}

/** the last day of "this week": today and the six days after it */
export function weekEnd(today: PlainDate): PlainDate {
  return addDays(today, 6);
}

/** the reader's calendar day as YYYY-MM-DD (in `timeZone`, or the browser's own) */
export function todayIso(now: number, timeZone?: string): string {
  return formatIsoDate(localDate(now, timeZone));
}

const collator = new Intl.Collator(LANGUAGE_TAG, { sensitivity: 'base' });
const byDue = (a: DuePerson, b: DuePerson) =>
  (a.due < b.due ? -1 : a.due > b.due ? 1 : 0) ||
  collator.compare(a.person.name, b.person.name) ||
  (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : 0);

/** Group the people with a due date; `today` is YYYY-MM-DD. */
export function groupDue(people: readonly Person[], cadences: NetworkCadences, today: string): KeepGroups {
  const day = parseIsoDate(today);
  if (!day) throw new RangeError(`not a day: ${today}`);
  const end = formatIsoDate(weekEnd(day));
  const overdue: DuePerson[] = [];
  const thisWeek: DuePerson[] = [];
  const later: DuePerson[] = [];
  const never: DuePerson[] = [];
  for (const person of people) {
    const due = nextDue(person, cadences);
    if (due === null) continue;
    const entry: DuePerson = { person, due, last: lastContact(person) };
    (due < today ? overdue : due <= end ? thisWeek : later).push(entry);
    if (entry.last === null) never.push(entry);
  }
  for (const list of [overdue, thisWeek, later, never]) list.sort(byDue);
  return {
    overdue,
    thisWeek,
    later,
    never,
    weekEnd: end,
    withCadence: overdue.length + thisWeek.length + later.length,
  };
}

/** how long a snooze lasts */
export const snoozeIds = ['week', 'two-weeks', 'month'] as const;
export type SnoozeId = (typeof snoozeIds)[number];

/**
 * The day a snooze started today ends (YYYY-MM-DD): the person is not due before it. Like every
 * due date, it falls on a working day (a Saturday or Sunday moves to the Monday).
 */
export function snoozeUntil(today: string, span: SnoozeId): string {
  const day = parseIsoDate(today);
  if (!day) throw new RangeError(`not a day: ${today}`);
  return formatIsoDate(workingDay(span === 'month' ? addMonths(day, 1) : addDays(day, span === 'week' ? 7 : 14)));
}

/** the gives that suit a person: by where they stand, and the past network's for a former colleague */
export function givesFor<G extends Pick<Give, 'for'>>(
  person: Pick<Person, 'relation' | 'former' | 'networks'>,
  gives: readonly G[],
): G[] {
  const past = person.former || person.networks.includes('past');
  return gives.filter(
    (g) => (person.relation !== null && g.for.includes(person.relation)) || (past && g.for.includes('past')),
  );
}
