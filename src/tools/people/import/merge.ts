/**
 * Merging what a file says about a person into what is stored, never losing what the reader
 * added: notes, networks, how to greet them, relation, closeness, cadence, planned contact and
 * suggestions are never touched; names, emails, phones, profile and date fill what is empty
 * (emails and phones are added to); organization and title follow a newer export unless the
 * reader typed them (a person added by hand, or a field the reader edited: `changed[field]`,
 * which the import itself never stamps).
 */
import type { Person } from '../person';
import type { Incoming } from './types';

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** whether an imported field may replace what is stored */
function follows(person: Person, field: 'organization' | 'title'): boolean {
  return person.source !== 'hand' && person.changed[field] === undefined;
}

function followOrFill(person: Person, field: 'organization' | 'title', value: string): string {
  if (value === '' || person[field] === value) return person[field];
  return person[field] === '' || follows(person, field) ? value : person[field];
}

/** the fields the import may change */
export const importedFields = [
  'name',
  'organization',
  'title',
  'emails',
  'phones',
  'profileUrl',
  'connectedOn',
  'notes',
] as const satisfies readonly (keyof Person)[];
export type ImportedField = (typeof importedFields)[number];

export function mergeInto(person: Person, incoming: Incoming): Person {
  return {
    ...person,
    name: person.name.trim() ? person.name : incoming.name,
    organization: followOrFill(person, 'organization', incoming.organization),
    title: followOrFill(person, 'title', incoming.title),
    emails: union(person.emails, incoming.emails),
    phones: union(person.phones, incoming.phones),
    profileUrl: person.profileUrl || incoming.profileUrl,
    connectedOn: person.connectedOn ?? incoming.connectedOn,
    notes: person.notes.trim() ? person.notes : incoming.notes,
  };
}

/** the fields `after` changes from `before` (only those the import may change) */
export function changesOf(before: Person, after: Person): Partial<Pick<Person, ImportedField>> {
  const changes: Partial<Record<ImportedField, unknown>> = {};
  for (const field of importedFields) {
    const [a, b] = [before[field], after[field]];
    const same = Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b;
    if (!same) changes[field] = b;
  }
  return changes as Partial<Pick<Person, ImportedField>>;
}

/** two rows of one file about the same person, as one: the first fills from the second */
export function combine(first: Incoming, second: Incoming): Incoming {
  return {
    ...first,
    name: first.name || second.name,
    organization: first.organization || second.organization,
    title: first.title || second.title,
    emails: union(first.emails, second.emails),
    phones: union(first.phones, second.phones),
    profileUrl: first.profileUrl || second.profileUrl,
    connectedOn: first.connectedOn ?? second.connectedOn,
    notes: first.notes || second.notes,
  };
}
