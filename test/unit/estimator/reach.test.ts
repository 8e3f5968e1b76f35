import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reach, saturate, type ReachInput } from '../../../src/tools/estimator/reach';

const base: ReachInput = {
  first: 150,
  typical: 150,
  overlap: 0.5,
  share: 0.05,
  hubs: 2,
  hubSize: 30_000,
  population: 1_000_000,
};

const inputs = fc.record({
  first: fc.integer({ min: 0, max: 30_000 }),
  typical: fc.integer({ min: 0, max: 30_000 }),
  overlap: fc.double({ min: 0, max: 1, noNaN: true }),
  share: fc.double({ min: 0, max: 1, noNaN: true }),
  hubs: fc.integer({ min: 0, max: 100 }),
  hubSize: fc.integer({ min: 0, max: 30_000 }),
  population: fc.integer({ min: 1, max: 10_000_000_000 }),
});

const total = (i: ReachInput) => reach(i).cumulative[2];
const close = (a: number, b: number) => a <= b + 1e-6 * Math.max(1, b);

describe('reach', () => {
  it('matches a hand calculation when the population is far away', () => {
    const r = reach({ ...base, hubs: 0, share: 0.1, overlap: 0, population: 1e10 });
    expect(r.perDegree[0]).toBe(150);
    // 0.1 × 150 × 149 = 2,235 at the 2nd degree; 0.1 × 2,235 × 149 ≈ 33,301 at the 3rd
    expect(r.perDegree[1]).toBeCloseTo(2235, 0);
    expect(r.perDegree[2]).toBeCloseTo(33_301.5, -1);
  });

  it('lets a couple of 30,000-connection hubs dominate the 2nd degree', () => {
    const without = reach({ ...base, hubs: 0 });
    const withHubs = reach(base);
    expect(withHubs.perDegree[1]).toBeGreaterThan(without.perDegree[1] * 20);
  });

  it('reaches only the first degree when nobody passes it on', () => {
    const r = reach({ ...base, share: 0, hubs: 0 });
    expect(r.cumulative).toEqual([150, 150, 150]);
    // nothing was passed on, so nothing was lost to the bound
    expect(r.nearBound).toBe(false);
    expect(reach({ ...base, overlap: 1 }).nearBound).toBe(false);
  });

  it('reaches nobody beyond the first degree at 100% overlap', () => {
    expect(reach({ ...base, overlap: 1 }).cumulative).toEqual([150, 150, 150]);
  });

  it('never exceeds the population bound and never produces NaN', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = reach(i);
        for (const v of [...r.perDegree, ...r.cumulative]) {
          expect(Number.isFinite(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
        }
        expect(r.cumulative[2]).toBeLessThanOrEqual(i.population);
        expect(r.cumulative[0]).toBeLessThanOrEqual(r.cumulative[1]);
        expect(r.cumulative[1]).toBeLessThanOrEqual(r.cumulative[2]);
      }),
    );
  });

  it('grows (or stays) with more connections, contacts, sharing, hubs and hub size', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (i, d, s) => {
          const hubs = Math.min(i.hubs, i.first);
          const at = { ...i, hubs };
          expect(close(total(at), total({ ...at, first: i.first + d }))).toBe(true);
          expect(close(total(at), total({ ...at, typical: i.typical + d }))).toBe(true);
          expect(close(total(at), total({ ...at, share: Math.min(1, i.share + s) }))).toBe(true);
          expect(close(total(at), total({ ...at, hubSize: i.hubSize + d }))).toBe(true);
          // a hub adds reach when it has at least the connections of a typical contact
          if (hubs < i.first && i.hubSize >= i.typical)
            expect(close(total(at), total({ ...at, hubs: hubs + 1 }))).toBe(true);
          expect(close(total(at), total({ ...at, population: i.population + d }))).toBe(true);
        },
      ),
    );
  });

  it('shrinks (or stays) as overlap grows', () => {
    fc.assert(
      fc.property(inputs, fc.double({ min: 0, max: 1, noNaN: true }), (i, more) => {
        const higher = Math.min(1, i.overlap + more);
        expect(close(total({ ...i, overlap: higher }), total(i))).toBe(true);
      }),
    );
  });

  it('flags results held back by the population bound', () => {
    expect(reach(base).nearBound).toBe(false);
    expect(reach({ ...base, population: 5_000 }).nearBound).toBe(true);
  });

  it('treats impossible numbers as nothing rather than spreading NaN', () => {
    const r = reach({ ...base, first: Number.NaN, typical: Number.POSITIVE_INFINITY, overlap: -1 });
    for (const v of r.cumulative) expect(Number.isFinite(v)).toBe(true);
  });
});

