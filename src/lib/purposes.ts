/**
 * The five networking purposes of "Is There a Purpose Behind Your Networking?".
 * Ids are stable (stored in localStorage and share links); labels are the article's names.
 */
export const purposeIds = ['social', 'career', 'resource', 'strategic', 'brand'] as const;
export type PurposeId = (typeof purposeIds)[number];

export const purposeLabels: Readonly<Record<PurposeId, string>> = {
  social: 'Social',
  career: 'Career/Business Opportunity',
  resource: 'Resource/Operational',
  strategic: 'Strategic/Perspective',
  brand: 'Personal Brand',
};

export function isPurposeId(value: unknown): value is PurposeId {
  return typeof value === 'string' && (purposeIds as readonly string[]).includes(value);
}
