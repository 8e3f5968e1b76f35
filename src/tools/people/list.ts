/**
 * The list of people as the reader sees it: sorted by name, searched as they type (name,
 * organization and title) and filtered by network, relation and seniority. Pure TypeScript; the
 * work that does not depend on the search (sorting, each person's seniority and suggestion) is
 * done once per change of the people, not per keystroke.
 */
import { LANGUAGE_TAG } from '@/config';
import type { NetworkId, RelationId } from '@/purposes/networks';
import type { Person, Self, Suggestion } from './person';
import type { Seniority, Sorter } from './rules';

export interface Row {
  readonly person: Person;
  readonly seniority: Seniority | null;
  readonly suggestion: Suggestion | null;
  /** name, organization and title, lower-case, for the search */
  readonly text: string;
}

/** '' for any; 'none' for people with none */
export interface Filters {
  readonly network: NetworkId | 'none' | 'suggested' | '';
  readonly relation: RelationId | 'former' | 'none' | '';
  readonly seniority: string;
}

export const noFilters: Filters = { network: '', relation: '', seniority: '' };

const fold = (s: string) => s.toLocaleLowerCase(LANGUAGE_TAG).normalize('NFKD').replace(/\p{M}/gu, '');

/** Every person with what the rules say about them, sorted by name. */
export function buildRows(people: readonly Person[], sorter: Sorter, self: Self | null): Row[] {
  const collator = new Intl.Collator(LANGUAGE_TAG, { sensitivity: 'base' });
  return people
    .map((person) => ({
      person,
      seniority: sorter.seniority(person.title),
      suggestion: sorter.suggest(person, self),
      text: fold(`${person.name}\n${person.organization}\n${person.title}`),
    }))
    .sort((a, b) => collator.compare(a.person.name, b.person.name) || a.person.id.localeCompare(b.person.id));
}

/** The rows that match every word of the search and every filter. */
export function filterRows(rows: readonly Row[], query: string, filters: Filters): readonly Row[] {
  const terms = fold(query).split(/\s+/u).filter(Boolean);
  const { network, relation, seniority } = filters;
  if (terms.length === 0 && !network && !relation && !seniority) return rows;
  return rows.filter((row) => {
    const p = row.person;
    if (network === 'none' && p.networks.length > 0) return false;
    if (network === 'suggested' && !row.suggestion) return false;
    if (network && network !== 'none' && network !== 'suggested' && !p.networks.includes(network)) return false;
    if (relation === 'none' && p.relation !== null) return false;
    if (relation === 'former' && !p.former) return false;
    if (relation && relation !== 'none' && relation !== 'former' && p.relation !== relation) return false;
    if (seniority === 'none' && row.seniority) return false;
    if (seniority && seniority !== 'none' && row.seniority?.id !== seniority) return false;
    return terms.every((t) => row.text.includes(t));
  });
}
