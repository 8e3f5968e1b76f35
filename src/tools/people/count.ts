/**
 * How many people this browser keeps, read with IndexedDB itself (no library), for the Your
 * data page: null when there is no database, or it cannot be read. Never creates the database.
 */
import { DB_NAME, openExisting } from './db-name';

export async function countStoredPeople(): Promise<number | null> {
  const db = await openExisting(DB_NAME);
  if (!db) return null;
  try {
    const count = db.transaction('people', 'readonly').objectStore('people').count();
    return await new Promise<number | null>((resolve) => {
      count.onsuccess = () => resolve(count.result);
      count.onerror = () => resolve(null);
    });
  } catch {
    return null;
  } finally {
    db.close();
  }
}

/**
 * The version of the people's database as IndexedDB stores it (Dexie's version × 10), 0 when
 * there is none or it cannot be read. Never creates the database.
 */
export async function storedVersion(name = DB_NAME): Promise<number> {
  const db = await openExisting(name);
  db?.close();
  return db?.version ?? 0;
}
