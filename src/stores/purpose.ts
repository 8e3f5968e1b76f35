import { computed } from 'nanostores';
import { isPurposeId, type PurposeId } from '../lib/purposes';
import { isRecord } from '../lib/storage/decode';
import { storageRegistry } from '../lib/storage/registry';
import { persistentStore } from './persist';

/**
 * The reader's primary networking purpose, shared by the islands: the quiz sets it when it
 * shows a result; the estimator and the checklist read it. null until the quiz was taken.
 */
interface StoredPurpose {
  readonly v: 1;
  readonly purpose: PurposeId;
}

function parseStoredPurpose(value: unknown): StoredPurpose | null {
  if (!isRecord(value)) return null;
  const { v, purpose } = value;
  return v === 1 && isPurposeId(purpose) ? { v: 1, purpose } : null;
}

const store = persistentStore<StoredPurpose | null>(storageRegistry.purpose, null, (value) =>
  value === null ? null : parseStoredPurpose(value),
);

export const $sharedPurpose = computed(store.$value, (stored) => stored?.purpose ?? null);

export function setSharedPurpose(purpose: PurposeId): void {
  store.$value.set({ v: 1, purpose });
}

export function clearSharedPurpose(): void {
  store.erase();
}
