/**
 * A person in the reader's own contact book ("Your people"): what is stored in the browser's
 * database (./db.ts), one record per person. Pure TypeScript: no React, no DOM.
 * The words (purposes, networks, review rhythm, contact cadence, relations) are the purpose
 * model's (src/purposes/networks.ts).
 */
import type { CadenceId, NetworkId, RelationId } from '@/purposes/networks';

/** how well the reader knows a person */
export const closenessIds = ['well', 'somewhat', 'barely'] as const;
export type Closeness = (typeof closenessIds)[number];

/** where a person came from */
export const sourceIds = ['hand', 'linkedin', 'google', 'vcard'] as const;
export type PersonSource = (typeof sourceIds)[number];

/** a contact the reader plans to make (filled by the checklist's name fields) */
export interface PlannedContact {
  /** YYYY-MM-DD */
  readonly date: string;
  /** the plan item's words ("Meet the people a level up") */
  readonly reason: string;
  /**
   * what planned it: `checklist:<plan id>:<item id>`; a contact logged against this planned
   * contact carries the same key (LoggedContact.plan), which is how the checklist ticks the item
   */
  readonly key: string;
}

/** how a contact was made */
export const contactHowIds = ['met', 'call', 'message', 'email'] as const;
export type ContactHow = (typeof contactHowIds)[number];

/** the longest note a logged contact keeps (one line) */
export const MAX_CONTACT_NOTES = 1000;

/** a contact the reader made and logged ("keeping in touch") */
export interface LoggedContact {
  /** random, made once */
  readonly id: string;
  /** YYYY-MM-DD, the day it happened */
  readonly date: string;
  readonly how: ContactHow;
  /** one line of notes */
  readonly notes: string;
  /** the give the reader gave (a give id of the purpose model), or null */
  readonly give: string | null;
  /** the planned contact it was (PlannedContact.key), or null */
  readonly plan: string | null;
}

/** a person's own contact cadence: a cadence, 'off' (even where a network's is on), or null (follow the networks) */
export type PersonCadence = CadenceId | 'off' | null;

/** a suggestion from the sorting rules: never applied until the reader accepts it */
export interface Suggestion {
  readonly networks: readonly NetworkId[];
  /** the rule's words, shown with the suggestion ("Title has “VP”") */
  readonly because: string;
}

export interface Person {
  /** random, made once (crypto.randomUUID) */
  readonly id: string;
  /** the name as the reader reads it ("Mary Jones") */
  readonly name: string;
  /** how the reader greets them; empty: the first word of the name */
  readonly greetAs: string;
  readonly organization: string;
  /** role title as written ("VP, Engineering") */
  readonly title: string;
  /** where they stand; null: not said */
  readonly relation: RelationId | null;
  /** a former colleague (in the past network) */
  readonly former: boolean;
  /** the networks the reader put them in (accepted, never suggested ones) */
  readonly networks: readonly NetworkId[];
  /** the sorting rules' suggestion, until the reader accepts or dismisses it */
  readonly suggestion: Suggestion | null;
  readonly closeness: Closeness | null;
  readonly notes: string;
  /** lower-case, trimmed */
  readonly emails: readonly string[];
  readonly phones: readonly string[];
  /** a profile URL (LinkedIn), normalized by normalizeProfileUrl; '' when none */
  readonly profileUrl: string;
  /** YYYY-MM-DD, from the import ("Connected On"); null when unknown */
  readonly connectedOn: string | null;
  readonly source: PersonSource;
  /** the contact cadence set for this person (null: their networks', where the reader turned one on) */
  readonly cadence: PersonCadence;
  /** YYYY-MM-DD the reader set `cadence` (the first due date runs from it when no contact is logged); null when never set */
  readonly cadenceSince: string | null;
  /** YYYY-MM-DD: not due before this day; null when not snoozed */
  readonly snoozedUntil: string | null;
  /** the contacts logged, in any order */
  readonly contacts: readonly LoggedContact[];
  readonly plannedContact: PlannedContact | null;
  /** ms since epoch of the last change of each field, so two tabs editing different fields both keep theirs */
  readonly changed: Readonly<Partial<Record<PersonField, number>>>;
  /** ms since epoch */
  readonly createdAt: number;
}

/** the fields a reader edits */
export type PersonField = Exclude<keyof Person, 'id' | 'changed' | 'createdAt'>;

/** the reader's own situation, asked once (suggestions need it) */
export interface Self {
  readonly organization: string;
  readonly title: string;
}

/** the first word of a name, for a greeting ("Mary Jones" → "Mary"); '' for no name */
export function firstWord(name: string): string {
  return name.trim().split(/\s+/u)[0] ?? '';
}

/**
 * A profile URL as a merge key: https, no "www.", lower-case host and path, no query, hash or
 * trailing slash ("https://www.LinkedIn.com/in/Mary-Jones/?x=1" → "https://linkedin.com/in/mary-jones").
 * '' for anything that is not an http(s) URL.
 */
export function normalizeProfileUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return '';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
  const host = url.hostname.toLowerCase().replace(/^www\./u, '');
  const path = decodeURIComponent(url.pathname).toLowerCase().replace(/\/+$/u, '');
  return `https://${host}${path}`;
}

/** a blank person with the given fields (id and clock passed in, so tests are deterministic) */
export function newPerson(id: string, now: number, fields: Partial<Omit<Person, 'id'>> = {}): Person {
  return {
    id,
    name: '',
    greetAs: '',
    organization: '',
    title: '',
    relation: null,
    former: false,
    networks: [],
    suggestion: null,
    closeness: null,
    notes: '',
    emails: [],
    phones: [],
    profileUrl: '',
    connectedOn: null,
    source: 'hand',
    cadence: null,
    cadenceSince: null,
    snoozedUntil: null,
    contacts: [],
    plannedContact: null,
    changed: {},
    createdAt: now,
    ...fields,
  };
}
