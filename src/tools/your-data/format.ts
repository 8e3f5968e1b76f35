import { isRecord } from '@/shared/storage/decode';
import { storageIds, type StorageId } from '@/shared/storage/registry';
import type { Person } from '@/tools/people/person';
import { parsePerson } from '@/tools/people/person-codec';
import { parsePeopleSettings, type PeopleSettings } from '@/tools/people/settings-codec';
import { MAX_DATA_FILE_BYTES, fileTooLarge } from './file-checks';
import type { Codecs } from './site-codecs';

/**
 * "Your data" in a file the reader owns: one JSON file with every tool's stored value, the site
 * name, the format version and the date it was made.
 *
 *   { "format": "upproach-data", "version": 2, "site": "UPPROACH",
 *     "exported": "2026-12-01T20:00:00.000Z", "items": { "quiz": {…}, "theme": "dark", … },
 *     "people": [ {…}, … ], "peopleSettings": { "self": {…}, "cadences": {…}, "calendar": {…} } }
 *
 * Version 2 added `people` ("Your people", kept in IndexedDB: one compact line per person) and
 * `peopleSettings` (the reader's own organization and title, the contact cadences turned on per
 * network, what the last calendar file said; absent in the first files of version 2);
 * version 1 files, which have none, still open.
 * Reading one back never throws: a file that is not one of ours, cut short, hand-edited or
 * made by a newer version is refused with the reason, and each tool's value is checked by the
 * parser storage uses (./site-codecs.ts), so one bad entry leaves the others importable.
 */
export const DATA_FILE_FORMAT = 'upproach-data';
export const DATA_FILE_VERSION = 2;
export { MAX_DATA_FILE_BYTES, dataFileName, fileTooLarge } from './file-checks';

/** what this browser keeps, by entry: the stored text */
export type Stored = Readonly<Partial<Record<StorageId, string>>>;

export interface MadeDataFile {
  readonly text: string;
  /** the entries in the file, in the registry's order */
  readonly included: readonly StorageId[];
  /** stored entries left out because what is stored cannot be read */
  readonly unreadable: readonly StorageId[];
  /** how many people the file holds */
  readonly people: number;
}

/** the people a file holds: those that read back, and how many were refused */
export interface PeopleInFile {
  readonly valid: readonly Person[];
  readonly refused: number;
  /** the people tool's settings the file carries (each readable one) */
  readonly settings: PeopleSettings;
}

/**
 * too-large: over MAX_DATA_FILE_BYTES; not-json: cut short or not a JSON file; foreign: JSON,
 * but not a data file of this site; newer: made by a newer version of this site; damaged: our
 * format with a broken outline; empty: holds nothing this site stores.
 */
export type DataFileProblem = 'too-large' | 'not-json' | 'foreign' | 'newer' | 'damaged' | 'empty';

/** One entry of a file: `stored` is the text that replaces what is stored, or null when the value is refused. */
export interface DataFileEntry {
  readonly id: StorageId;
  readonly stored: string | null;
}

export type DataFileReading =
  | { readonly ok: false; readonly problem: DataFileProblem }
  | {
      readonly ok: true;
      /** when the file says it was made, or null when it does not say so readably */
      readonly exported: Date | null;
      /** the entries the file holds, in the registry's order */
      readonly entries: readonly DataFileEntry[];
      /** names in the file that this site does not store (ignored) */
      readonly unknown: readonly string[];
      /** the file's people, or null when it has none (version 1 files never do) */
      readonly people: PeopleInFile | null;
    };

/** Making and reading data files with the site's codecs: on the page, in a worker (./data-file.worker.ts). */
export interface DataFileTools {
  make(stored: Stored, site: string, now: Date): Promise<MadeDataFile>;
  read(text: string, site: string): Promise<DataFileReading>;
  /** "Your people" (IndexedDB): replace them all with a file's, as one undoable step */
  replacePeople(people: readonly Person[], settings: PeopleSettings, label: string, at: number): Promise<boolean>;
  erasePeople(): Promise<boolean>;
  /** remember when a file with the people was downloaded (the tool shows the last backup) */
  markBackup(at: number): Promise<void>;
}

/** Make the file from what is stored (`stored(id)`: the text, or null or undefined when nothing is) and the people. */
export function makeDataFile(
  stored: (id: StorageId) => string | null | undefined,
  site: string,
  now: Date,
  codecs: Codecs,
  people: readonly Person[] = [],
  peopleSettings: PeopleSettings = {},
): MadeDataFile {
  const items: Partial<Record<StorageId, unknown>> = {};
  const included: StorageId[] = [];
  const unreadable: StorageId[] = [];
  for (const id of storageIds) {
    const raw = stored(id);
    if (raw === null || raw === undefined) continue;
    const read = codecs[id].fromStored(raw);
    if (read) {
      items[id] = read.value;
      included.push(id);
    } else unreadable.push(id);
  }
  const file = { format: DATA_FILE_FORMAT, version: DATA_FILE_VERSION, site, exported: now.toISOString(), items };
  if (people.length === 0) return { text: `${JSON.stringify(file, null, 2)}\n`, included, unreadable, people: 0 };
  // one compact line per person: indenting every field would double the file
  const text = JSON.stringify({ ...file, people: PEOPLE_MARK, peopleSettings }, null, 2).replace(
    JSON.stringify(PEOPLE_MARK),
    `[\n${people.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]`,
  );
  return { text: `${text}\n`, included, unreadable, people: people.length };
}

const PEOPLE_MARK = '\u0000people\u0000';

function readPeople(value: unknown, settings: unknown): PeopleInFile | null | 'damaged' {
  if (value === undefined) return null;
  if (!Array.isArray(value)) return 'damaged';
  const valid: Person[] = [];
  const ids = new Set<string>();
  for (const item of value) {
    const person = parsePerson(item);
    if (person && !ids.has(person.id)) {
      ids.add(person.id);
      valid.push(person);
    }
  }
  return { valid, refused: value.length - valid.length, settings: parsePeopleSettings(settings) };
}

/** Read a data file's text. Never throws, whatever the text. */
export function readDataFile(text: unknown, site: string, codecs: Codecs): DataFileReading {
  if (typeof text !== 'string') return { ok: false, problem: 'not-json' };
  // a UTF-16 code unit is at least one byte: a longer text is too large without encoding it
  if (text.length > MAX_DATA_FILE_BYTES || fileTooLarge(new TextEncoder().encode(text).length))
    return { ok: false, problem: 'too-large' };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(json) || json.format !== DATA_FILE_FORMAT || json.site !== site)
    return { ok: false, problem: 'foreign' };
  const { version, items } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: 'damaged' };
  if (version > DATA_FILE_VERSION) return { ok: false, problem: 'newer' };
  if (!isRecord(items)) return { ok: false, problem: 'damaged' };
  const entries = storageIds
    .filter((id) => Object.hasOwn(items, id))
    .map((id): DataFileEntry => {
      try {
        return { id, stored: codecs[id].toStored(items[id]) };
      } catch {
        return { id, stored: null };
      }
    });
  const people = version >= 2 ? readPeople(json.people, json.peopleSettings) : null;
  if (people === 'damaged') return { ok: false, problem: 'damaged' };
  if (entries.length === 0 && !people?.valid.length) return { ok: false, problem: 'empty' };
  const unknown = Object.keys(items).filter((key) => !(storageIds as readonly string[]).includes(key));
  const when = typeof json.exported === 'string' ? new Date(json.exported) : null;
  return { ok: true, exported: when && Number.isFinite(when.getTime()) ? when : null, entries, unknown, people };
}
