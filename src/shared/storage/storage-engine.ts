import { setPersistentEngine, windowPersistentEvents, type PersistentStore } from '@nanostores/persistent';
import { atom } from 'nanostores';

/**
 * true once the browser refused to save (storage full, or blocked by privacy settings): the
 * tools keep working from memory and say so (saveProblem) above each tool.
 */
export const $saveFailed = atom(false);

/** what every tool says while $saveFailed */
export const saveProblem =
  'This browser would not let the site save (storage is full or blocked). Everything still works, but your answers will be lost when you close or reload this page.';

/** values the browser refused to store, kept in this page's memory until it closes */
const refused = new Map<string, string>();

/** true when the browser refused the last value written under `key`: it is kept in memory only */
export const isRefused = (key: string): boolean => refused.has(key);

/**
 * localStorage behind a guard, as @nanostores/persistent's engine, so that a full or blocked
 * storage never throws out of a click handler: a read that fails reads as nothing stored; a
 * write that fails raises $saveFailed and is kept in memory, so the page goes on showing it (and
 * a page coming back from the back-forward cache does not take it for a change made elsewhere).
 */
export function guardedStorage(getStorage: () => Storage | undefined): PersistentStore {
  const read = (key: string) => {
    if (refused.has(key)) return refused.get(key);
    try {
      return getStorage()?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy<PersistentStore>(
    {},
    {
      get: (_, key) => (typeof key === 'string' ? read(key) : undefined),
      has: (_, key) => typeof key === 'string' && read(key) !== undefined,
      set: (_, key: string, value: string) => {
        refused.delete(key);
        try {
          getStorage()!.setItem(key, value);
        } catch {
          refused.set(key, value);
          $saveFailed.set(true);
        }
        return true;
      },
      deleteProperty: (_, key: string) => {
        refused.delete(key);
        try {
          getStorage()?.removeItem(key);
        } catch {
          // a storage that cannot be reached keeps nothing to remove
        }
        return true;
      },
    },
  );
}

/** Keep the stores' text in `storage`, following other tabs (storage events) and the back-forward cache. */
export function setStorageEngine(storage: PersistentStore): void {
  setPersistentEngine(storage, windowPersistentEvents);
}

// Tests set their own engine (test/support/test-storage.ts, test/setup/dom.ts); the server
// render, where there is no browser storage, keeps nothing and watches nothing.
if (import.meta.env.MODE !== 'test') {
  if (typeof window !== 'undefined') setStorageEngine(guardedStorage(() => localStorage));
  else
    setPersistentEngine(new Proxy({}, { set: () => true, deleteProperty: () => true }), {
      addEventListener() {},
      removeEventListener() {},
    });
}
