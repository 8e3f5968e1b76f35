/**
 * The changes the reader makes to many people at once, and the merge of two people by hand:
 * pure functions from the people as stored to the records to write. Every field they change is
 * stamped in `changed`, as a single edit is (store.ts).
 */
import type { NetworkId, RelationId } from '@/purposes/networks';
import type { Person, PersonField, Self } from './person';
import type { Sorter } from './rules';

const stamp = (person: Person, fields: readonly PersonField[], at: number): Person['changed'] => ({
  ...person.changed,
  ...Object.fromEntries(fields.map((f) => [f, at])),
});

/** Put each person in a network (those already in it are left as they are). */
export function addNetwork(people: readonly Person[], network: NetworkId, at: number): Person[] {
  return people
    .filter((p) => !p.networks.includes(network))
    .map((p) => ({ ...p, networks: [...p.networks, network], changed: stamp(p, ['networks'], at) }));
}

/** Take each person out of a network. */
export function removeNetwork(people: readonly Person[], network: NetworkId, at: number): Person[] {
  return people
    .filter((p) => p.networks.includes(network))
    .map((p) => ({ ...p, networks: p.networks.filter((n) => n !== network), changed: stamp(p, ['networks'], at) }));
}

/** Say where each person stands (after a promotion, peers become reports). */
export function setRelation(people: readonly Person[], relation: RelationId | null, at: number): Person[] {
  return people
    .filter((p) => p.relation !== relation)
    .map((p) => ({ ...p, relation, changed: stamp(p, ['relation'], at) }));
}

/** Mark each person as a former colleague, or not. */
export function setFormer(people: readonly Person[], former: boolean, at: number): Person[] {
  return people.filter((p) => p.former !== former).map((p) => ({ ...p, former, changed: stamp(p, ['former'], at) }));
}

/** Accept the rules' suggestion for each person: its networks are added to theirs. */
export function acceptSuggestions(people: readonly Person[], sorter: Sorter, self: Self | null, at: number): Person[] {
  return people.flatMap((p) => {
    const suggestion = sorter.suggest(p, self);
    if (!suggestion) return [];
    const networks = [...p.networks, ...suggestion.networks.filter((n) => !p.networks.includes(n))];
    return [{ ...p, networks, suggestion: null, changed: stamp(p, ['networks', 'suggestion'], at) }];
  });
}

const union = <T>(a: readonly T[], b: readonly T[]) => [...a, ...b.filter((x) => !a.includes(x))];
const either = (a: string, b: string) => (a.trim() ? a : b);

/**
 * Two records of one person made one: `keep`'s values win where both have one; lists are
 * joined; notes are both kept. Nothing the reader wrote in either record is lost.
 */
export function mergeTwo(keep: Person, other: Person, at: number): Person {
  const notes = [keep.notes.trim(), other.notes.trim()].filter(Boolean);
  return {
    ...keep,
    name: either(keep.name, other.name),
    greetAs: either(keep.greetAs, other.greetAs),
    organization: either(keep.organization, other.organization),
    title: either(keep.title, other.title),
    relation: keep.relation ?? other.relation,
    former: keep.former || other.former,
    networks: union(keep.networks, other.networks),
    closeness: keep.closeness ?? other.closeness,
    notes: notes[0] === notes[1] ? notes[0]! : notes.join('\n\n'),
    emails: union(keep.emails, other.emails),
    phones: union(keep.phones, other.phones),
    profileUrl: either(keep.profileUrl, other.profileUrl),
    connectedOn: keep.connectedOn ?? other.connectedOn,
    cadence: keep.cadence ?? other.cadence,
    cadenceSince: keep.cadence !== null ? keep.cadenceSince : other.cadenceSince,
    snoozedUntil: keep.snoozedUntil ?? other.snoozedUntil,
    contacts: [...keep.contacts, ...other.contacts.filter((c) => !keep.contacts.some((k) => k.id === c.id))],
    plannedContact: keep.plannedContact ?? other.plannedContact,
    suggestion: null,
    createdAt: Math.min(keep.createdAt, other.createdAt),
    changed: stamp(keep, ['name', 'networks', 'notes', 'emails', 'phones', 'contacts'], at),
  };
}

/**
 * A person as an undo step gives them back: as they were before the step, except each field the
 * reader changed after it (a contact logged, a snooze, a planned contact since), which is kept.
 */
export function undoneTo(before: Person, current: Person | undefined, at: number): Person {
  if (!current) return before;
  const later = (Object.keys(current.changed) as PersonField[]).filter((f) => (current.changed[f] ?? 0) > at);
  if (later.length === 0) return before;
  const kept = Object.fromEntries(later.map((f) => [f, current[f]]));
  const stamps = Object.fromEntries(later.map((f) => [f, current.changed[f]]));
  return { ...before, ...kept, changed: { ...before.changed, ...stamps } };
}
