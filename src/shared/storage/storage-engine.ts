import { atom } from 'nanostores';

/**
 * true once the browser refused to save (storage full, or blocked by privacy settings): the
 * tools keep working from memory and say that answers will not survive a reload.
 */
export const $saveFailed = atom(false);

/** Where the persistent stores (persist.ts) keep their text. Tests give their own. */
export interface StorageEngine {
  /** the text kept under `key`, or undefined */
  read(key: string): string | undefined;
  /** keep `value` under `key`; undefined removes the key */
  write(key: string, value: string | undefined): void;
  /**
   * call `changed` whenever storage may have changed under the page: another tab wrote to it,
   * or the page came back from the browser's back-forward cache. Returns the function that stops.
   */
  watch(changed: () => void): () => void;
}

/**
 * localStorage behind a guard, so that a full or blocked storage never throws out of a click
 * handler: reads that fail read as "nothing stored", a write that fails raises $saveFailed.
 */
export function guardedStorage(getStorage: () => Storage | undefined): StorageEngine {
  const storage = () => {
    try {
      return getStorage();
    } catch {
      return undefined;
    }
  };
  return {
    read: (key) => {
      try {
        return storage()?.getItem(key) ?? undefined;
      } catch {
        return undefined;
      }
    },
    write: (key, value) => {
      try {
        const s = storage();
        if (value === undefined) s?.removeItem(key);
        else if (s) s.setItem(key, value);
        else throw new Error('no storage');
      } catch {
        // removing from a storage that cannot be reached leaves nothing behind either
        if (value !== undefined) $saveFailed.set(true);
      }
    },
    watch: (changed) => {
      addEventListener('storage', changed);
      addEventListener('pageshow', changed);
      return () => {
        removeEventListener('storage', changed);
        removeEventListener('pageshow', changed);
      };
    },
  };
}

/**
 * The engine in use, kept on globalThis so that every copy of this module shares it (tests load
 * the stores afresh many times). Until set: nothing stored and nothing to watch, as in the
 * server render, where there is no browser storage.
 */
const current = ((globalThis as { upproachStorage?: { engine: StorageEngine } }).upproachStorage ??= {
  engine: { read: () => undefined, write: () => {}, watch: () => () => {} },
});

// Tests set their own engine (test/support/test-storage.ts, test/setup/dom.ts).
if (typeof window !== 'undefined' && import.meta.env.MODE !== 'test')
  current.engine = guardedStorage(() => window.localStorage);

export function setStorageEngine(next: StorageEngine): void {
  current.engine = next;
}

/** the engine in use; a store takes it when it is made */
export function storageEngine(): StorageEngine {
  return current.engine;
}
