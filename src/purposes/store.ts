import { computed } from 'nanostores';
import { parseStoredPurpose, type PurposeId, type StoredPurpose } from '@/purposes/ids';
import { storageRegistry } from '@/shared/storage/registry';
import { persistentStore } from '@/shared/storage/persist';

/**
 * The reader's primary networking purpose, shared by the islands: the quiz sets it when it
 * shows a result; the estimator and the checklist read it. null until the quiz was taken.
 */
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
