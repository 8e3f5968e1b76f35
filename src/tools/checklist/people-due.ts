/**
 * Who of Your people is due a contact, per network of the review rhythm: loaded by ReviewRhythm
 * after it is on screen (a dynamic import), so the checklist's page loads none of the people
 * reader's code before it. Read with the people reader (raw IndexedDB, no Dexie) and cadence.ts.
 */
import type { NetworkId as SiteNetworkId } from '@/purposes/networks';
import { addDays, formatIsoDate, localDate, type PlainDate } from '@/shared/dates';
import { nextDue } from '@/tools/people/cadence';
import { createStoredPeople, type StoredPeople } from '@/tools/people/reader';

/** how many people of a network are due a contact: overdue, and due in the next seven days */
export interface DueCount {
  readonly overdue: number;
  readonly week: number;
}

/**
 * The people Your people keeps in `network` (a former colleague counts in the past network) whose
 * next contact (cadence.ts nextDue) is before `today` (overdue) or from today to six days on.
 */
export function dueCount(stored: StoredPeople, network: SiteNetworkId, today: PlainDate): DueCount {
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

/**
 * Follow the stored people (read again when the page comes back into view): `onChange` gets the
 * count of each key of `networks` on the reader's day by `now`, or null while nobody is stored.
 * Returns the function that stops following.
 */
export function followDue<K extends string>(
  networks: Readonly<Record<K, SiteNetworkId>>,
  now: () => number,
  onChange: (counts: Readonly<Record<K, DueCount>> | null) => void,
): () => void {
  const { $stored } = createStoredPeople();
  return $stored.subscribe((stored) => {
    if (!stored || stored.people.length === 0) return onChange(null);
    const today = localDate(now());
    const entries = Object.entries(networks) as [K, SiteNetworkId][];
    onChange(
      Object.fromEntries(entries.map(([key, site]) => [key, dueCount(stored, site, today)])) as Record<K, DueCount>,
    );
  });
}
