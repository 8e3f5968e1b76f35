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

/** the purposes tied for first place with the shared one (itself included), or [] when none is tied */
export const $sharedTie = computed(store.$value, (stored): readonly PurposeId[] => stored?.tied ?? []);

/**
 * The purpose a plan is made for: the shared purpose, or null while the quiz result is a tie the
 * reader has not settled (the quiz tells them the other tools show the tie until they choose).
 */
export const $plannedPurpose = computed(store.$value, (stored) =>
  stored && !(stored.tied && stored.tied.length > 1) ? stored.purpose : null,
);

/** share the purpose to plan for; `tied`: the purposes sharing first place with it, when the reader has not chosen */
export function setSharedPurpose(purpose: PurposeId, tied?: readonly PurposeId[]): void {
  store.$value.set(tied && tied.length > 1 ? { v: 1, purpose, tied: [...tied] } : { v: 1, purpose });
}

export function clearSharedPurpose(): void {
  store.erase();
}
