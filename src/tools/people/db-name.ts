/**
 * The people's IndexedDB database as pages without Dexie see it (./count.ts, ./reader.ts,
 * ./planned.ts): its name, the version IndexedDB stores for this site's schema (Dexie's version
 * × 10, checked against ./db.ts by a test), and opening it as it is without ever creating it.
 */
export const DB_NAME = 'upproach-people';

/** the IndexedDB version of this site's schema; a higher one was written by a newer site */
export const DB_STORED_VERSION = 20;

/**
 * Open the database as it is: null when there is none (it is not made), it cannot be opened, or
 * it has no people table. Another tab upgrading it closes this connection.
 */
export function openExisting(name = DB_NAME): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      return resolve(null);
    }
    // no database yet: stop before one is made
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      resolve(db.objectStoreNames.contains('people') ? db : (db.close(), null));
    };
  });
}

/** an IndexedDB request as a promise: its result, or its error */
export function settle<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
