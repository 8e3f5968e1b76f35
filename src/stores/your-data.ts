import { atom, computed, type ReadableAtom } from 'nanostores';
import { inspectStorage, type StoredItem } from '../lib/storage/inspect';
import { storageEntries, type DescribedStorageEntry } from '../lib/storage/registry';
import { plural, type PluralForms } from '../lib/shared/plural';
import { fill } from '../lib/shared/template';

/**
 * What this site keeps in this browser, for the "Your data" page. Refreshed when another tab
 * changes storage, so the page never shows stale data. The words come from the page (the
 * content collection), through the view and the actions below.
 */

/** what each registered key holds, as read from this browser; a missing key holds nothing */
const $storedRaw = atom<Readonly<Partial<Record<string, string>>>>({});
/** false until this browser's storage has been read */
export const $storageRead = atom(false);
/** the last thing done, for the live region */
export const $yourDataMessage = atom('');

/** The words of the list and its summary (from the page's content collection). */
export interface YourDataViewWords {
  /** the summary before this browser's storage is read */
  readonly reading: string;
  /** the summary when nothing is kept */
  readonly nothing: string;
  /** the summary otherwise: "This site keeps {count} items in this browser." */
  readonly count: PluralForms;
  /** under an item that is not stored, and under every item before storage is read */
  readonly notStored: string;
  readonly checking: string;
  /** opens what is stored: {bytes} and {key} */
  readonly show: string;
  /** the item's erase button: {item} is its inSentence */
  readonly eraseItem: string;
}

/** One listed item, with the sentences around it filled in. */
export interface YourDataViewItem extends StoredItem {
  /** when nothing is stored: what is said instead ("Nothing stored." or "Checking…") */
  readonly empty: string;
  /** the text that opens what is stored */
  readonly showLabel: string;
  /** the item's erase button */
  readonly eraseLabel: string;
}

export interface YourDataView {
  readonly summary: string;
  /** every registered entry, in order; an entry with nothing stored has shown === null */
  readonly items: readonly YourDataViewItem[];
  /** whether anything is stored, so "Erase everything" has something to erase */
  readonly anyStored: boolean;
}

/** The words the erase actions say in the live region. */
export interface YourDataMessages {
  /** after erasing one item; {label} is its label */
  readonly erased: string;
  /** after erasing everything */
  readonly erasedAll: string;
}

/**
 * The page's list in the editor's words: every registered entry (`entries` gives their words)
 * and what this browser stores for it. Before the browser is read (and in the server render)
 * every entry shows as not stored, so the page keeps the same layout when the real values arrive.
 */
export function yourDataView(
  entries: readonly DescribedStorageEntry[],
  words: YourDataViewWords,
): ReadableAtom<YourDataView> {
  return computed([$storedRaw, $storageRead], (raw, read) => {
    // inspectStorage keeps the order of `entries`
    const items = inspectStorage(entries, (key) => raw[key] ?? null).map((item, i) => ({
      ...item,
      empty: read ? words.notStored : words.checking,
      showLabel: fill(words.show, { bytes: item.bytes, key: item.key }),
      eraseLabel: fill(words.eraseItem, { item: entries[i]!.inSentence }),
    }));
    const stored = items.filter((item) => item.shown !== null).length;
    const summary = !read
      ? words.reading
      : stored === 0
        ? words.nothing
        : fill(plural(words.count, stored), { count: stored });
    return { summary, items, anyStored: stored > 0 };
  });
}

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function refreshStoredItems(): void {
  const s = storage();
  const raw: Record<string, string> = {};
  for (const { key } of storageEntries) {
    let value: string | null;
    try {
      value = s ? s.getItem(key) : null;
    } catch {
      value = null;
    }
    if (value !== null) raw[key] = value;
  }
  $storedRaw.set(raw);
  $storageRead.set(true);
}

/** Erase one registered entry and say so, naming it by its label. */
export function eraseStoredItem(entry: { readonly key: string; readonly label: string }, words: YourDataMessages): void {
  if (!storageEntries.some((e) => e.key === entry.key)) return;
  storage()?.removeItem(entry.key);
  refreshStoredItems();
  $yourDataMessage.set(fill(words.erased, { label: entry.label }));
}

export function eraseAllStoredItems(words: YourDataMessages): void {
  const s = storage();
  for (const entry of storageEntries) s?.removeItem(entry.key);
  refreshStoredItems();
  $yourDataMessage.set(words.erasedAll);
}

/** Start watching storage; returns the function that stops. */
export function watchStoredItems(): () => void {
  refreshStoredItems();
  const onStorage = () => refreshStoredItems();
  globalThis.addEventListener?.('storage', onStorage);
  return () => globalThis.removeEventListener?.('storage', onStorage);
}
