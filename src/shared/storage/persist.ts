import { persistentAtom } from '@nanostores/persistent';
import { atom, computed, onMount, type ReadableAtom, type WritableAtom } from 'nanostores';
import { decodeStored, type DecodeResult } from './decode';
import type { VersionedEntry } from './registry';
import './storage-engine';

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
 * read. @nanostores/persistent keeps the stored text (and follows other tabs); this decodes it
 * with `parse`: anything rejected starts fresh from `initial` and raises a notice, and nothing is
 * written over a newer version's save. The one rule for every tool's saved data.
 */
export function persistentStore<T>(
  entry: VersionedEntry,
  initial: T,
  parse: (value: unknown) => T | null,
): PersistentStore<T> {
  const $text = persistentAtom<string | undefined>(entry.key, undefined);
  const read = (text: string | undefined): DecodeResult<T> => decodeStored(text, parse, entry.version);
  const problem = (result: DecodeResult<T>): StoreNotice =>
    result.ok || result.reason === 'missing' ? null : result.reason === 'newer' ? 'newer' : 'unreadable';

  // the stored text this page has already taken into account
  let seen = $text.get();
  const first = read(seen);
  const $notice = atom<StoreNotice>(problem(first));
  const $value = atom<T>(first.ok ? first.value : initial);
  const show = $value.set.bind($value);
  // a newer version's save is in storage: keep it, work from memory
  let held = $notice.get() === 'newer';

  $value.set = (value: T) => {
    if (!held) $text.set((seen = value === initial ? undefined : JSON.stringify(value)));
    show(value);
  };

  // storage changed under this page: another tab, the Your data page, or Back to a cached page
  const follow = (text: string | undefined) => {
    if (text === seen) return;
    seen = text;
    const result = read(text);
    held = !result.ok && result.reason === 'newer';
    const before = $value.get();
    show(result.ok ? result.value : initial);
    const said = problem(result) ?? (result.ok ? 'replaced' : 'erased');
    // erasing what was never saved loses nothing: nothing to say
    if (said !== 'erased' || before !== initial) $notice.set(said);
  };
  onMount($value, () => {
    const stop = $text.listen(follow);
    follow($text.get());
    return stop;
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
