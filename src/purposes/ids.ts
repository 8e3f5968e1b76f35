/**
 * The five networking purposes of "Is There a Purpose Behind Your Networking?".
 * Ids are stable (stored in localStorage and share links). The names readers see are in the
 * purpose model (src/content/purposes/purposes.yaml).
 */
export const purposeIds = ['social', 'career', 'resource', 'strategic', 'brand'] as const;
export type PurposeId = (typeof purposeIds)[number];

export function isPurposeId(value: unknown): value is PurposeId {
  // includes compares with SameValueZero, so nothing that is not one of the id strings is included
  return (purposeIds as readonly unknown[]).includes(value);
}

/**
 * What the site stores under `purpose` (registry entry): the purpose the reader plans for, versioned.
 * `tied` (optional, added without a version change: older readers ignore it) lists the purposes
 * that share first place with it, itself included, when the quiz result is a tie the reader has not
 * settled by choosing one; the estimator and the checklist then say so instead of silently
 * planning for the first.
 */
export interface StoredPurpose {
  readonly v: 1;
  readonly purpose: PurposeId;
  readonly tied?: readonly PurposeId[];
}

/** The stored purpose if it is exactly version 1 with a known purpose; null for anything else. */
export function parseStoredPurpose(value: unknown): StoredPurpose | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { v, purpose, tied } = value as Record<string, unknown>;
  if (v !== 1 || !isPurposeId(purpose)) return null;
  if (tied === undefined) return { v: 1, purpose };
  const valid =
    Array.isArray(tied) &&
    tied.length >= 2 &&
    tied.every(isPurposeId) &&
    new Set(tied).size === tied.length &&
    tied.includes(purpose);
  return valid ? { v: 1, purpose, tied } : null;
}
