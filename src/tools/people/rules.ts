/**
 * The sorting rules (src/content/people/rules.yaml, ./schema.ts): the seniority word in a role
 * title and the networks suggested for a person. Pure TypeScript. A suggestion is never applied
 * here: the reader accepts it (store.ts).
 */
import { fill } from '@/shared/template';
import type { NetworkId } from '@/purposes/networks';
import type { Person, Self, Suggestion } from './person';
import type { PeopleRules } from './schema';

/** what a phrase looks like once compiled: whole words, any case, `*` for any words between */
function phraseRegExp(phrase: string): RegExp {
  const parts = phrase
    .trim()
    .split(/\s*\*\s*/u)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+'));
  // \p{L}\p{N} as word characters, so "VP" is not found in "VPN" nor "lead" in "Leadership"
  return new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('(?:.*?)')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** the words of a title a phrase list finds, or null */
function findPhrase(title: string, list: readonly { phrase: string; re: RegExp }[]): string | null {
  for (const { re } of list) {
    const found = re.exec(title);
    if (found) return found[0];
  }
  return null;
}

/** an organization name compared loosely: case, spacing and punctuation aside */
export function sameOrganization(a: string, b: string): boolean {
  const key = (s: string) =>
    s
      .toLocaleLowerCase('en')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return key(a) !== '' && key(a) === key(b);
}

export interface Seniority {
  readonly id: string;
  readonly label: string;
  /** the words found in the title ("Vice President") */
  readonly word: string;
}

export interface Sorter {
  /** the first seniority word in a title, or null */
  seniority(title: string): Seniority | null;
  /** the networks the rules suggest that the person is not in yet, or null when none */
  suggest(person: Pick<Person, 'title' | 'organization' | 'former' | 'networks'>, self: Self | null): Suggestion | null;
  /** the seniority levels in order, for filters */
  readonly levels: readonly { readonly id: string; readonly label: string }[];
}

/** Compile the rules once; the sorter then answers for every person. */
export function createSorter(rules: PeopleRules): Sorter {
  const compile = (phrases: readonly string[] = []) => phrases.map((phrase) => ({ phrase, re: phraseRegExp(phrase) }));
  const levels = rules.seniority.map((s) => ({ id: s.id, label: s.label, phrases: compile(s.phrases) }));
  const seniority = (title: string): Seniority | null => {
    for (const level of levels) {
      const word = findPhrase(title, level.phrases);
      if (word !== null) return { id: level.id, label: level.label, word };
    }
    return null;
  };
  const compiled = rules.rules.map((rule) => ({ rule, phrases: compile(rule.phrases) }));
  return {
    levels: levels.map(({ id, label }) => ({ id, label })),
    seniority,
    suggest(person, self) {
      const networks: NetworkId[] = [];
      const because: string[] = [];
      const level = rules.rules.some((r) => r.seniority) ? seniority(person.title) : null;
      for (const { rule, phrases } of compiled) {
        if (person.networks.includes(rule.network) || networks.includes(rule.network)) continue;
        let word: string | null = findPhrase(person.title, phrases);
        if (word === null && level && rule.seniority?.includes(level.id)) word = level.word;
        const applies =
          word !== null ||
          (rule.sameOrganization === true &&
            self !== null &&
            sameOrganization(person.organization, self.organization)) ||
          (rule.former === true && person.former);
        if (!applies) continue;
        networks.push(rule.network);
        because.push(fill(rule.because, { word: word ?? '' }));
      }
      return networks.length ? { networks, because: because.join(' ') } : null;
    },
  };
}
