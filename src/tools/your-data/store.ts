/**
 * What this site keeps in this browser, for the "Your data" page: the text under each
 * registered key (kept up to date when another tab changes it), erasing it, downloading it to a
 * data file and bringing a data file's values back.
 */
import { persistentAtom } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import { SITE } from '@/config';
import { downloadText } from '@/shared/download';
import { storageIds, storageRegistry, type StorageId } from '@/shared/storage/registry';
import { isRefused } from '@/shared/storage/storage-engine';
import { PLAN_KEY_PREFIX } from '@/tools/checklist/plan-key';
import { countStoredPeople } from '@/tools/people/count';
import { unplanAll } from '@/tools/people/planned';
import { words as peopleWords } from '@/tools/people/words';
import { dataFileName, fileTooLarge } from './file-checks';
import type { DataFileEntry, DataFileTools, PeopleInFile, Stored } from './format';
import { words } from './words';

const w = words.file;
const texts = storageIds.map((id) => persistentAtom<string | undefined>(storageRegistry[id].key, undefined));
const themeKey = storageRegistry.theme.key;
const put = (id: StorageId, text: string | undefined) => {
  texts[storageIds.indexOf(id)]!.set(text);
  // the inline theme script (src/scripts/theme.js) applies a theme changed in this tab at once;
  // other tabs follow the storage event
  if (id === 'theme' && typeof window !== 'undefined')
    window.dispatchEvent(new CustomEvent(themeKey, { detail: text ?? null }));
};
// and the theme button, pressed on this page, shows here at once
if (typeof window !== 'undefined')
  window.addEventListener(themeKey, (event) => {
    const theme = texts[storageIds.indexOf('theme')]!;
    const { detail } = event as CustomEvent<string | null>;
    if (theme.get() !== (detail ?? undefined)) theme.set(detail ?? undefined);
  });

/** what is kept for each entry (a value the browser refused to store is kept in this page's memory) */
export const $stored = computed(texts, (...values): Stored =>
  Object.fromEntries(storageIds.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]]]))),
);

/** the last thing done, for the live region */
export const $message = atom('');

/** how many people "Your people" keeps in this browser's database (null: none, or not read yet) */
export const $peopleCount = atom<number | null>(null);
export const refreshPeople = () => countStoredPeople().then((n) => $peopleCount.set(n || null));
const pw = peopleWords.dataFile;

/** Erase the people (their database's records, undo steps and settings). */
export async function erasePeople(tools: DataFileTools): Promise<void> {
  const ok = await tools.erasePeople().catch(() => false);
  await refreshPeople();
  $message.set(ok ? words.erased(pw.label) : pw.eraseFailed);
}

export type DataImport =
  | { readonly kind: 'none' }
  | { readonly kind: 'reading' }
  /** refused: nothing was read into the page, nothing changed */
  | { readonly kind: 'problem'; readonly message: string }
  /** read: what the file holds, waiting for the reader to choose entries and confirm */
  | {
      readonly kind: 'review';
      readonly fileName: string;
      readonly exported: Date | null;
      readonly entries: readonly DataFileEntry[];
      readonly unknown: readonly string[];
      readonly chosen: readonly StorageId[];
      readonly people: PeopleInFile | null;
      readonly peopleChosen: boolean;
    };

export const $dataImport = atom<DataImport>({ kind: 'none' });

export function eraseItem(id: StorageId): void {
  put(id, undefined);
  // the planned contacts the checklist set in Your people go with it, as with its own "Erase"
  if (id === 'checklist') void unplanAll(PLAN_KEY_PREFIX);
  $message.set(words.erased(storageRegistry[id].label));
}

/** Erase every entry, and the people when the page's tools are given. */
export function eraseAll(tools?: DataFileTools): void {
  for (const id of storageIds) put(id, undefined);
  $message.set(words.erasedAll);
  if (tools)
    void tools.erasePeople().then(
      (ok) => (refreshPeople(), ok || $message.set(pw.eraseFailed)),
      () => $message.set(pw.eraseFailed),
    );
}

