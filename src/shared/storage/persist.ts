import { atom, computed, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import { decodeStored, type DecodeResult } from '@/shared/storage/decode';
import type { VersionedEntry } from '@/shared/storage/registry';
import { storageEngine } from './storage-engine';

/**
 * What a tool tells the reader about its saved data, once, until they press OK:
 * - 'unreadable': what was saved could not be read (damaged, or made for other questions); the
 *   tool started fresh, and the saved text stays in storage until OK or the next change;
 * - 'newer': a newer version of the site saved it; it stays in storage untouched and the tool
 *   works from memory (nothing it does is saved) for as long as the page is open;
 * - 'erased' / 'replaced': another tab (or the Your data page) erased or changed it, and the
 *   tool now shows what storage holds.
 */
export type StoreNotice = 'unreadable' | 'newer' | 'erased' | 'replaced' | null;

export interface PersistentStore<T> {
  /** the value, kept in localStorage under entry.key and synced across tabs */
  readonly $value: WritableAtom<T>;
  /** the one notice about the saved data (see StoreNotice) */
  readonly $notice: ReadableAtom<StoreNotice>;
  /** true while something is kept in storage: the value is not `initial` (which is never written) */
  readonly $stored: ReadableAtom<boolean>;
  /**
   * The reader pressed OK. Unreadable data goes then (it would raise the same notice on every
   * visit); a newer version's save always stays.
   */
  dismissNotice(): void;
  /**
   * The stored value, though well formed, cannot be used here (answers to questions this
   * edition does not ask): start fresh in memory and say so, exactly as for unreadable data.
   */
  reject(): void;
  /** erase the stored value and return to `initial` (a newer version's save is kept) */
  erase(): void;
}

/**
 * A persistent atom that never crashes on bad stored data and never destroys data it cannot
 * read: the JSON is parsed in a try/catch and checked by `parse`; anything rejected starts
 * fresh from `initial` and raises a notice. The one rule for every tool's saved data.
 */
export function persistentStore<T>(
  entry: VersionedEntry,
  initial: T,
  parse: (value: unknown) => T | null,
): PersistentStore<T> {
  const io = storageEngine();
  const { key } = entry;
  const encode = (value: T) => (value === initial ? undefined : JSON.stringify(value));
  const read = (raw: string | undefined): DecodeResult<T> => decodeStored(raw, parse, entry.version);
  const problem = (result: DecodeResult<T>): StoreNotice =>
    result.ok || result.reason === 'missing' ? null : result.reason === 'newer' ? 'newer' : 'unreadable';

  // the stored text this page has already taken into account
  let seen = io.read(key);
  const first = read(seen);
  const $notice = atom<StoreNotice>(problem(first));
  const $value = atom<T>(first.ok ? first.value : initial);
  const show = $value.set.bind($value);
  // a newer version's save is in storage: keep it, work from memory
  let held = $notice.get() === 'newer';

  $value.set = (value: T) => {
    if (!held) {
      io.write(key, encode(value));
      // what storage now holds: when the browser refused the write, that is what it held before
      seen = io.read(key);
    }
    show(value);
  };

  // storage changed under this page: another tab, the Your data page, or Back to a cached page
  const follow = () => {
    const raw = io.read(key);
    if (raw === seen) return;
    seen = raw;
    const result = read(raw);
    held = !result.ok && result.reason === 'newer';
    const before = $value.get();
    show(result.ok ? result.value : initial);
    const said = problem(result) ?? (result.ok ? 'replaced' : 'erased');
    // erasing what was never saved loses nothing: nothing to say
    if (said !== 'erased' || before !== initial) $notice.set(said);
  };
  onMount($value, () => {
    follow();
    return io.watch(follow);
  });

  return {
    $value,
    $notice,
    $stored: computed($value, (value) => value !== initial),
    dismissNotice: () => {
      const was = $notice.get();
      $notice.set(null);
      if (was === 'unreadable') $value.set($value.get());
    },
    reject: () => {
      show(initial);
      $notice.set('unreadable');
    },
    erase: () => {
      $value.set(initial);
      if ($notice.get() !== 'newer') $notice.set(null);
    },
  };
}
