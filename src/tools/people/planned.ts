/**
 * The planned contacts other tools write in "Your people" (the checklist's picks), with IndexedDB
 * itself, no library, and no record parser, so that a page only clearing them (Your data) loads
 * almost nothing. Never creates the database and never writes into one made by a newer version
 * of the site; never throws. Each write changes the field and its time of change, as the people
 * tool would, in one transaction.
 */
import { DB_NAME, DB_STORED_VERSION, openExisting as open, settle } from './db-name';
import type { PlannedContact } from './person';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Set (or clear, with null) one person's planned contact, as the people tool would: the field and
 * its time of change. Resolves false when the person or the database is not there.
 */
export function planContact(
  personId: string,
  planned: PlannedContact | null,
  at = Date.now(),
  name = DB_NAME,
): Promise<boolean> {
  return writePlanned(personId, planned, null, at, name);
}

/**
 * Clear one person's planned contact if it is still the one with this key (a tool takes back
 * only what it planned). Resolves false when nothing was cleared.
 */
export function unplanContact(personId: string, key: string, at = Date.now(), name = DB_NAME): Promise<boolean> {
  return writePlanned(personId, null, key, at, name);
}

async function writePlanned(
  personId: string,
  planned: PlannedContact | null,
  onlyKey: string | null,
  at: number,
  name: string,
): Promise<boolean> {
  const db = await open(name);
  if (!db) return false;
  // a database written by a newer version of the site is left untouched
  if (db.version > DB_STORED_VERSION) return (db.close(), false);
  try {
    const store = db.transaction('people', 'readwrite').objectStore('people');
    const record: unknown = await settle(store.get(personId));
    if (!isRecord(record)) return false;
    if (onlyKey !== null && !(isRecord(record.plannedContact) && record.plannedContact.key === onlyKey)) return false;
    const changed = isRecord(record.changed) ? record.changed : {};
    await settle(store.put({ ...record, plannedContact: planned, changed: { ...changed, plannedContact: at } }));
    return true;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

/**
 * Clear every planned contact whose key starts with `prefix` (a tool erased takes back all it
 * planned, whichever of its plans set them). Resolves how many were cleared.
 */
export async function unplanAll(prefix: string, at = Date.now(), name = DB_NAME): Promise<number> {
  const db = await open(name);
  if (!db) return 0;
  // a database written by a newer version of the site is left untouched
  if (db.version > DB_STORED_VERSION) return (db.close(), 0);
  try {
    const store = db.transaction('people', 'readwrite').objectStore('people');
    const records = (await settle(store.getAll())) as unknown[];
    const planned = records.filter(
      (r): r is Record<string, unknown> =>
        isRecord(r) &&
        isRecord(r.plannedContact) &&
        typeof r.plannedContact.key === 'string' &&
        r.plannedContact.key.startsWith(prefix),
    );
    await Promise.all(
      planned.map((record) => {
        const changed = isRecord(record.changed) ? record.changed : {};
        return settle(store.put({ ...record, plannedContact: null, changed: { ...changed, plannedContact: at } }));
      }),
    );
    return planned.length;
  } catch {
    return 0;
  } finally {
    db.close();
  }
}