/** Download everything kept (held in memory included) as a data file, or say there is nothing. */
export async function download(tools: DataFileTools, now = new Date()): Promise<void> {
  const made = await tools.make($stored.get(), SITE.name, now).catch(() => null);
  if (!made || (!made.included.length && !made.people)) return $message.set(w.nothingToDownload);
  const fileName = dataFileName(SITE.name, now);
  downloadText(fileName, made.text, 'application/json');
  if (made.people) await tools.markBackup(now.getTime()).catch(() => {});
  const left = made.unreadable.map((id) => storageRegistry[id].inSentence);
  $message.set(left.length ? `${w.downloaded(fileName)} ${w.leftOut(left)}` : w.downloaded(fileName));
}

/** Read a data file the reader chose and show what it holds; nothing is stored yet. */
export async function openFile(tools: DataFileTools, file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
  $message.set('');
  const size = `${(file.size / 1_000_000).toFixed(1)} MB`;
  const refuse = (message: string) => $dataImport.set({ kind: 'problem', message });
  // a file too large is refused before it is read into memory
  if (fileTooLarge(file.size)) return refuse(w.tooLarge(size));
  $dataImport.set({ kind: 'reading' });
  const reading = await file
    .text()
    .then((text) => tools.read(text, SITE.name))
    .catch(() => null);
  if (!reading) refuse(w.problems.unreadable);
  else if (!reading.ok) refuse(reading.problem === 'too-large' ? w.tooLarge(size) : w.problems[reading.problem]);
  else {
    const { exported, entries, unknown, people } = reading;
    // every entry the file holds readably starts chosen
    const chosen = entries.filter((e) => e.stored !== null).map((e) => e.id);
    const peopleChosen = (people?.valid.length ?? 0) > 0;
    $dataImport.set({ kind: 'review', fileName: file.name, exported, entries, unknown, chosen, people, peopleChosen });
  }
}

/** Tick or untick the people of the file under review. */
export function choosePeople(on: boolean): void {
  const review = $dataImport.get();
  if (review.kind === 'review') $dataImport.set({ ...review, peopleChosen: on });
}

/** Tick or untick an entry of the file under review. */
export function choose(id: StorageId, on: boolean): void {
  const review = $dataImport.get();
  if (review.kind !== 'review') return;
  $dataImport.set({ ...review, chosen: on ? [...review.chosen, id] : review.chosen.filter((c) => c !== id) });
}

/**
 * Replace what is stored with the file's value for each chosen entry it holds readably (each
 * entry is one key: replaced whole or not at all). What the browser refuses to store is kept in
 * this page's memory and named. false: nothing was chosen.
 */
export function importChosen(tools?: DataFileTools): boolean {
  const review = $dataImport.get();
  if (review.kind !== 'review') return false;
  const chosen = review.entries.filter((e) => e.stored !== null && review.chosen.includes(e.id));
  const people = review.peopleChosen && tools ? (review.people?.valid ?? []) : [];
  const peopleSettings = review.people?.settings ?? {};
  if (chosen.length === 0 && people.length === 0) {
    $message.set(w.noneChosen);
    return false;
  }
  const kept: string[] = [];
  const notKept: string[] = [];
  for (const { id, stored } of chosen) {
    put(id, stored!);
    (isRefused(storageRegistry[id].key) ? notKept : kept).push(storageRegistry[id].inSentence);
  }
  $dataImport.set({ kind: 'none' });
  const said = [kept.length ? w.imported(kept) : '', notKept.length ? w.notKept(notKept) : '']
    .filter(Boolean)
    .join(' ');
  $message.set(said);
  if (people.length && tools) {
    void tools
      .replacePeople(people, peopleSettings, pw.replaced(people.length), Date.now())
      .catch(() => false)
      .then(async (ok) => {
        await refreshPeople();
        $message.set([said, ok ? pw.imported(people.length) : pw.notImported].filter(Boolean).join(' '));
      });
  }
  return true;
}

/** Close the review of an opened file (or its problem) without changing anything. */
export function cancelImport(): void {
  if ($dataImport.get().kind === 'review') $message.set(w.cancelled);
  $dataImport.set({ kind: 'none' });
}
