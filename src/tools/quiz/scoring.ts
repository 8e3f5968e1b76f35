import { purposeIds, type PurposeId } from '@/purposes/ids';
import { largestRemainder } from './percentages';
import type { Answers, QuizModel, StrategyId } from './model';

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
  /** every purpose within the tie margin of the leader: more than one means a tie */
  readonly primaries: readonly PurposeId[];
  readonly strategy: StrategyId;
}

/** Why an answer set cannot be scored: a typed error, never a made-up result. */
export type ScoringError =
  | { readonly code: 'incomplete'; readonly missing: readonly string[] }
  | { readonly code: 'unknown-answer'; readonly questionId: string };

export type ScoreOutcome =
  { readonly ok: true; readonly result: QuizResult } | { readonly ok: false; readonly error: ScoringError };

export interface ScoringOptions {
  /** percentage points (of the unrounded shares) within which purposes share first place */
  readonly tieMargin: number;
}

export const defaultScoringOptions: ScoringOptions = { tieMargin: 3 };

/** Score a complete answer set. Partial or unknown answers are rejected, not guessed. */
export function scoreQuiz(
  model: QuizModel,
  answers: Answers,
  options: ScoringOptions = defaultScoringOptions,
): ScoreOutcome {
  const missing: string[] = [];
  const strategyAnswer = answers[model.strategyQuestion.id];
  if (strategyAnswer === undefined) missing.push(model.strategyQuestion.id);
  for (const q of model.questions) if (answers[q.id] === undefined) missing.push(q.id);
  if (missing.length > 0) return { ok: false, error: { code: 'incomplete', missing } };

  const strategy = model.strategyQuestion.answers.find((a) => a.id === strategyAnswer);
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

  return { ok: true, result: resultFromPoints(points, strategy.id, options) };
}

/** Rank the five purposes' points (any reachable profile) into a result. */
export function resultFromPoints(
  points: Readonly<Record<PurposeId, number>>,
  strategy: StrategyId,
  options: ScoringOptions = defaultScoringOptions,
): QuizResult {
  const raw = purposeIds.map((p) => points[p]);
  const percents = largestRemainder(raw);
  const total = raw.reduce((a, b) => a + b, 0);
  const ranked = purposeIds
    .map((purpose, i) => ({ purpose, points: points[purpose], percent: percents[i] ?? 0, order: i }))
    .sort((a, b) => b.points - a.points || a.order - b.order)
    .map(({ purpose, points: pts, percent }) => ({ purpose, points: pts, percent }));

  const leader = ranked[0]!;
  const share = (pts: number) => (total > 0 ? (pts / total) * 100 : 100 / purposeIds.length);
  const primaries = ranked
    .filter((s) => share(leader.points) - share(s.points) <= options.tieMargin + 1e-9)
    .map((s) => s.purpose);

  return { ranked, primary: leader.purpose, primaries, strategy };
}

/** The most points each purpose can reach: equal for all five when the weights are balanced. */
export function maxPoints(model: QuizModel): Record<PurposeId, number> {
  const max: Record<PurposeId, number> = { social: 0, career: 0, resource: 0, strategic: 0, brand: 0 };
  for (const q of model.questions)
    for (const p of purposeIds) max[p] += Math.max(0, ...q.answers.map((a) => a.weights[p] ?? 0));
  return max;
}

/** The 1-based rank of a purpose in a result. */
export function rankOf(result: QuizResult, purpose: PurposeId): number {
  return result.ranked.findIndex((s) => s.purpose === purpose) + 1;
}
