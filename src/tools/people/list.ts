/**
 * The list of people as the reader sees it: sorted by name, searched as they type (name,
 * organization and title) and filtered by network, relation and seniority. Pure TypeScript; the
 * work that does not depend on the search is done once per change of the people, not per
 * keystroke: the sorting when the people change, and each person's seniority, suggestion and
 * search text the first time they are asked for (for the rows on screen when the tool opens; for
 * everyone at the first search or filter), then kept.
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

/** one person's row: what the rules say about them and their search text, each worked out once when first asked for */
function row(person: Person, sorter: Sorter, self: Self | null): Row {
  let seniority: Seniority | null | undefined;
  let suggestion: Suggestion | null | undefined;
  let text: string | undefined;
  return {
    person,
    get seniority() {
      return seniority === undefined ? (seniority = sorter.seniority(person.title)) : seniority;
    },
    get suggestion() {
      return suggestion === undefined ? (suggestion = sorter.suggest(person, self)) : suggestion;
    },
    get text() {
      return (text ??= fold(`${person.name}\n${person.organization}\n${person.title}`));
    },
  };
}

const collator = new Intl.Collator(LANGUAGE_TAG, { sensitivity: 'base' });

/** Every person with what the rules say about them, sorted by name. */
export function buildRows(people: readonly Person[], sorter: Sorter, self: Self | null): Row[] {
  return [...people]
    .sort((a, b) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((person) => row(person, sorter, self));
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
