import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainder } from '../../../src/tools/quiz/percentages';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('largestRemainder', () => {
  it('rounds by largest remainder, not independently', () => {
    // 1/3 each: naive rounding gives 33+33+33 = 99
    expect(largestRemainder([1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder([2, 1, 1])).toEqual([50, 25, 25]);
    expect(largestRemainder([7, 2, 1, 0, 0])).toEqual([70, 20, 10, 0, 0]);
    // remainders .857/.714/.428 (of 100/7 multiples): the two largest get the spare points
    expect(largestRemainder([3, 2, 2])).toEqual([43, 29, 28]);
  });

  it('splits evenly when everything is zero, and treats bad numbers as zero', () => {
    expect(largestRemainder([0, 0, 0, 0, 0])).toEqual([20, 20, 20, 20, 20]);
    expect(largestRemainder([Number.NaN, Infinity, -5, 1])).toEqual([0, 0, 0, 100]);
    expect(largestRemainder([])).toEqual([]);
  });

  it('always sums to exactly 100 with whole, non-negative numbers (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.nat(1000), fc.double({ min: 0, max: 1e6, noNaN: true })), { minLength: 1, maxLength: 12 }),
        (values) => {
          const out = largestRemainder(values);
          expect(out).toHaveLength(values.length);
          expect(sum(out)).toBe(100);
          for (const v of out) {
            expect(Number.isInteger(v)).toBe(true);
            expect(v).toBeGreaterThanOrEqual(0);
          }
        },
      ),
    );
  });

  it('never moves a share by a whole point or more from its exact value (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(500), { minLength: 1, maxLength: 8 }).filter((v) => sum(v) > 0),
        (values) => {
          const total = sum(values);
          largestRemainder(values).forEach((p, i) => {
            expect(Math.abs(p - (values[i]! / total) * 100)).toBeLessThan(1);
          });
        },
      ),
    );
  });
});

describe('largestRemainder, who gets the spare points', () => {
  it.each([
    // equal remainders (12.5 and 87.5): the larger raw value gets the spare point, wherever it is
    [
      [1, 7],
      [12, 88],
    ],
    [
      [7, 1],
      [88, 12],
    ],
    [
      [0, 3, 5],
      [0, 37, 63],
    ],
    [
      [1, 1, 4],
      [17, 16, 67],
    ],
    [
      [4, 1, 1],
      [67, 17, 16],
    ],
    // equal remainders and equal raw values: the earlier position
    [
      [1, 1],
      [50, 50],
    ],
    [
      [1, 1, 1, 0],
      [34, 33, 33, 0],
    ],
    [
      [0, 1, 1, 1],
      [0, 34, 33, 33],
    ],
    // exact shares need no spare point
    [
      [1, 3],
      [25, 75],
    ],
    [[5], [100]],
    [
      [0, 5],
      [0, 100],
    ],
  ])('%j → %j', (values, expected) => {
    expect(largestRemainder(values)).toEqual(expected);
  });

  it.each([
    [[1, 1, 1], 10, [4, 3, 3]],
    [[1, 1], 1, [1, 0]],
    [[0, 0, 0], 10, [4, 3, 3]],
    [[0, 0], 7, [4, 3]],
    [[2, 1], 0, [0, 0]],
    [[3, 1], 8, [6, 2]],
  ])('%j out of %i → %j', (values, total, expected) => {
    expect(largestRemainder(values, total)).toEqual(expected);
  });

  it('counts negative, infinite and NaN values as 0 wherever they are', () => {
    expect(largestRemainder([-1, 1])).toEqual([0, 100]);
    expect(largestRemainder([1, -Infinity, Number.NaN])).toEqual([100, 0, 0]);
    expect(largestRemainder([-3, -3])).toEqual([50, 50]);
    expect(largestRemainder([Infinity, Infinity])).toEqual([50, 50]);
  });
});
