import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

/**
 * true once the browser refused to save (storage full, or blocked by privacy settings): the
 * tools keep working from memory and say that answers will not survive a reload.
 */
export const $saveFailed = atom(false);

/**
 * The storage the persistent stores use: localStorage behind a guard, so that a full or blocked
 * storage never throws out of a click handler. Reads that fail read as "nothing stored".
 */
export function guardedStorage(getStorage: () => Storage | undefined): Record<string, string> {
  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  const read = (key: string | symbol): string | undefined => {
    if (typeof key !== 'string') return undefined;
    try {
      return storage()?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy({} as Record<string, string>, {
    get: (_, key) => read(key),
    has: (_, key) => read(key) !== undefined,
    set: (_, key, value) => {
      try {
        const s = storage();
        if (!s) throw new Error('no storage');
        s.setItem(String(key), String(value));
      } catch {
        $saveFailed.set(true);
      }
      return true;
    },
    deleteProperty: (_, key) => {
      try {
        storage()?.removeItem(String(key));
      } catch {
        // nothing could be stored either
      }
      return true;
    },
  });
}

// Tests inject their own engine (useTestStorageEngine) and test the guard through guardedStorage.
if (typeof window !== 'undefined' && import.meta.env.MODE !== 'test') {
  setPersistentEngine(
    guardedStorage(() => window.localStorage),
    windowPersistentEvents,
  );
}
