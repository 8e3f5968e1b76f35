import { atom } from 'nanostores';
import { inspectStorage, type StoredItem } from '../lib/storage/inspect';
import { storageEntries } from '../lib/storage/registry';

/**
 * What this site keeps in this browser, for the "Your data" page. Refreshed when another tab
 * changes storage, so the page never shows stale data.
 */
// Before the browser is read (and in the server render) every entry shows as not stored, so the
// page keeps the same layout when the real values arrive.
export const $storedItems = atom<StoredItem[]>(inspectStorage(storageEntries, () => null));
/** false until this browser's storage has been read */
export const $storageRead = atom(false);
/** the last thing done, for the live region */
export const $yourDataMessage = atom('');

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function refreshStoredItems(): void {
  const s = storage();
  $storedItems.set(inspectStorage(storageEntries, (key) => (s ? s.getItem(key) : null)));
  $storageRead.set(true);
}

export function eraseStoredItem(key: string): void {
  const entry = storageEntries.find((e) => e.key === key);
  if (!entry) return;
  storage()?.removeItem(key);
  refreshStoredItems();
  $yourDataMessage.set(`Erased: ${entry.label}.`);
}

export function eraseAllStoredItems(): void {
  const s = storage();
  for (const entry of storageEntries) s?.removeItem(entry.key);
  refreshStoredItems();
  $yourDataMessage.set('Erased everything this site kept in this browser.');
}

/** Start watching storage; returns the function that stops. */
export function watchStoredItems(): () => void {
  refreshStoredItems();
  const onStorage = () => refreshStoredItems();
  globalThis.addEventListener?.('storage', onStorage);
  return () => globalThis.removeEventListener?.('storage', onStorage);
}
