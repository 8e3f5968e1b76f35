/**
 * Everything this site stores in the reader's browser, in one place. Every store takes its
 * localStorage key from here, and the "Your data" page lists, shows and erases these entries.
 * Bump the version in a key when the stored shape changes incompatibly.
 */
export interface StorageEntry {
  readonly key: string;
  /** what the reader sees on the "Your data" page */
  readonly label: string;
  readonly description: string;
}

export const storageRegistry = {
  theme: {
    key: 'upproach:theme',
    label: 'Colour theme',
    description: 'Light or dark, when you chose one with the theme button.',
  },
  purpose: {
    key: 'upproach:purpose:v1',
    label: 'Your networking purpose',
    description: 'The primary purpose from your quiz result, which the estimator and checklist use.',
  },
  quiz: {
    key: 'upproach:quiz:v1',
    label: 'Purpose quiz answers',
    description: 'Your answers to the networking purpose quiz and where you were in it.',
  },
  estimator: {
    key: 'upproach:estimator:v1',
    label: 'Network-size estimator',
    description: 'The numbers you entered in the network-size estimator.',
  },
  checklist: {
    key: 'upproach:checklist:v1',
    label: 'Promotion checklist',
    description: 'Your promotion profile, the items you ticked and the names you wrote.',
  },
} as const satisfies Record<string, StorageEntry>;

export type StorageId = keyof typeof storageRegistry;

export const storageEntries: readonly StorageEntry[] = Object.values(storageRegistry);
