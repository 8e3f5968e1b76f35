import { describe, expect, it } from 'vitest';
import { findConflicts, type ConflictRule } from '../../../src/lib/quiz/conflicts';
import type { QuizResult } from '../../../src/lib/quiz/scoring';
import type { PurposeId } from '../../../src/lib/purposes';

function result(percents: Record<PurposeId, number>): QuizResult {
  const ranked = (Object.entries(percents) as [PurposeId, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([purpose, percent]) => ({ purpose, percent, points: percent }));
  return { ranked, primary: ranked[0]!.purpose, primaries: [ranked[0]!.purpose], strategy: 'middle' };
}

const rules: ConflictRule[] = [
  { a: 'social', b: 'brand', reason: 'privacy vs reach', advice: ['two accounts'] },
  { a: 'strategic', b: 'brand', reason: 'candour vs public', advice: ['closed group'] },
];

describe('findConflicts', () => {
  it('reports a pair only when both sides reach the threshold', () => {
    const r = result({ social: 40, brand: 35, career: 10, resource: 10, strategic: 5 });
    expect(findConflicts(r, rules, 25).map((c) => `${c.a}+${c.b}`)).toEqual(['social+brand']);
    expect(findConflicts(r, rules, 36)).toEqual([]);
    const hit = findConflicts(r, rules, 35)[0]!;
    expect([hit.percentA, hit.percentB]).toEqual([40, 35]);
    expect(hit.advice).toEqual(['two accounts']);
  });

  it('orders several conflicts by how strongly both sides score', () => {
    const r = result({ social: 26, brand: 40, strategic: 30, career: 2, resource: 2 });
    expect(findConflicts(r, rules, 25).map((c) => c.a)).toEqual(['strategic', 'social']);
  });

  it('ignores a pair of a purpose with itself', () => {
    const r = result({ social: 60, brand: 10, strategic: 10, career: 10, resource: 10 });
    expect(findConflicts(r, [{ a: 'social', b: 'social', reason: 'x', advice: ['y'] }], 25)).toEqual([]);
  });
});
