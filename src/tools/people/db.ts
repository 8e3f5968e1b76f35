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

/** small settings: the reader's own organization and title, the last backup, persistence asked */
export interface Setting {
  readonly key: 'self' | 'lastBackup' | 'persistAsked';
  readonly value: Self | number | boolean;
}

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
  }
}
