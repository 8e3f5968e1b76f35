/**
 * Everything this site stores in the reader's browser, in one place: each entry's localStorage
 * key, which every store takes from here, and what the "Your data" page calls it and says it
 * holds. Bump the version in a key when the stored shape changes incompatibly.
 */
export interface StorageEntry {
  readonly key: string;
  /** its heading on the Your data page: "Color theme" */
  readonly label: string;
  /** the label inside a sentence, as in "Erase color theme" */
  readonly inSentence: string;
  readonly description: string;
}

/** An entry holding versioned JSON (`{"v": version, …}`): a higher `v` was saved by a newer site. */
export interface VersionedEntry {
  readonly key: string;
  readonly version: number;
}

export const storageRegistry = {
  theme: {
    key: 'upproach:theme',
    label: 'Color theme',
    inSentence: 'color theme',
    description: 'Light or dark, when you chose one with the theme button.',
  },
  purpose: {
    key: 'upproach:purpose:v1',
    version: 1,
    label: 'Your networking purpose',
    inSentence: 'your networking purpose',
    description:
      'The purpose from your quiz result (the one you chose when purposes tie), which the network-size estimator and the promotion checklist use.',
  },
  quiz: {
    key: 'upproach:quiz:v1',
    version: 1,
    label: 'Purpose quiz answers',
    inSentence: 'purpose quiz answers',
    description: 'Your answers to the networking purpose quiz and where you were in it.',
  },
  estimator: {
    key: 'upproach:estimator:v1',
    version: 1,
    label: 'Network-size estimator',
    inSentence: 'network-size estimator',
    description: 'The numbers you entered in the network-size estimator.',
  },
  checklist: {
    key: 'upproach:checklist:v1',
    version: 1,
    label: 'Promotion checklist',
    inSentence: 'promotion checklist',
    description:
      'Your promotion profile, the items you ticked, the names you wrote, the messages you changed, and how often you review each network.',
  },
} as const satisfies Record<string, StorageEntry | (StorageEntry & VersionedEntry)>;

export type StorageId = keyof typeof storageRegistry;

/** the ids in the order the "Your data" page lists them */
export const storageIds = Object.keys(storageRegistry) as StorageId[];
