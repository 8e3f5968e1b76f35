import type { DescribedStorageEntry } from '@/shared/storage/registry';

export interface StoredItem {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  /** what is stored, formatted for reading; null when nothing is stored */
  readonly shown: string | null;
  /** size of the stored text in bytes (UTF-8) */
  readonly bytes: number;
}

/** Pretty-print a stored string: indented JSON when it parses, the raw text otherwise. */
export function formatStored(raw: string): string {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  } catch {
    return raw;
  }
}

/** What the site keeps under each registered key, read through `get` (localStorage.getItem). */
export function inspectStorage(
  entries: readonly DescribedStorageEntry[],
  get: (key: string) => string | null,
): StoredItem[] {
  return entries.map((entry) => {
    let raw: string | null;
    try {
      raw = get(entry.key);
    } catch {
      raw = null;
    }
    return {
      key: entry.key,
      label: entry.label,
      description: entry.description,
      shown: raw === null ? null : formatStored(raw),
      bytes: raw === null ? 0 : new TextEncoder().encode(raw).length,
    };
  });
}
