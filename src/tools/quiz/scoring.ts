import { purposeIds, type PurposeId } from '@/purposes/ids';
import { allowsStrategy, pairRule, type ConflictEntry, type PurposeModel, type StrategyId } from '@/purposes/model';
import type { QuizModel } from './schema';

/** Answers by question id: the chosen answer id. */
export type Answers = Readonly<Record<string, string>>;

export interface PurposeScore {
  readonly purpose: PurposeId;
  /** the sum of the chosen answers' weights */
  readonly points: number;
  /** whole percent; the five add up to exactly 100 */
  readonly percent: number;
}

export interface QuizResult {
  /** all five purposes, highest first (ties keep the article's order) */
  readonly ranked: readonly PurposeScore[];
  /** the leading purpose (first of `primaries`) */
  readonly primary: PurposeId;
  /** every purpose whose whole percentage is within the tie margin of the leader's: more than one means a tie */
  readonly primaries: readonly PurposeId[];
  readonly strategy: StrategyId;
}

/** Why an answer set cannot be scored: a typed error, never a made-up result. */
export type ScoringError =
  | { readonly code: 'incomplete'; readonly missing: readonly string[] }
  | { readonly code: 'unknown-answer'; readonly questionId: string };

/**
 * Whole percentages that sum to exactly `total` (largest-remainder method). Ties between equal
 * remainders go to the larger raw value, then to the earlier position. Non-finite or negative
 * inputs count as 0; all-zero input gives an even split.
 */
export function largestRemainder(values: readonly number[], total = 100): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  // remainders are kept as numerators over `denominator`, so integer inputs compare exactly
  const scaled = sum > 0 ? clean.map((v) => v * total) : clean.map(() => total);
  const denominator = sum > 0 ? sum : values.length;
  const floors = scaled.map((v) => Math.floor(v / denominator));
  const left = total - floors.reduce((a, b) => a + b, 0);
  const order = scaled
    .map((v, i) => ({ i, rem: v - floors[i]! * denominator, raw: clean[i]! }))
    .sort((a, b) => b.rem - a.rem || b.raw - a.raw || a.i - b.i);
  for (const { i } of order.slice(0, left)) floors[i]! += 1;
  return floors;
}

/** Score a complete answer set; `tieMargin`: percentage points within which purposes share first place. */
export function scoreQuiz(
  model: QuizModel,
  answers: Answers,
  tieMargin = 3,
): { readonly ok: true; readonly result: QuizResult } | { readonly ok: false; readonly error: ScoringError } {
  const ids = [model.strategyQuestion.id, ...model.questions.map((q) => q.id)];
  const missing = ids.filter((q) => answers[q] === undefined);
  if (missing.length > 0) return { ok: false, error: { code: 'incomplete', missing } };
  const strategy = model.strategyQuestion.answers.find((a) => a.id === answers[model.strategyQuestion.id]);
  if (!strategy) return { ok: false, error: { code: 'unknown-answer', questionId: model.strategyQuestion.id } };

  const points: Record<PurposeId, number> = { social: 0, career: 0, resource: 0, strategic: 0, brand: 0 };
  for (const q of model.questions) {
    const chosen = q.answers.find((a) => a.id === answers[q.id]);
    if (!chosen) return { ok: false, error: { code: 'unknown-answer', questionId: q.id } };
    for (const p of purposeIds) {
      const w = chosen.weights[p] ?? 0;
      if (Number.isFinite(w) && w > 0) points[p] += w;
    }
  }
  return { ok: true, result: resultFromPoints(points, strategy.id, tieMargin) };
}

/** Rank the five purposes' points (any reachable profile) into a result. */
export function resultFromPoints(
  points: Readonly<Record<PurposeId, number>>,
  strategy: StrategyId,
  tieMargin = 3,
): QuizResult {
  const raw = purposeIds.map((p) => points[p]);
  const percents = largestRemainder(raw);
  const ranked = purposeIds
    .map((purpose, i) => ({ purpose, points: points[purpose], percent: percents[i]! }))
    .sort((a, b) => b.points - a.points || purposeIds.indexOf(a.purpose) - purposeIds.indexOf(b.purpose));
  // the tie is judged on the whole percentages the reader sees, so "within 3 percentage points" is true of the chart
  const top = ranked[0]!.percent;
  const primaries = ranked.filter((s) => top - s.percent <= tieMargin).map((s) => s.purpose);
  return { ranked, primary: ranked[0]!.purpose, primaries, strategy };
}

