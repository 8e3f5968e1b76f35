import type { PurposeId } from '../purposes';
import type { QuizResult } from './scoring';

/** Two purposes the article says pull in different directions, with the reason and advice. */
export interface ConflictRule {
  readonly a: PurposeId;
  readonly b: PurposeId;
  readonly reason: string;
  readonly advice: readonly string[];
}

export interface ActiveConflict extends ConflictRule {
  readonly percentA: number;
  readonly percentB: number;
}

/**
 * The conflicts that apply to a result: both purposes of a pair score at least `threshold`
 * percent. Ordered by how strongly both sides score (the weaker side's percent, highest first).
 */
export function findConflicts(
  result: QuizResult,
  rules: readonly ConflictRule[],
  threshold: number,
): ActiveConflict[] {
  const percent = (p: PurposeId) => result.ranked.find((s) => s.purpose === p)?.percent ?? 0;
  return rules
    .map((rule) => ({ ...rule, percentA: percent(rule.a), percentB: percent(rule.b) }))
    .filter((c) => c.a !== c.b && c.percentA >= threshold && c.percentB >= threshold)
    .map((c, index) => ({ c, index }))
    .sort((x, y) => Math.min(y.c.percentA, y.c.percentB) - Math.min(x.c.percentA, x.c.percentB) || x.index - y.index)
    .map(({ c }) => c);
}
