import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareLayer, cumulativeLayers, estimateFromCircles } from '../../../src/tools/estimator/circles';

const rings = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 5, maxLength: 5 });

describe('estimateFromCircles', () => {
  it('adds rings into Dunbar-style cumulative layers', () => {
    expect(estimateFromCircles([5, 10, 35, 100, 350])).toEqual({
      kind: 'estimate',
      total: 500,
      cumulative: [5, 15, 50, 150, 500],
    });
  });

  it('says "not enough information" when nobody is counted', () => {
    expect(estimateFromCircles([0, 0, 0, 0, 0])).toEqual({ kind: 'insufficient' });
    expect(estimateFromCircles([])).toEqual({ kind: 'insufficient' });
  });

  it('scales linearly with the counts', () => {
    fc.assert(
      fc.property(rings, fc.integer({ min: 1, max: 10 }), (c, k) => {
        const a = estimateFromCircles(c);
        const b = estimateFromCircles(c.map((x) => x * k));
        if (a.kind === 'estimate' && b.kind === 'estimate') expect(b.total).toBe(a.total * k);
        else expect(a.kind).toBe(b.kind);
      }),
    );
  });

  it('gives non-decreasing layers ending at the total', () => {
    fc.assert(
      fc.property(rings, (c) => {
        const cum = cumulativeLayers(c);
        for (let i = 1; i < cum.length; i += 1) expect(cum[i]!).toBeGreaterThanOrEqual(cum[i - 1]!);
        expect(cum.at(-1)).toBe(c.reduce((s, x) => s + x, 0));
      }),
    );
  });

  it('ignores values that are not counts rather than producing NaN', () => {
    expect(cumulativeLayers([Number.NaN, -4, 3])).toEqual([0, 0, 3]);
  });
});

describe('compareLayer', () => {
  it('treats a factor of two either side as close to typical', () => {
    expect(compareLayer(150, 150)).toBe('similar');
    expect(compareLayer(75, 150)).toBe('similar');
    expect(compareLayer(300, 150)).toBe('similar');
    expect(compareLayer(74, 150)).toBe('fewer');
    expect(compareLayer(301, 150)).toBe('more');
  });
});

describe('circles with entries that are not counts', () => {
  it.each([
    ['Infinity', Number.POSITIVE_INFINITY],
    ['minus Infinity', Number.NEGATIVE_INFINITY],
    ['NaN', Number.NaN],
    ['a negative number', -3],
  ])('adds nothing for %s', (_label, bad) => {
    expect(cumulativeLayers([2, bad, 5])).toEqual([2, 2, 7]);
  });

  it('gives no estimate when only bad entries were given', () => {
    expect(estimateFromCircles([Number.NaN, -1, Number.POSITIVE_INFINITY])).toEqual({ kind: 'insufficient' });
  });

  it('gives the estimate from the last layer even when the outer circles are empty', () => {
    expect(estimateFromCircles([4, 0, 0])).toEqual({ kind: 'estimate', total: 4, cumulative: [4, 4, 4] });
  });
});

describe('compareLayer without a usable figure', () => {
  it.each([
    ['a typical size of 0', 10, 0],
    ['a negative typical size', 10, -150],
    ['a typical size that is not a number', 10, Number.NaN],
    ['a count that is not a number', Number.NaN, 150],
    ['an infinite count', Number.POSITIVE_INFINITY, 150],
    ['a count of minus infinity', Number.NEGATIVE_INFINITY, 150],
  ])('says "similar" (no comparison drawn) for %s', (_label, count, typical) => {
    expect(compareLayer(count, typical)).toBe('similar');
  });

  it.each([
    [0, 5, 'fewer'],
    [2.49, 5, 'fewer'],
    [2.5, 5, 'similar'],
    [10, 5, 'similar'],
    [10.01, 5, 'more'],
  ] as const)('compares %d with a typical %d as %s', (count, typical, expected) => {
    expect(compareLayer(count, typical)).toBe(expected);
  });
});
