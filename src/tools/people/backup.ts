/**
 * The people's part of the site's data file (src/tools/your-data/): reading them all, replacing
 * them all with a file's (one transaction, undoable on the tool's page), erasing them, and the
 * date of the last backup. Runs in the data file's worker, which the Your data page starts when
 * the reader downloads, opens or erases.
 */
import { storedVersion } from './count';
import { PeopleDb, type CalendarSent, type Setting } from './db';
import type { Person } from './person';
import { parseCalendarSent, parsePeopleSettings, type PeopleSettings } from './settings-codec';

/** how many people the data file is made to carry (LinkedIn's cap on connections) */
export const PEOPLE_IN_FILE = 30_000;

let opened: PeopleDb | null = null;
const db = () => (opened ??= new PeopleDb());

/** Every person stored; [] when there is no database or it cannot be read. */
export async function allPeople(): Promise<Person[]> {
  if (!(await exists()) || (await newer())) return [];
  return db()
    .people.toArray()
    .catch(() => []);
}

/** The settings a data file carries with the people (own organization, network cadences, last calendar file). */
export async function peopleSettings(): Promise<PeopleSettings> {
  if (!(await exists()) || (await newer())) return {};
  const settings = await db()
    .settings.bulkGet(['self', 'cadences', 'calendar'])
    .catch(() => []);
  return parsePeopleSettings(Object.fromEntries(settings.flatMap((s) => (s ? [[s.key, s.value]] : []))));
}

/**
 * Replace every person with `people`, as one undoable step named `label`, and the settings the
 * file carries (those it does not carry are left as they are).
 */
export async function replacePeople(
  people: readonly Person[],
  settings: PeopleSettings,
  label: string,
  at: number,
): Promise<boolean> {
  if ((await newer()) || !(await openable())) return false;
  const d = db();
  return d
    .transaction('rw', d.people, d.undo, d.settings, async () => {
      const before = await d.people.toArray();
      // a calendar event's SEQUENCE never goes down: a calendar ignores an older one
      const sent = parseCalendarSent((await d.settings.get('calendar'))?.value) ?? {};
      const calendar = settings.calendar && laterSequences(sent, settings.calendar);
      const put = Object.entries({ ...settings, ...(calendar && { calendar }) }).map(
        ([key, value]) => ({ key, value }) as Setting,
      );
      await d.people.clear();
      await d.people.bulkPut([...people]);
      await d.settings.bulkPut(put);
      await d.undo.add({ label, at, before, added: people.map((p) => p.id) });
    })
    .then(
      () => true,
      () => false,
    );
}

/** Erase every person, the undo steps and the settings. */
export async function erasePeople(): Promise<boolean> {
  if (!(await exists())) return true;
  // a newer site's database cannot be opened here: it is deleted whole
  if (await newer())
    return new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(db().name);
      request.onsuccess = () => resolve(true);
      request.onerror = () => resolve(false);
    });
  const d = db();
  return d
    .transaction('rw', d.people, d.undo, d.settings, () =>
      Promise.all([d.people.clear(), d.undo.clear(), d.settings.clear()]),
    )
    .then(
      () => true,
      () => false,
    );
}

/** Remember that a data file with the people was downloaded now. */
export async function markBackup(at: number): Promise<void> {
  if (!(await exists()) || (await newer())) return;
  await db()
    .settings.put({ key: 'lastBackup', value: at })
    .catch(() => {});
}

/** whether this browser has the people's database (opening one that is not there would make it) */
async function exists(): Promise<boolean> {
  const list = await indexedDB.databases?.().catch(() => null);
  return list ? list.some((d) => d.name === db().name) : true;
}

/** whether the database was written by a newer version of the site (left untouched) */
async function newer(): Promise<boolean> {
  const found = await storedVersion(db().name);
  return found !== null && found > Math.round(db().verno * 10);
}

/** the database opens (it may be made here: a file's people are being brought in) */
async function openable(): Promise<boolean> {
  return db()
    .open()
    .then(
      () => true,
      () => false,
    );
}

/** what two calendar files said, each person's event at the higher SEQUENCE */
export function laterSequences(a: CalendarSent, b: CalendarSent): CalendarSent {
  const out: Record<string, CalendarSent[string]> = { ...a };
  for (const [id, event] of Object.entries(b)) if (!out[id] || out[id].sequence < event.sequence) out[id] = event;
  return out;
}
