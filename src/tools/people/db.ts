/**
 * The browser's database for "Your people" (IndexedDB through Dexie). Dexie rather than idb:
 * it brings versioned schemas with upgrade functions, atomic multi-table transactions, bulk
 * writes and live queries that follow other tabs, which this tool would otherwise write by hand;
 * it loads only on the pages that show people.
 *
 * Versions: add a new `this.version(n)` with its stores and, when records change shape, an
 * `.upgrade()` that rewrites them; never edit an old version. A database written by a newer
 * version of the site is left untouched (Dexie raises VersionError on open): the tool says so.
 */
import { Dexie, type EntityTable } from 'dexie';
import { DB_NAME } from './db-name';
import type { NetworkCadences } from './cadence';
import type { Person, Self } from './person';

/** one undo step: the records as they were before an import, a bulk change or a deletion */
export interface UndoEntry {
  readonly id?: number;
  /** what was done, in the interface's words ("Imported 2,000 people") */
  readonly label: string;
  readonly at: number;
  /** the people as they were (restored as is) */
  readonly before: readonly Person[];
  /** ids of people the step added (deleted on undo) */
  readonly added: readonly string[];
}

/**
 * small settings: the reader's own organization and title, the last backup, persistence asked,
 * the contact cadences turned on per network, and what the last calendar file said (calendar.ts)
 */
export interface Setting {
  readonly key: 'self' | 'lastBackup' | 'persistAsked' | 'cadences' | 'calendar';
  readonly value: Self | number | boolean | NetworkCadences | CalendarSent;
}

/** per person id: the SEQUENCE and due date of the event the last calendar file held */
export type CalendarSent = Readonly<Record<string, { readonly sequence: number; readonly due: string | null }>>;

export { DB_NAME };

export class PeopleDb extends Dexie {
  people!: EntityTable<Person, 'id'>;
  undo!: EntityTable<UndoEntry, 'id'>;
  settings!: EntityTable<Setting, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      // indexes: merge keys (profile URL, every email), sorting and filters
      people: 'id, profileUrl, *emails, name, organization, *networks, relation',
      undo: '++id, at',
      settings: 'key',
    });
    // version 2: keeping in touch (logged contacts, snooze, a person's own cadence and its start)
    this.version(2)
      .stores({})
      .upgrade((tx) =>
        tx
          .table('people')
          .toCollection()
          .modify((p: Record<string, unknown>) => {
            p.contacts ??= [];
            p.snoozedUntil ??= null;
            p.cadenceSince ??= null;
          }),
      );
  }
}
