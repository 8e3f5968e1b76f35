/**
 * The plan of an import, shown before anything is stored: who is new, who is updated, who is
 * left out and why, and the likely duplicates (same name and organization, another profile)
 * the reader merges or keeps apart. A file's person is the stored one with the same profile URL
 * or any same email: never a duplicate. Pure: the same plan is made again inside the commit's
 * transaction, from the people stored at that moment.
 */
import { newPerson, type Person } from '../person';
import { changesOf, combine, mergeInto } from './merge';
import type { Incoming, Skip } from './types';

export interface Update {
  readonly before: Person;
  readonly after: Person;
  readonly changes: Partial<Person>;
}

/** a new person with the same name and organization as someone stored or earlier in the file */
export interface LikelyDuplicate {
  /** where the new one is in the file: the key of the reader's decision */
  readonly at: number;
  readonly incoming: Incoming;
  /** the person it resembles: stored, or earlier in the file */
  readonly like: Pick<Person, 'name' | 'organization' | 'title' | 'profileUrl' | 'emails'>;
  readonly stored: boolean;
}

export interface Plan {
  /** people the file holds (rows or cards read as a person) */
  readonly read: number;
  readonly added: readonly Person[];
  readonly updated: readonly Update[];
  readonly skipped: readonly Skip[];
  readonly duplicates: readonly LikelyDuplicate[];
}

export interface PlanOptions {
  /** the file positions (`at`) of likely duplicates the reader chose to merge */
  readonly merge?: ReadonlySet<number>;
  readonly now: number;
  readonly makeId: () => string;
}

/** a name as a key: case, spaces and compatibility forms ignored (ASCII needs no normalizing) */
const norm = (s: string) =>
  // eslint-disable-next-line no-control-regex
  (/^[\x00-\x7f]*$/u.test(s) ? s : s.normalize('NFKC')).toLowerCase().replace(/\s+/gu, ' ').trim();

/** name and organization as a key: case, spaces and accents' forms ignored; '' when either is empty */
export function nameKey(p: Pick<Person, 'name' | 'organization'>): string {
  const [name, org] = [norm(p.name), norm(p.organization)];
  return name && org ? `${name}\u0000${org}` : '';
}

/**
 * The merge keys of a person: the profile and every email; one with neither (a card with a name
 * only) is known by name and organization, so that importing the same file again adds nobody.
 */
function keysOf(p: Pick<Incoming, 'profileUrl' | 'emails' | 'name' | 'organization'>): string[] {
  const keys = [...(p.profileUrl ? [`u:${p.profileUrl}`] : []), ...p.emails.map((e) => `e:${e}`)];
  return keys.length ? keys : [`n:${norm(p.name)}\u0000${norm(p.organization)}`];
}

export function planImport(
  stored: readonly Person[],
  incoming: readonly Incoming[],
  parseSkips: readonly Skip[],
  { merge = new Set(), now, makeId }: PlanOptions,
): Plan {
  const skipped: Skip[] = [...parseSkips];
  // 1. rows of the file about the same person (sharing a profile or an email, even through
  //    another row) become one: the first row, filled from the others
  const groups: (Incoming | null)[] = [];
  const parent: number[] = [];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const groupByKey = new Map<string, number>();
  for (const person of incoming) {
    const found = [...new Set(keysOf(person).flatMap((k) => (groupByKey.has(k) ? [find(groupByKey.get(k)!)] : [])))];
    found.sort((a, b) => a - b);
    const into = found[0] ?? groups.length;
    if (found.length === 0) {
      groups.push(person);
      parent.push(into);
    } else {
      let merged = combine(groups[into]!, person);
      skipped.push({ at: person.at, reason: 'twice-in-file' });
      for (const other of found.slice(1)) {
        merged = combine(merged, groups[other]!);
        skipped.push({ at: groups[other]!.at, reason: 'twice-in-file' });
        groups[other] = null;
        parent[other] = into;
      }
      groups[into] = merged;
    }
    for (const k of [...keysOf(person), ...keysOf(groups[into]!)]) if (!groupByKey.has(k)) groupByKey.set(k, into);
  }
  const rows = groups.filter((g) => g !== null);
  // 2. each row: the stored person with its profile or an email, or a new person
  const byKey = new Map<string, Person>();
  const byName = new Map<string, Person>();
  for (const person of stored) {
    for (const k of keysOf(person)) if (!byKey.has(k)) byKey.set(k, person);
    const name = nameKey(person);
    if (name && !byName.has(name)) byName.set(name, person);
  }
  const working = new Map<string, Person>();
  const firstAt = new Map<string, number>();
  const added: Person[] = [];
  const addedByName = new Map<string, number>();
  const duplicates: LikelyDuplicate[] = [];
  const fold = (target: Person, row: Incoming) => {
    // an email another stored person has stays theirs alone (the two may be merged by hand)
    const emails = row.emails.filter((e) => (byKey.get(`e:${e}`)?.id ?? target.id) === target.id);
    working.set(target.id, mergeInto(working.get(target.id) ?? target, { ...row, emails }));
    if (firstAt.has(target.id)) skipped.push({ at: row.at, reason: 'twice-in-file' });
    else firstAt.set(target.id, row.at);
  };
  for (const row of rows) {
    const match = keysOf(row)
      .map((k) => byKey.get(k))
      .find((p) => p !== undefined);
    if (match) {
      fold(match, row);
      continue;
    }
    const name = nameKey(row);
    const storedLike = name ? byName.get(name) : undefined;
    const newLike = name ? addedByName.get(name) : undefined;
    const like = storedLike ?? (newLike === undefined ? undefined : added[newLike]);
    if (like) {
      duplicates.push({ at: row.at, incoming: row, like, stored: storedLike !== undefined });
      if (merge.has(row.at)) {
        if (storedLike) fold(storedLike, row);
        else {
          added[newLike!] = mergeInto(added[newLike!]!, row);
          skipped.push({ at: row.at, reason: 'twice-in-file' });
        }
        continue;
      }
    }
    const { at: _at, ...fields } = row;
    const person = newPerson(makeId(), now, fields);
    added.push(person);
    if (name && !addedByName.has(name)) addedByName.set(name, added.length - 1);
  }
  // 3. stored people the file changes; those it brings nothing new to are left as they are
  const updated: Update[] = [];
  const byId = new Map(stored.map((p) => [p.id, p]));
  for (const [id, after] of working) {
    const before = byId.get(id)!;
    const changes = changesOf(before, after);
    if (Object.keys(changes).length) updated.push({ before, after, changes });
    else skipped.push({ at: firstAt.get(id)!, reason: 'unchanged' });
  }
  skipped.sort((a, b) => a.at - b.at);
  return { read: incoming.length, added, updated, skipped, duplicates };
}
