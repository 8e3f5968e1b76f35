import { atom, computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { decodeStored } from '../lib/storage/decode';
import type { StorageEntry } from '../lib/storage/registry';
import './storage-engine';

export interface PersistentStore<T> {
  /** the value, kept in localStorage under entry.key and synced across tabs */
  readonly $value: WritableAtom<T>;
  /** true once stored data was found unreadable (corrupted, foreign or old) and dropped */
  readonly $recovered: ReadableAtom<boolean>;
  /** true while something is kept in storage: the value is not `initial` (which is never written) */
  readonly $stored: ReadableAtom<boolean>;
  /** the reader has seen the "we started fresh" message: the unreadable stored data is dropped */
  dismissRecovered(): void;
  /** erase the stored value and return to `initial` */
  erase(): void;
}

/**
 * A persistent atom that never crashes on bad stored data: the JSON is parsed in a try/catch
 * and checked by `parse`; anything rejected starts fresh from `initial` and raises $recovered.
 */
export function persistentStore<T>(
  entry: StorageEntry,
  initial: T,
  parse: (value: unknown) => T | null,
): PersistentStore<T> {
  const $recovered = atom(false);
  const $value = persistentAtom<T>(entry.key, initial, {
    // Returning to `initial` removes the key, so an erased tool leaves nothing behind.
    encode: (value) => (value === initial ? undefined : JSON.stringify(value)),
    decode: (raw) => {
      const result = decodeStored(raw, parse);
      if (result.ok) return result.value;
      if (result.reason !== 'missing') $recovered.set(true);
      return initial;
    },
  });
  return {
    $value,
    $recovered,
    $stored: computed($value, (value) => value !== initial),
    // Once the reader has read the message, the unreadable data goes: it would otherwise
    // raise the same message on every visit until they changed something.
    dismissRecovered: () => {
      if (!$recovered.get()) return;
      $recovered.set(false);
      $value.set($value.get());
    },
    erase: () => {
      $value.set(initial);
      $recovered.set(false);
    },
  };
}
