/**
 * An in-memory storage engine for the stores' unit tests (src/stores/storage-engine.ts):
 * `setTestStorageKey` plays another tab writing to storage (the stores watching it are told);
 * the stores' own writes tell nobody, as in a browser.
 */
import { setStorageEngine } from '../../src/shared/storage/storage-engine';

const data: Record<string, string> = {};
let watchers: (() => void)[] = [];

export function useTestStorageEngine(): void {
  setStorageEngine({
    read: (key) => data[key],
    write: (key, value) => {
      if (value === undefined) delete data[key];
      else data[key] = value;
    },
    watch: (changed) => {
      watchers.push(changed);
      return () => {
        watchers = watchers.filter((w) => w !== changed);
      };
    },
  });
}

/** another tab writes `value` under `key` (undefined: removes it) */
export function setTestStorageKey(key: string, value: string | undefined): void {
  if (value === undefined) delete data[key];
  else data[key] = value;
  for (const changed of [...watchers]) changed();
}

/** what is stored, by key */
export function getTestStorage(): Readonly<Record<string, string>> {
  return data;
}

export function cleanTestStorage(): void {
  for (const key of Object.keys(data)) setTestStorageKey(key, undefined);
}
