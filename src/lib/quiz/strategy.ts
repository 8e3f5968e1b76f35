import type { PurposeId } from '../purposes';
import type { StrategyId } from './types';

export type StrategyFit =
  /** the reader's inviting strategy is what their leading purpose needs */
  | { readonly kind: 'match'; readonly reader: StrategyId; readonly needed: StrategyId }
  /** it is not: say so plainly */
  | { readonly kind: 'differ'; readonly reader: StrategyId; readonly needed: StrategyId }
  /** tied leading purposes need different strategies: one network cannot serve both */
  | { readonly kind: 'mixed'; readonly reader: StrategyId; readonly needed: readonly StrategyId[] };

/** Compare the reader's inviting strategy with what their leading purpose(s) need. */
export function strategyFit(
  reader: StrategyId,
  primaries: readonly PurposeId[],
  needs: Readonly<Record<PurposeId, StrategyId>>,
): StrategyFit {
  const needed = [...new Set(primaries.map((p) => needs[p]))];
  if (needed.length > 1) return { kind: 'mixed', reader, needed };
  const only = needed[0] ?? reader;
  return only === reader ? { kind: 'match', reader, needed: only } : { kind: 'differ', reader, needed: only };
}
