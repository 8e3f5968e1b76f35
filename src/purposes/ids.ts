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

/** What the site stores under `purpose` (registry entry): the quiz's leading purpose, versioned. */
export interface StoredPurpose {
  readonly v: 1;
  readonly purpose: PurposeId;
}

/** The stored purpose if it is exactly version 1 with a known purpose; null for anything else. */
export function parseStoredPurpose(value: unknown): StoredPurpose | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { v, purpose } = value as Record<string, unknown>;
  return v === 1 && isPurposeId(purpose) ? { v: 1, purpose } : null;
}
