import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KNOWN_NAMES_TOTAL, knownNames, MCCARTY_MEAN, SCALE_UP_POPULATION, scaleUpEstimate } from '../../../src/lib/estimator/scale-up';

const zeros = () => knownNames.map(() => 0);
const counts = fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 12, maxLength: 12 });

describe('the twelve names', () => {
  it('match the reference sizes: 19,285,000 in a population of 250 million', () => {
    expect(knownNames).toHaveLength(12);
    expect(knownNames.reduce((s, n) => s + n.size, 0)).toBe(19_285_000);
    expect(SCALE_UP_POPULATION).toBe(250_000_000);
    expect(MCCARTY_MEAN).toBe(290);
  });
});

describe('scaleUpEstimate', () => {
  it('gives the worked example: 20 people across the names ≈ 259', () => {
    const c = zeros();
    c[0] = 20;
    const result = scaleUpEstimate(c);
    expect(result.kind).toBe('estimate');
    if (result.kind === 'estimate') {
      expect(Math.round(result.value)).toBe(259);
      expect(result.known).toBe(20);
    }
  });

  it('does not depend on which names the people are spread over', () => {
    fc.assert(
      fc.property(counts, (c) => {
        const shuffled = [...c].reverse();
        const a = scaleUpEstimate(c);
        const b = scaleUpEstimate(shuffled);
        expect(a.kind).toBe(b.kind);
        if (a.kind === 'estimate' && b.kind === 'estimate') expect(a.value).toBeCloseTo(b.value, 6);
      }),
    );
  });

  it('scales linearly with the counts', () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 20 }), (c, k) => {
        const a = scaleUpEstimate(c);
        const b = scaleUpEstimate(c.map((y) => y * k));
        if (a.kind === 'insufficient') expect(b.kind).toBe('insufficient');
        else {
          expect(b.kind).toBe('estimate');
          if (b.kind === 'estimate') expect(b.value).toBeCloseTo(a.value * k, 6);
        }
      }),
    );
  });

  it('is additive: the estimate of a sum is the sum of the estimates', () => {
    fc.assert(
      fc.property(counts, counts, (c1, c2) => {
        const a = scaleUpEstimate(c1);
        const b = scaleUpEstimate(c2);
        const sum = scaleUpEstimate(c1.map((y, i) => y + c2[i]!));
        const value = (r: typeof a) => (r.kind === 'estimate' ? r.value : 0);
        expect(value(sum)).toBeCloseTo(value(a) + value(b), 6);
      }),
    );
  });

  it('says "not enough information" for zero counts, never 0 or NaN', () => {
    expect(scaleUpEstimate(zeros())).toEqual({ kind: 'insufficient' });
  });

  it('refuses malformed input instead of returning NaN', () => {
    expect(scaleUpEstimate([1, 2])).toEqual({ kind: 'insufficient' });
    expect(scaleUpEstimate(zeros().map(() => Number.NaN))).toEqual({ kind: 'insufficient' });
    expect(scaleUpEstimate(zeros().map(() => -1))).toEqual({ kind: 'insufficient' });
    expect(scaleUpEstimate([1], [0])).toEqual({ kind: 'insufficient' });
    expect(scaleUpEstimate([1], [10], 0)).toEqual({ kind: 'insufficient' });
  });

  it('always gives a finite positive estimate when someone is known', () => {
    fc.assert(
      fc.property(counts.filter((c) => c.some((y) => y > 0)), (c) => {
        const r = scaleUpEstimate(c);
        expect(r.kind).toBe('estimate');
        if (r.kind === 'estimate') {
          expect(Number.isFinite(r.value)).toBe(true);
          expect(r.value).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('knows how many people have one of the names (the divisor of the worked example)', () => {
    expect(KNOWN_NAMES_TOTAL).toBe(19_285_000);
    expect(KNOWN_NAMES_TOTAL).toBe(knownNames.reduce((sum, n) => sum + n.size, 0));
  });
});
