import type { PurposeModel } from '@/purposes/model';
import { isPurposeId } from '@/purposes/ids';

/** Comparing today's estimate with the size range a purpose needs. */
export interface SizeRange {
  readonly min: number;
  readonly max: number;
}

export type Fit = 'smaller' | 'about-right' | 'larger';

export function compareWithRange(estimate: number, range: SizeRange): Fit {
  if (estimate < range.min) return 'smaller';
  if (estimate > range.max) return 'larger';
  return 'about-right';
}

/** How many more people reach the bottom of the range (0 when already there). */
export function shortfall(estimate: number, range: SizeRange): number {
  return Math.max(0, Math.ceil(range.min - estimate));
}

/**
 * A purpose's target as the estimator shows it: its words (targets.yaml) with its size range and
 * the range's basis from the purpose model, so the quiz and the estimator give the same range.
 * Targets for an id that is not a purpose are dropped (the schema refuses them first).
 */
export function withModelSizes<T extends { readonly id: string }>(
  targets: readonly T[],
  model: PurposeModel,
): (T & SizeRange & { readonly limit: boolean; readonly basis: string })[] {
  return targets.flatMap((t) => {
    if (!isPurposeId(t.id)) return [];
    const { min, max, limit, basis } = model.purposes[t.id].size;
    return [{ ...t, min, max, limit, basis }];
  });
}
