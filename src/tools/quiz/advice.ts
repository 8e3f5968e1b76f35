import type { PurposeId } from '@/purposes/ids';
import type { ConflictEntry, RemedyId, StrategyId } from '@/purposes/model';
import type { QuizResult } from './scoring';

/**
 * The rules that make a result hold together, stated once. Everything the result screen
 * recommends comes from `advise()`: the leading purposes, whether the reader's inviting strategy
 * fits them, the conflicts among them and the one recommendation about how many networks to keep.
 */

/** single: one purpose leads; two: two share first place; choose: three or more do, so the reader picks */
export type ResultMode = 'single' | 'two' | 'choose';

/** fits: every leading purpose needs the reader's strategy; partly: some do; notFit: none do */
export type FitKind = 'fits' | 'partly' | 'notFit';

/**
 * one: a single purpose leads; oneWithCare: the leading purposes agree (same strategy, no
 * conflict); segment: one network kept in parts; separate: separate networks.
 */
export type Recommendation = 'one' | 'oneWithCare' | 'segment' | 'separate';

export interface ActiveConflict extends ConflictEntry {
  readonly percentA: number;
  readonly percentB: number;
}

export interface Advice {
  readonly mode: ResultMode;
  /** the purposes within the tie margin of the leader, highest first */
  readonly leading: readonly PurposeId[];
  readonly fit: {
    readonly kind: FitKind;
    readonly reader: StrategyId;
    /** leading purposes that the reader's strategy suits */
    readonly suited: readonly PurposeId[];
    /** leading purposes that need another strategy, grouped by that strategy (in the order met) */
    readonly others: readonly { readonly strategy: StrategyId; readonly purposes: readonly PurposeId[] }[];
  };
  /** the conflicts between leading purposes, whatever their share */
  readonly conflicts: readonly ActiveConflict[];
  readonly recommendation: Recommendation;
  /** the purposes whose six answers are shown in full: at most two */
  readonly dilemmaSets: readonly PurposeId[];
}

/**
 * Advise on a scored result. `needs`: the strategy each purpose needs (the purpose model);
 * `chosen`: the purpose the reader chose to plan for (only used when three or more lead).
 */
export function advise(
  result: QuizResult,
  needs: Readonly<Record<PurposeId, StrategyId>>,
  conflictRules: readonly ConflictEntry[],
  chosen: PurposeId | null = null,
): Advice {
  const leading = result.primaries;
  const mode: ResultMode = leading.length === 1 ? 'single' : leading.length === 2 ? 'two' : 'choose';
  const reader = result.strategy;
  const suited = leading.filter((p) => needs[p] === reader);
  const others: { strategy: StrategyId; purposes: PurposeId[] }[] = [];
  for (const p of leading) {
    if (needs[p] === reader) continue;
    const group = others.find((g) => g.strategy === needs[p]);
    if (group) group.purposes.push(p);
    else others.push({ strategy: needs[p], purposes: [p] });
  }
  const kind: FitKind = suited.length === 0 ? 'notFit' : others.length === 0 ? 'fits' : 'partly';

  const percent = (p: PurposeId) => result.ranked.find((s) => s.purpose === p)?.percent ?? 0;
  const conflicts = conflictRules
    .filter((c) => c.a !== c.b && leading.includes(c.a) && leading.includes(c.b))
    .map((c) => ({ ...c, percentA: percent(c.a), percentB: percent(c.b) }));

  const strategies = new Set(leading.map((p) => needs[p]));
  const remedies = new Set<RemedyId>(conflicts.map((c) => c.remedy));
  const recommendation: Recommendation =
    leading.length === 1
      ? 'one'
      : remedies.has('separate')
        ? 'separate'
        : remedies.has('segment') || strategies.size > 1
          ? 'segment'
          : 'oneWithCare';

  const dilemmaSets = mode === 'choose' ? (chosen && leading.includes(chosen) ? [chosen] : []) : leading;
  return { mode, leading, fit: { kind, reader, suited, others }, conflicts, recommendation, dilemmaSets };
}

/**
 * The purpose the estimator and the checklist plan for: the reader's choice among the leading
 * purposes, else the leader; null when three or more lead and the reader has not chosen yet.
 */
export function planFor(advice: Advice, chosen: PurposeId | null): PurposeId | null {
  if (chosen && advice.leading.includes(chosen)) return chosen;
  return advice.mode === 'choose' ? null : (advice.leading[0] ?? null);
}
