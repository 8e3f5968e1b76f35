/**
 * Everything this site stores in the reader's browser, in one place. Every store takes its
 * localStorage key from here, and the "Your data" page lists, shows and erases these entries.
 * Bump the version in a key when the stored shape changes incompatibly.
 *
 * The words the reader sees about each entry (its label and description) are in
 * src/content/site/words.yaml under `storage`, keyed by the ids below; the schema in
 * src/schemas/site-words.ts stops the build when an id has no words or the words name an
 * unknown id.
 */
export interface StorageEntry {
  readonly key: string;
}

/** An entry holding versioned JSON (`{"v": version, …}`): a higher `v` was saved by a newer site. */
export interface VersionedEntry extends StorageEntry {
  readonly version: number;
}

export const storageRegistry = {
  theme: { key: 'upproach:theme' },
  purpose: { key: 'upproach:purpose:v1', version: 1 },
  quiz: { key: 'upproach:quiz:v1', version: 1 },
  estimator: { key: 'upproach:estimator:v1', version: 1 },
  checklist: { key: 'upproach:checklist:v1', version: 1 },
} as const satisfies Record<string, StorageEntry | VersionedEntry>;

export type StorageId = keyof typeof storageRegistry;

/** the ids in the order the "Your data" page lists them */
export const storageIds = Object.keys(storageRegistry) as StorageId[];

export const storageEntries: readonly StorageEntry[] = Object.values(storageRegistry);

/** What the "Your data" page says about one entry (from the content collection). */
export interface StorageEntryWords {
  /** its heading: "Colour theme" */
  readonly label: string;
  /** the label inside a sentence, as in "Erase {item}": "colour theme" */
  readonly inSentence: string;
  readonly description: string;
}

/** A registry entry with the words the reader sees about it. */
export interface DescribedStorageEntry extends StorageEntry, StorageEntryWords {
  readonly id: StorageId;
}

/** Every registry entry, in order, with its words. */
export function describeStorage(words: Readonly<Record<StorageId, StorageEntryWords>>): DescribedStorageEntry[] {
  return storageIds.map((id) => {
    const { label, inSentence, description } = words[id];
    return { id, key: storageRegistry[id].key, label, inSentence, description };
  });
}