describe('saturate', () => {
  it('is about x while far from the bound, never more than x or the room left', () => {
    expect(saturate(10, 1e9)).toBeCloseTo(10, 5);
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e12, noNaN: true }),
        fc.double({ min: 0, max: 1e10, noNaN: true }),
        (x, r) => {
          const v = saturate(x, r);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(Math.min(x, r) + 1e-9);
        },
      ),
    );
  });
});

describe('reach, exact cases', () => {
  const far = 1e12;
  it.each([
    // [case, input, perDegree]
    [
      'a hub counts its own connections, not a typical contact’s',
      { typical: 0, hubs: 1, first: 150, share: 1, overlap: 0, hubSize: 1000, population: far },
      [150, 999, 0],
    ],
    [
      'a hub with no connections adds nobody',
      { typical: 11, hubs: 2, first: 12, share: 1, overlap: 0, hubSize: 0, population: far },
      [12, 100, 1000],
    ],
    [
      'no more hubs than first-degree connections',
      { typical: 1, hubs: 5, first: 2, share: 1, overlap: 0, hubSize: 101, population: far },
      [2, 200, 0],
    ],
    [
      'the first degree is cut to the population',
      { typical: 1, hubs: 0, first: 150, share: 1, overlap: 0, hubSize: 0, population: 100 },
      [100, 0, 0],
    ],
    [
      'overlap takes its share of each contact’s connections',
      { typical: 11, hubs: 0, first: 10, share: 1, overlap: 0.5, hubSize: 0, population: far },
      [10, 50, 250],
    ],
  ] as const)('%s', (_case, input, perDegree) => {
    const r = reach(input);
    r.perDegree.forEach((v, i) => expect(v).toBeCloseTo(perDegree[i]!, 3));
    expect(r.cumulative[2]).toBeCloseTo(perDegree[0] + perDegree[1] + perDegree[2], 3);
  });

  it.each([
    // loss to the bound: 1 − (1 − e^(−x/R))·R/x; 10% is reached near x/R = 0.2
    [0.1, false],
    [0.3, true],
  ])('flags the bound only when at least 10%% is lost (x/R = %s)', (ratio, flagged) => {
    // 2nd degree only: 1 hub, typical contacts pass on nothing new
    const population = 1_000_000;
    const r = reach({
      first: 1,
      typical: 1,
      hubs: 1,
      share: 1,
      overlap: 0,
      hubSize: ratio * (population - 1) + 1,
      population,
    });
    expect(r.nearBound).toBe(flagged);
  });

  it('gives nothing and no NaN for no contacts and no room', () => {
    expect(saturate(0, 0)).toBe(0);
    expect(saturate(5, 0)).toBe(0);
    expect(saturate(0, 5)).toBe(0);
    expect(saturate(Number.NaN, 5)).toBe(0);
    expect(saturate(5, Number.NaN)).toBe(0);
    expect(saturate(Number.POSITIVE_INFINITY, 5)).toBe(0);
    expect(saturate(-3, 5)).toBe(0);
  });

  it('fills the room left as contacts grow', () => {
    expect(saturate(1000, 10)).toBeCloseTo(10, 9);
    expect(saturate(10, 10)).toBeCloseTo(10 * (1 - Math.exp(-1)), 9);
  });
});

describe('reach near the population bound', () => {
  // new = R · (1 − e^(−x / R)) for x raw contacts and R people left
  const fill = (x: number, room: number) => room * (1 - Math.exp(-x / room));

  it('fills the room left after the first degree, then what the 2nd degree left', () => {
    const r = reach({ first: 10, typical: 11, hubs: 0, share: 1, overlap: 0, hubSize: 0, population: 1000 });
    const d2 = fill(10 * 10, 1000 - 10);
    const d3 = fill(d2 * 10, 1000 - 10 - d2);
    expect(r.perDegree[0]).toBe(10);
    expect(r.perDegree[1]).toBeCloseTo(d2, 6);
    expect(r.perDegree[2]).toBeCloseTo(d3, 6);
    expect(r.cumulative[2]).toBeCloseTo(10 + d2 + d3, 6);
    // the 3rd degree loses most (raw 951 for about 585 new), the 2nd hardly anything
    expect(r.nearBound).toBe(true);
  });

  it('gives the 2nd degree only the room the first degree left', () => {
    const r = reach({ first: 50, typical: 51, hubs: 0, share: 1, overlap: 0, hubSize: 0, population: 100 });
    expect(r.perDegree[1]).toBeCloseTo(fill(50 * 50, 50), 6);
    expect(r.cumulative[1]).toBeCloseTo(100, 6);
    expect(r.cumulative[2]).toBeLessThanOrEqual(100);
  });
});
