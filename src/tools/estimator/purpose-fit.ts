import type { PurposeModel } from '@/purposes/model';
import { isPurposeId } from '@/purposes/ids';

/**
 * A purpose's target as the estimator shows it: its words (targets.yaml) with its size range and
 * the range's basis from the purpose model, so the quiz and the estimator give the same range.
 * Targets for an id that is not a purpose are dropped (the schema refuses them first).
 */
export function withModelSizes<T extends { readonly id: string }>(targets: readonly T[], model: PurposeModel) {
  return targets.flatMap((t) => {
    if (!isPurposeId(t.id)) return [];
    const { min, max, limit, basis } = model.purposes[t.id].size;
    return [{ ...t, min, max, limit, basis }];
  });
}
