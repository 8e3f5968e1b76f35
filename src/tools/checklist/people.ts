/**
 * The reader's people ("Your people") in the plan: which of them an item's "Who:" lines offer
 * (items.yaml `people`, the matchers of model.ts), the planned contact a pick sets, and when the
 * contacts logged in Your people tick an item. Pure TypeScript: the people are read by
 * src/tools/people/reader.ts and passed in.
 *
 * An item is logged when every person picked for it who is still stored has a logged contact
 * carrying the item's key (`checklist:<plan id>:<item id>`): the reader meets each person the
 * item names. Its date is the latest of those contacts.
 */
import { LANGUAGE_TAG } from '@/config';
import type { Person, PlannedContact, Self } from '@/tools/people/person';
import { createSorter, sameOrganization } from '@/tools/people/rules';
import type { PeopleRules } from '@/tools/people/schema';
import type { ItemTemplate } from './schema';
import { peopleMatchers, type Audience, type PeopleMatcher } from './model';
import { planKey } from './plan-key';

/** item id → the Your people id picked on each "Who:" line (null: a name written by hand) */
export type Picks = Readonly<Record<string, readonly (string | null)[]>>;

/** the matcher an item's lines use for this reader, or null when they offer nobody */
export function matcherFor(template: Pick<ItemTemplate, 'people'>, audience: Audience): PeopleMatcher | null {
  const { people } = template;
  if (people === undefined) return null;
  return typeof people === 'string' ? people : (people[audience] ?? null);
}

const INSIDE_RELATIONS: readonly (string | null)[] = ['above', 'peer', 'report'];

/**
 * The people each matcher offers, most senior first (by the seniority words of the sorting rules,
 * most senior first; a title without one last), then by name. `levelSeniority` is the plan's
 * level's seniority id (texts.yaml `levels[].seniority`); `self` the reader's "About you": without
 * an organization, only what the reader said of where people stand tells inside from outside.
 */
export function matchPeople(
  people: readonly Person[],
  self: Self | null,
  seniority: PeopleRules['seniority'],
  levelSeniority: string,
): Record<PeopleMatcher, readonly Person[]> {
  const sorter = createSorter({ seniority, rules: [] });
  const order = seniority.map((s) => s.id);
  const level = order.indexOf(levelSeniority);
  const own = self?.organization.trim() ?? '';
  const collator = new Intl.Collator(LANGUAGE_TAG, { sensitivity: 'base' });
  const ranked = people
    .filter((p) => p.name.trim() !== '')
    .map((person) => {
      const word = sorter.seniority(person.title);
      return { person, rank: word ? order.indexOf(word.id) : order.length };
    })
    .sort((a, b) => a.rank - b.rank || collator.compare(a.person.name, b.person.name));
  const lists = Object.fromEntries(peopleMatchers.map((m) => [m, [] as Person[]])) as Record<PeopleMatcher, Person[]>;
  for (const { person, rank } of ranked) {
    const { relation, networks } = person;
    const sameOrg = own !== '' && sameOrganization(person.organization, own);
    const inside = INSIDE_RELATIONS.includes(relation) || (relation === null && sameOrg);
    const outside =
      relation === 'outside' || (relation === null && own !== '' && person.organization.trim() !== '' && !sameOrg);
    // by title only where the reader has not said where the person stands, and the level is known
    const byTitle = relation === null && level >= 0;
    const above = relation === 'above' || (byTitle && rank < level);
    const strategic = networks.includes('strategic');
    const matches: Record<PeopleMatcher, boolean> = {
      any: true,
      inside,
      above: inside && above,
      peers: inside && (relation === 'peer' || (byTitle && rank === level)),
      reports: inside && (relation === 'report' || (byTitle && rank > level)),
      leaders: inside && (above || strategic),
      past: person.former || networks.includes('past'),
      outside,
      'outside-leaders': outside && (strategic || (level >= 0 && rank < level)),
    };
    for (const m of peopleMatchers) if (matches[m]) lists[m].push(person);
  }
  return lists;
}

/** the people picked for an item (once each, in line order) */
export function pickedIds(lines: readonly (string | null)[] | undefined): string[] {
  return [...new Set((lines ?? []).filter((id): id is string => id !== null))];
}

/**
 * The day the item was done in Your people: the latest contact logged for it, when every picked
 * person still stored has one (at least one person); otherwise null.
 */
export function loggedOn(
  lines: readonly (string | null)[] | undefined,
  people: ReadonlyMap<string, Person>,
  key: string,
): string | null {
  const stored = pickedIds(lines).flatMap((id) => people.get(id) ?? []);
  if (stored.length === 0) return null;
  let last = '';
  for (const person of stored) {
    const dates = person.contacts.filter((c) => c.plan === key).map((c) => c.date);
    if (dates.length === 0) return null;
    for (const date of dates) if (date > last) last = date;
  }
  return last;
}

/** an item of the plan as a planned contact needs it */
export interface DatedItem {
  readonly id: string;
  readonly text: string;
  /** YYYY-MM-DD, the item's phase's due date */
  readonly due: string;
}

/** the planned contact picking someone for this item sets */
export const plannedFor = (planId: string, item: DatedItem): PlannedContact => ({
  date: item.due,
  reason: item.text,
  key: planKey(planId, item.id),
});

/**
 * The planned contacts to bring up to date after the plan changed (a new start date, a level
 * with other words): those still carrying an item's key whose date or reason is no longer the
 * item's. A planned contact the reader logged or changed in Your people is left alone.
 */
export function plannedUpdates(
  items: readonly DatedItem[],
  picks: Picks,
  people: ReadonlyMap<string, Person>,
  planId: string,
): { readonly personId: string; readonly planned: PlannedContact }[] {
  return items.flatMap((item) => {
    const planned = plannedFor(planId, item);
    return pickedIds(picks[item.id]).flatMap((personId) => {
      const current = people.get(personId)?.plannedContact;
      return current?.key === planned.key && (current.date !== planned.date || current.reason !== planned.reason)
        ? [{ personId, planned }]
        : [];
    });
  });
}