/** single: one purpose leads; two: two share first place; choose: three or more do, so the reader picks */
export type ResultMode = 'single' | 'two' | 'choose';
/** fits: the article allows the reader's strategy for every leading purpose; partly: for some; notFit: for none */
export type FitKind = 'fits' | 'partly' | 'notFit';
/**
 * The one verdict of a result, the strictest rule among the pairs of leading purposes (pairRule):
 * one: a single purpose leads; oneWithCare: every pair can share one network; segment: one
 * network kept in parts; separate: separate networks, one for each leading purpose.
 */
export type Recommendation = 'one' | 'oneWithCare' | 'segment' | 'separate';

export interface ActiveConflict extends ConflictEntry {
  readonly percentA: number;
  readonly percentB: number;
}

/** The rules that make a result hold together, stated once: everything the result recommends comes from here. */
export interface Advice {
  readonly mode: ResultMode;
  /** the purposes within the tie margin of the leader, highest first */
  readonly leading: readonly PurposeId[];
  readonly fit: {
    readonly kind: FitKind;
    readonly reader: StrategyId;
    /** leading purposes for which the article allows the reader's strategy */
    readonly suited: readonly PurposeId[];
    /** leading purposes that need another strategy, grouped by that strategy (in the order met) */
    readonly others: readonly { readonly strategy: StrategyId; readonly purposes: readonly PurposeId[] }[];
  };
  /** the conflicts between leading purposes, whatever their share */
  readonly conflicts: readonly ActiveConflict[];
  readonly recommendation: Recommendation;
}

/** Advise on a scored result, by the purpose model's strategies and rules for each pair of purposes. */
export function advise(result: QuizResult, model: Pick<PurposeModel, 'purposes' | 'conflicts'>): Advice {
  const leading = result.primaries;
  const mode: ResultMode = leading.length === 1 ? 'single' : leading.length === 2 ? 'two' : 'choose';
  const reader = result.strategy;
  const needs = (p: PurposeId) => model.purposes[p].strategy.id;
  // a strategy the article allows for a purpose is never a misfit
  const suited = leading.filter((p) => allowsStrategy(model.purposes[p], reader));
  const others: { strategy: StrategyId; purposes: PurposeId[] }[] = [];
  for (const p of leading.filter((p) => !suited.includes(p))) {
    const group = others.find((g) => g.strategy === needs(p));
    if (group) group.purposes.push(p);
    else others.push({ strategy: needs(p), purposes: [p] });
  }
  const kind: FitKind = suited.length === 0 ? 'notFit' : others.length === 0 ? 'fits' : 'partly';

  const percent = (p: PurposeId) => result.ranked.find((s) => s.purpose === p)?.percent ?? 0;
  const conflicts = model.conflicts
    .filter((c) => c.a !== c.b && leading.includes(c.a) && leading.includes(c.b))
    .map((c) => ({ ...c, percentA: percent(c.a), percentB: percent(c.b) }));

  const rules = new Set(leading.flatMap((a, i) => leading.slice(i + 1).map((b) => pairRule(model, a, b))));
  const recommendation: Recommendation =
    leading.length === 1
      ? 'one'
      : rules.has('separate')
        ? 'separate'
        : rules.has('segment')
          ? 'segment'
          : 'oneWithCare';
  return { mode, leading, fit: { kind, reader, suited, others }, conflicts, recommendation };
}

/**
 * The purpose the estimator and the checklist plan for: the single leader, or the reader's choice
 * among the leading purposes; null while a tie is not settled by a choice.
 */
export function planFor(advice: Pick<Advice, 'mode' | 'leading'>, chosen: PurposeId | null): PurposeId | null {
  if (advice.mode === 'single') return advice.leading[0] ?? null;
  return chosen && advice.leading.includes(chosen) ? chosen : null;
}
