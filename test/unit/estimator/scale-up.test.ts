import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  KNOWN_NAMES_TOTAL,
  knownNames,
  MCCARTY_MEAN,
  SCALE_UP_POPULATION,
  scaleUpEstimate,
} from '../../../src/tools/estimator/scale-up';
import { freshImport } from '../../support/fresh-import';

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
      fc.property(
        counts.filter((c) => c.some((y) => y > 0)),
        (c) => {
          const r = scaleUpEstimate(c);
          expect(r.kind).toBe('estimate');
          if (r.kind === 'estimate') {
            expect(Number.isFinite(r.value)).toBe(true);
            expect(r.value).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('knows how many people have one of the names (the divisor of the worked example)', async () => {
    // a module-level value: read it as the module computes it now
    const fresh = await freshImport(() => import('../../../src/tools/estimator/scale-up'));
    expect(fresh.KNOWN_NAMES_TOTAL).toBe(19_285_000);
    expect(fresh.KNOWN_NAMES_TOTAL).toBe(KNOWN_NAMES_TOTAL);
    expect(KNOWN_NAMES_TOTAL).toBe(knownNames.reduce((sum, n) => sum + n.size, 0));
  });
});

describe('scaleUpEstimate refuses each kind of bad entry on its own, even beside good ones', () => {
  const ones = () => knownNames.map(() => 1);
  const sizes = () => knownNames.map((n) => n.size);
  const withCount = (at: number, y: number) => ones().map((v, i) => (i === at ? y : v));
  const withSize = (at: number, size: number) => sizes().map((v, i) => (i === at ? size : v));

  it.each([
    ['a negative count', withCount(3, -1), sizes()],
    ['a count of minus infinity', withCount(0, Number.NEGATIVE_INFINITY), sizes()],
    ['an infinite count', withCount(11, Number.POSITIVE_INFINITY), sizes()],
    ['a count that is not a number', withCount(5, Number.NaN), sizes()],
    ['a name size of 0', ones(), withSize(2, 0)],
    ['a negative name size', ones(), withSize(7, -351_000)],
    ['an infinite name size', ones(), withSize(4, Number.POSITIVE_INFINITY)],
    ['a name size that is not a number', ones(), withSize(9, Number.NaN)],
  ])('%s', (_label, counts, sizeList) => {
    expect(scaleUpEstimate(counts, sizeList)).toEqual({ kind: 'insufficient' });
  });

  it('gives the estimate for the same entries when every one is good', () => {
    expect(scaleUpEstimate(ones())).toEqual({ kind: 'estimate', value: (12 * 250_000_000) / 19_285_000, known: 12 });
  });

  it('says "not enough information" rather than Infinity when the product overflows', () => {
    expect(scaleUpEstimate([2], [1], Number.MAX_VALUE)).toEqual({ kind: 'insufficient' });
    expect(scaleUpEstimate([2], [1], Number.POSITIVE_INFINITY)).toEqual({ kind: 'insufficient' });
  });

  it('needs a population above 0', () => {
    expect(scaleUpEstimate([1], [10], -5)).toEqual({ kind: 'insufficient' });
    expect(scaleUpEstimate([1], [10], Number.NaN)).toEqual({ kind: 'insufficient' });
    expect(scaleUpEstimate([1], [10], 1)).toEqual({ kind: 'estimate', value: 0.1, known: 1 });
  });

  it('refuses counts and sizes of different lengths in either direction', () => {
    expect(scaleUpEstimate([1, 1], [10])).toEqual({ kind: 'insufficient' });
    expect(scaleUpEstimate([1], [10, 10])).toEqual({ kind: 'insufficient' });
  });
});

describe.each(knownNames.map((n) => [n.name, n] as const))('the known name %s', (_name, n) => {
  it('has a capitalised name and its lower-case id', () => {
    expect(n.name).toMatch(/^[A-Z][a-z]+$/);
    expect(n.id).toBe(n.name.toLowerCase());
  });

  it('is listed once', () => {
    expect(knownNames.filter((other) => other.id === n.id)).toHaveLength(1);
  });
});
