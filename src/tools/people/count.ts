/**
 * How many people this browser keeps, read with IndexedDB itself (no library), for the Your
 * data page: null when there is no database, or it cannot be read. Never creates the database.
 */
import { DB_NAME } from './db-name';

export function countStoredPeople(): Promise<number | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME);
    } catch {
      return resolve(null);
    }
    // no database yet: stop before one is made
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const idb = request.result;
      try {
        const count = idb.transaction('people', 'readonly').objectStore('people').count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => resolve(null);
      } catch {
        resolve(null);
      } finally {
        idb.close();
      }
    };
  });
}

/**
 * The version of the people's database as IndexedDB stores it (Dexie's version × 10), 0 when
 * there is none, null when it cannot be read. Never creates the database.
 */
export function storedVersion(name = DB_NAME): Promise<number | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve(null);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(0);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      resolve(request.result.version);
      request.result.close();
    };
  });
}
