import { atom, computed, type ReadableAtom } from 'nanostores';
import { inspectStorage, type StoredItem } from '@/tools/your-data/inspect';
import {
  storageEntries,
  storageIds,
  storageRegistry,
  type DescribedStorageEntry,
  type StorageId,
} from '@/shared/storage/registry';
import {
  dataFileName,
  fileTooLarge,
  type DataFileEntry,
  type DataFileProblem,
  type DataFileReading,
  type MadeDataFile,
} from '@/tools/your-data/format';
import { joinList, type ListWords } from '@/shared/list';
import { plural, type PluralForms } from '@/shared/plural';
import { fill } from '@/shared/template';

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

/**
 * Values brought in from a data file that the browser would not store (storage full or
 * blocked): held in memory on this page, listed and downloadable like the rest, until it closes.
 */
const $unkept = atom<Readonly<Record<string, string>>>({});

/** Hold a value the browser would not store (undefined: let go of it). */
function holdUnkept(key: string, value: string | undefined): void {
  const { [key]: _gone, ...rest } = $unkept.get();
  $unkept.set(value === undefined ? rest : { ...rest, [key]: value });
}

export function refreshStoredItems(): void {
  const s = storage();
  const raw: Record<string, string> = { ...$unkept.get() };
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
export function eraseStoredItem(
  entry: { readonly key: string; readonly label: string },
  words: YourDataMessages,
): void {
  if (!storageEntries.some((e) => e.key === entry.key)) return;
  holdUnkept(entry.key, undefined);
  storage()?.removeItem(entry.key);
  refreshStoredItems();
  $yourDataMessage.set(fill(words.erased, { label: entry.label }));
}

export function eraseAllStoredItems(words: YourDataMessages): void {
  const s = storage();
  $unkept.set({});
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

/* ---- Your data in a file: the format and its checks are in src/lib/data-file/. The island
   gives the tools that make and read files with the tools' parsers (in the browser, a worker
   started when first needed; in tests, the functions themselves). ---- */

/** Make a file from what is stored, and read one: src/lib/data-file/format.ts with the site's codecs. */
export interface DataFileTools {
  make(stored: Partial<Record<StorageId, string>>, site: string, now: Date): Promise<MadeDataFile>;
  read(text: string, site: string): Promise<DataFileReading>;
}

/** The words the file actions say (from the page's content collection). */
export interface DataFileMessages {
  readonly downloaded: string;
  readonly leftOut: string;
  readonly nothingToDownload: string;
  readonly imported: string;
  readonly notKept: string;
  readonly noneChosen: string;
  readonly cancelled: string;
  readonly list: ListWords;
}

/** what the reader calls each entry inside a sentence, by id (the page's words) */
export type EntryNames = Readonly<Record<StorageId, string>>;

export type DataImport =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading' }
  /** refused: nothing was read into the page, nothing changed; `size` for too-large ("10.0 MB") */
  | { readonly kind: 'problem'; readonly problem: DataFileProblem | 'unreadable'; readonly size: string }
  /** read: what the file holds per entry, waiting for the reader to choose and confirm */
  | {
      readonly kind: 'review';
      readonly fileName: string;
      readonly exported: Date | null;
      readonly entries: readonly DataFileEntry[];
      readonly unknown: readonly string[];
    };

export const $dataImport = atom<DataImport>({ kind: 'none' });

function megabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** The file to download: everything stored (or held in memory), or null when nothing is. */
export async function downloadData(
  tools: DataFileTools,
  site: string,
  names: EntryNames,
  words: DataFileMessages,
  now: Date = new Date(),
): Promise<{ readonly fileName: string; readonly text: string } | null> {
  const raw = $storedRaw.get();
  const stored: Partial<Record<StorageId, string>> = {};
  for (const id of storageIds) {
    const value = raw[storageRegistry[id].key];
    if (value !== undefined) stored[id] = value;
  }
  let made: MadeDataFile;
  try {
    made = await tools.make(stored, site, now);
  } catch {
    $yourDataMessage.set(words.nothingToDownload);
    return null;
  }
  if (made.included.length === 0) {
    $yourDataMessage.set(words.nothingToDownload);
    return null;
  }
  const fileName = dataFileName(site, now);
  const left = made.unreadable.map((id) => names[id]);
  $yourDataMessage.set(
    [
      fill(words.downloaded, { file: fileName }),
      left.length ? fill(words.leftOut, { items: joinList(left, words.list) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  return { fileName, text: made.text };
}

/** What open files need: their name, size and text (a File). */
export interface OpenedFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

/** Read a data file the reader chose and show what it holds; nothing is stored yet. */
export async function openDataFile(tools: DataFileTools, file: OpenedFile, site: string): Promise<void> {
  $yourDataMessage.set('');
  // a file too large is refused before it is read into memory
  if (fileTooLarge(file.size)) {
    $dataImport.set({ kind: 'problem', problem: 'too-large', size: megabytes(file.size) });
    return;
  }
  $dataImport.set({ kind: 'reading' });
  let reading: DataFileReading;
  try {
    reading = await tools.read(await file.text(), site);
  } catch {
    $dataImport.set({ kind: 'problem', problem: 'unreadable', size: megabytes(file.size) });
    return;
  }
  $dataImport.set(
    reading.ok
      ? {
          kind: 'review',
          fileName: file.name,
          exported: reading.exported,
          entries: reading.entries,
          unknown: reading.unknown,
        }
      : { kind: 'problem', problem: reading.problem, size: megabytes(file.size) },
  );
}

/**
 * Replace what is stored with the file's value for each chosen entry the file holds readably
 * (each entry is one key: it is replaced whole or not at all). Entries the browser refuses to
 * store are held in memory on this page and named in the message. false: nothing was chosen.
 */
export function importChosen(ids: readonly StorageId[], names: EntryNames, words: DataFileMessages): boolean {
  const review = $dataImport.get();
  if (review.kind !== 'review') return false;
  const chosen = review.entries.filter(
    (e): e is DataFileEntry & { stored: string } => e.stored !== null && ids.includes(e.id),
  );
  if (chosen.length === 0) {
    $yourDataMessage.set(words.noneChosen);
    return false;
  }
  const s = storage();
  const kept: string[] = [];
  const notKept: string[] = [];
  for (const entry of chosen) {
    const key = storageRegistry[entry.id].key;
    let saved = false;
    try {
      if (s) {
        s.setItem(key, entry.stored);
        saved = s.getItem(key) === entry.stored;
      }
    } catch {
      saved = false;
    }
    if (saved) {
      holdUnkept(key, undefined);
      kept.push(names[entry.id]);
    } else {
      holdUnkept(key, entry.stored);
      notKept.push(names[entry.id]);
    }
  }
  refreshStoredItems();
  $dataImport.set({ kind: 'none' });
  $yourDataMessage.set(
    [
      kept.length ? fill(words.imported, { items: joinList(kept, words.list) }) : '',
      notKept.length ? fill(words.notKept, { items: joinList(notKept, words.list) }) : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
  return true;
}

/** Close the review of an opened file (or its problem) without changing anything. */
export function cancelDataImport(words: Pick<DataFileMessages, 'cancelled'>): void {
  const was = $dataImport.get().kind;
  $dataImport.set({ kind: 'none' });
  if (was === 'review') $yourDataMessage.set(words.cancelled);
}
