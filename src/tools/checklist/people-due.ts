/**
 * Who of Your people is due a contact, per network of the review rhythm: the people the plan
 * reads with the people reader (raw IndexedDB, no Dexie), counted with cadence.ts.
 */
import type { NetworkId as SiteNetworkId } from '@/purposes/networks';
import { addDays, formatIsoDate, type PlainDate } from '@/shared/dates';
import { nextDue } from '@/tools/people/cadence';
import type { StoredPeople } from '@/tools/people/reader';

/** how many people of a network are due a contact: overdue, and due in the next seven days */
export interface DueCount {
  readonly overdue: number;
  readonly week: number;
}

/**
 * The people Your people keeps in `network` (a former colleague counts in the past network) whose
 * next contact (cadence.ts nextDue) is before `today` (overdue) or from today to six days on.
 */
export function dueCount(
  stored: Pick<StoredPeople, 'people' | 'cadences'>,
  network: SiteNetworkId,
  today: PlainDate,
): DueCount {
  const from = formatIsoDate(today);
  const to = formatIsoDate(addDays(today, 6));
  let overdue = 0;
  let week = 0;
  for (const person of stored.people) {
    if (!person.networks.includes(network) && !(network === 'past' && person.former)) continue;
    const due = nextDue(person, stored.cadences);
    if (due === null) continue;
    if (due < from) overdue += 1;
    else if (due <= to) week += 1;
  }
  return { overdue, week };
}
