import { purposeIds, type PurposeId } from './ids';

/**
 * The network vocabulary (src/content/purposes/networks.yaml, checked by ./networks-schema.ts):
 * the networks a person can belong to, the contact cadence, the relations and the gives. Ids are
 * stored in browsers: never rename one.
 */

/**
 * one network per purpose (same id), plus the promotion article's past network. Written out, and
 * checked against purposeIds by the compiler, rather than spread: a bundler keeps a spread of an
 * imported list as a side effect, so every page importing this module's chunk would load it.
 */
export const networkIds = ['social', 'career', 'resource', 'strategic', 'brand', 'past'] as const satisfies readonly [
  ...typeof purposeIds,
  'past',
];
export type NetworkId = PurposeId | 'past';

export function isNetworkId(value: unknown): value is NetworkId {
  return (networkIds as readonly unknown[]).includes(value);
}

/** how often to contact one person, once the reader turns the cadence on */
export const cadenceIds = ['two-weeks', 'month', 'quarter', 'half-year', 'year'] as const;
export type CadenceId = (typeof cadenceIds)[number];

/** the length of each cadence: weeks count in days, the rest in calendar months */
export const cadenceSpan: Readonly<Record<CadenceId, { readonly days: number } | { readonly months: number }>> = {
  'two-weeks': { days: 14 },
  month: { months: 1 },
  quarter: { months: 3 },
  'half-year': { months: 6 },
  year: { months: 12 },
};

/** where a person stands relative to the reader */
export const relationIds = ['above', 'peer', 'report', 'outside'] as const;
export type RelationId = (typeof relationIds)[number];

/** whom a give suits: a relation, or anyone in the past network */
export const contactKindIds = ['above', 'peer', 'report', 'outside', 'past'] as const satisfies readonly [
  ...typeof relationIds,
  'past',
];
export type ContactKind = RelationId | 'past';
