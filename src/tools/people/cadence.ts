/**
 * Keeping in touch: which contact cadence applies to a person and when they are next due. Pure
 * TypeScript on calendar days (src/shared/dates.ts): no clock is read here, "today" is passed in.
 *
 * A cadence applies when the reader turned it on for the person (`person.cadence`), or for one of
 * their networks (`NetworkCadences`, the most frequent wins); 'off' on the person overrides every
 * network. The next due date runs from the last logged contact, or, when none is logged, from the
 * day the cadence began for that person: the day it was turned on, or the later day they joined
 * its network (someone added to a network months later is not overdue at once); it falls on a
 * working day and never before `snoozedUntil`.
 */
import { cadenceSpan, cadenceIds, type CadenceId, type NetworkId } from '@/purposes/networks';
import { addDays, addMonths, formatIsoDate, localDate, parseIsoDate, workingDay, type PlainDate } from '@/shared/dates';
import type { Person } from './person';

/** a cadence the reader turned on for a whole network, and the day they did */
export interface NetworkCadence {
  readonly every: CadenceId;
  /** YYYY-MM-DD */
  readonly since: string;
}
export type NetworkCadences = Readonly<Partial<Record<NetworkId, NetworkCadence>>>;

/** the fields that say when a person's own cadence or networks last changed (absent: not known) */
type Changed = Partial<Pick<Person, 'changed' | 'createdAt'>>;

/** the reader's calendar day of a person's last change of `field` (or their creation), or null when not known */
function changedOn(person: Changed, field: 'cadence' | 'networks'): string | null {
  const at = person.changed?.[field] ?? person.createdAt;
  return at === undefined || !Number.isFinite(at) ? null : formatIsoDate(localDate(at));
}

/** the cadence that applies to a person and the day it began for them, or null when none does */
export function cadenceOf(
  person: Pick<Person, 'cadence' | 'cadenceSince' | 'networks'> & Changed,
  networks: NetworkCadences,
): NetworkCadence | null {
  if (person.cadence === 'off') return null;
  if (person.cadence !== null) {
    const since = person.cadenceSince ?? changedOn(person, 'cadence');
    return since ? { every: person.cadence, since } : null;
  }
  const on = person.networks.flatMap((id) => networks[id] ?? []);
  // the most frequent: the first in cadenceIds order
  const cadence = on.sort((a, b) => cadenceIds.indexOf(a.every) - cadenceIds.indexOf(b.every))[0];
  if (!cadence) return null;
  const joined = changedOn(person, 'networks');
  return joined && joined > cadence.since ? { ...cadence, since: joined } : cadence;
}

/** the date of the person's last logged contact (YYYY-MM-DD), or null */
export function lastContact(person: Pick<Person, 'contacts'>): string | null {
  return person.contacts.reduce<string | null>((last, c) => (last === null || c.date > last ? c.date : last), null);
}

/** `date` plus one cadence */
export function addCadence(date: PlainDate, every: CadenceId): PlainDate {
  const span = cadenceSpan[every];
  return 'days' in span ? addDays(date, span.days) : addMonths(date, span.months);
}

/** the person's next due date (YYYY-MM-DD), or null when no cadence applies */
export function nextDue(
  person: Pick<Person, 'cadence' | 'cadenceSince' | 'networks' | 'contacts' | 'snoozedUntil'> & Changed,
  networks: NetworkCadences,
): string | null {
  const cadence = cadenceOf(person, networks);
  const from = parseIsoDate(cadence ? (lastContact(person) ?? cadence.since) : null);
  if (!cadence || !from) return null;
  const due = formatIsoDate(workingDay(addCadence(from, cadence.every)));
  const snoozed = person.snoozedUntil && parseIsoDate(person.snoozedUntil) ? person.snoozedUntil : null;
  return snoozed && snoozed > due ? snoozed : due;
}
