import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisPosition, axisTicks } from '../../../src/tools/estimator/chart';

describe('axisPosition', () => {
  it('places values on a logarithmic axis from 1 to the ceiling', () => {
    expect(axisPosition(1, 1_000_000)).toBe(0);
    expect(axisPosition(1000, 1_000_000)).toBeCloseTo(0.5);
    expect(axisPosition(1_000_000, 1_000_000)).toBe(1);
    expect(axisPosition(0, 1000)).toBe(0);
    expect(axisPosition(Number.NaN, 1000)).toBe(0);
  });

  it('stays within 0..1 and grows with the value', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e10, noNaN: true }),
        (a, b, ceiling) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(axisPosition(lo, ceiling)).toBeGreaterThanOrEqual(0);
          expect(axisPosition(hi, ceiling)).toBeLessThanOrEqual(1);
          expect(axisPosition(lo, ceiling)).toBeLessThanOrEqual(axisPosition(hi, ceiling));
        },
      ),
    );
  });
});

describe('axisTicks', () => {
  it('labels every power of ten up to six of them, then every other one', () => {
    expect(axisTicks(5)).toEqual([]);
    expect(axisTicks(1_000_000)).toEqual([10, 100, 1000, 10_000, 100_000, 1_000_000]);
    expect(axisTicks(10_000_000)).toEqual([100, 10_000, 1_000_000]);
    expect(axisTicks(10_000_000_000)).toEqual([100, 10_000, 1_000_000, 100_000_000, 10_000_000_000]);
    // at most twelve powers of ten are considered, whatever the ceiling
    expect(axisTicks(1e20)).toEqual([100, 10_000, 1e6, 1e8, 1e10, 1e12]);
  });

  it('never labels beyond the ceiling', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e13, noNaN: true }), (ceiling) => {
        const ticks = axisTicks(ceiling);
        expect(ticks.length).toBeLessThanOrEqual(6);
        for (const t of ticks) expect(t).toBeLessThanOrEqual(ceiling);
      }),
    );
  });
});
