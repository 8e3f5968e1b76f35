import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compareLayer,
  compareWithRange,
  estimateFromCircles,
  evaluate,
  fieldSpecs,
  initialFields,
  initialValues,
  inputText,
  MAX_INPUT_LENGTH,
  parseNumber,
  reach,
  reachSpecs,
  saturate,
  type FieldSpec,
  type ParsedNumber,
  type ReachInput,
} from '../../../src/tools/estimator/model';
import {
  KNOWN_NAMES_TOTAL,
  knownNames,
  SCALE_UP_POPULATION,
  scaleUpEstimate,
} from '../../../src/tools/estimator/name-method';

const people: FieldSpec = { min: 0, max: 500, unit: 'people', initial: '0' };
const specs = fc.constantFrom(...fieldSpecs.values());
const spaces = fc.constantFrom('', ' ', '  ', '\t', '\n ');
const sign = fc.constantFrom('', '+', '-');

describe('parseNumber: what readers type', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-number'],
    ['12abc', 'not-number'],
    ['1,000', 'not-number'],
    ['<script>alert(1)</script>', 'not-number'],
    ['x12', 'not-number'],
    ['1.5e', 'not-number'],
    ['1e+', 'not-number'],
    ['.e5', 'not-number'],
    ['-3', 'negative'],
    ['-1e999', 'negative'],
    ['2.5', 'fractional'],
    ['501', 'too-large'],
    ['1e999', 'too-large'],
    // a run of digits longer than anyone types is a number too large, not "not digits"
    ['9'.repeat(41), 'too-large'],
    ['9'.repeat(45), 'too-large'],
    [`-${'9'.repeat(45)}`, 'negative'],
    [`${'9'.repeat(41)}x`, 'not-number'],
    [`x-${'9'.repeat(41)}`, 'not-number'],
    [`-${'9'.repeat(41)}x`, 'not-number'],
  ])('%j is rejected as %s', (raw, problem) => {
    expect(parseNumber(raw, people)).toEqual({ ok: false, problem });
  });

  it.each([
    ['0', 0],
    ['12', 12],
    [' 7 ', 7],
    ['+3', 3],
    ['-0', 0],
    ['1e2', 100],
    ['500', 500],
    ['12.', 12],
    ['.5e3', 500],
    ['1.25e2', 125],
    ['1E+2', 100],
    ['2e-0', 2],
    [`${'0'.repeat(39)}1`, 1],
  ])('%j reads as %d', (raw, value) => {
    expect(parseNumber(raw, people)).toEqual({ ok: true, value });
  });

  it('treats a value that is not text (a tampered save) as empty', () => {
    expect(parseNumber(undefined as unknown as string, people)).toEqual({ ok: false, problem: 'empty' });
    expect(parseNumber(12 as unknown as string, people)).toEqual({ ok: false, problem: 'empty' });
  });

  it('states one rule below a minimum of 1: -5 and 0 in the audience ceiling are both too small (property)', () => {
    const below = fc.oneof(
      fc.integer({ min: -1_000_000, max: 0 }).map(String),
      fc.constantFrom('-5', '-0', '0', '-1e400', `-${'9'.repeat(45)}`),
    );
    fc.assert(
      fc.property(below, (text) => {
        expect(parseNumber(text, reachSpecs.population)).toEqual({ ok: false, problem: 'too-small' });
      }),
    );
  });

  it('calls any long run of digits too large, in every field (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{9,60}$/), specs, (digits, spec) => {
        expect(parseNumber(digits.slice(0, MAX_INPUT_LENGTH + 1), spec)).toEqual({ ok: false, problem: 'too-large' });
      }),
    );
  });

  /** What a cleanly written number gives, from its value alone: sign, then whole, then range. */
  function expected(value: number, spec: FieldSpec): ParsedNumber {
    const below = spec.min === 0 ? 'negative' : 'too-small';
    if (!Number.isFinite(value)) return { ok: false, problem: value > 0 ? 'too-large' : below };
    if (value < 0 && spec.min === 0) return { ok: false, problem: 'negative' };
    if (!Number.isInteger(value)) return { ok: false, problem: 'fractional' };
    if (value < spec.min) return { ok: false, problem: 'too-small' };
    if (value > spec.max) return { ok: false, problem: 'too-large' };
    return { ok: true, value: value === 0 ? 0 : value };
  }
  const numberText = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
    fc.tuple(sign, fc.nat({ max: 2_000_000 })).map(([s, n]) => `${s}${n}`),
    fc.tuple(sign, fc.nat({ max: 999 }), fc.nat({ max: 999 })).map(([s, a, b]) => `${s}${a}.${b}`),
    fc.tuple(sign, fc.nat({ max: 99 })).map(([s, b]) => `${s}.${b}`),
    fc.tuple(sign, fc.nat({ max: 999 })).map(([s, a]) => `${s}${a}.`),
    fc
      .tuple(sign, fc.constantFrom('1', '2.5', '.5', '12', '0'), fc.constantFrom('e', 'E'), sign, fc.nat({ max: 400 }))
      .map(([s, m, e, es, x]) => `${s}${m}${e}${es}${x}`),
  );

  it('reads every cleanly written number by its value, within the field’s rules (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(numberText, spaces, spaces, specs, (text, before, after, spec) => {
        const result = parseNumber(`${before}${text}${after}`, spec);
        expect(result).toEqual(expected(Number(text), spec));
        if (result.ok) accepted += 1;
      }),
      { numRuns: 500 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('refuses separators, fractions, spaces inside, other notations and blanks (property)', () => {
    const digits = fc.nat({ max: 999 }).map(String);
    const notation = fc.oneof(
      fc.tuple(sign, digits, digits).map(([s, a, b]) => `${s}${a},${b.padStart(3, '0')}`),
      fc.tuple(digits, fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}/${b}`),
      fc.tuple(digits, digits).map(([a, b]) => `${a} ${b}`),
      fc.tuple(digits, digits, digits).map(([a, b, c]) => `${a}.${b}.${c}`),
      fc.tuple(digits, fc.constantFrom('%', ' people', 'k', '$', '_000')).map(([a, x]) => `${a}${x}`),
      fc.constantFrom('0x10', '0b1', 'Infinity', '-Infinity', 'NaN', 'e5', '.', '-', '+', '1e', '½', '١٢'),
      fc.nat().map((n) => `${n}`.padStart(MAX_INPUT_LENGTH + 1, '0')),
    );
    fc.assert(
      fc.property(notation, spaces, specs, (text, pad, spec) => {
        expect(parseNumber(`${pad}${text}${pad}`, spec)).toEqual({ ok: false, problem: 'not-number' });
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0'), { maxLength: 8 }), specs, (c, spec) => {
        expect(parseNumber(c.join(''), spec)).toEqual({ ok: false, problem: 'empty' });
      }),
    );
  });

  it('gives a finite number in range or a named problem, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), numberText), specs, (raw, spec) => {
        const result = parseNumber(raw, spec);
        if (!result.ok) return;
        expect(Number.isFinite(result.value)).toBe(true);
        expect(result.value).toBeGreaterThanOrEqual(spec.min);
        expect(result.value).toBeLessThanOrEqual(spec.max);
      }),
    );
  });
});

describe('inputText: what a number input is handed', () => {
  it.each([
    ...['12', '-3', '1.5', '.5', '-.5', '1.50', '1e3', '1E+5', '2e-1'].map((t) => [t, t]),
    // not HTML's form, but a number: handed over as the number it reads as
    [' 12', '12'],
    ['+7', '7'],
    ['12.', '12'],
    ['+.5', '0.5'],
    // nothing an input can hold: it would warn and show it empty anyway
    ...['1e400', 'NaN', 'Infinity', '12abc', '1-2', ''].map((t) => [t, '']),
  ])('%j as %j', (raw, shown) => {
    expect(inputText(raw!)).toBe(shown);
  });
});

describe('the fields', () => {
  it('are five circles, twelve names, one count per purpose and seven reach inputs, starting valid', () => {
    expect(fieldSpecs.size).toBe(5 + 12 + 5 + 7);
    expect(evaluate(initialFields(), initialValues()).errors).toEqual({});
  });

  it('cap connections at the 30,000 first-degree limit and the ceiling at the cited 250,000,000', () => {
    expect([reachSpecs.first.max, reachSpecs.hubSize.max]).toEqual([30_000, 30_000]);
    expect(reachSpecs.population.max).toBe(250_000_000);
    expect(parseNumber('250000001', reachSpecs.population)).toEqual({ ok: false, problem: 'too-large' });
  });
});

describe('evaluate', () => {
  const fields = (typed: Record<string, string>) => ({ ...initialFields(), ...typed });

  it('uses the last valid number of a wrong field, and remembers only valid numbers', () => {
    const { values, errors, lastValid } = evaluate(fields({ 'layer.support': '-2', 'layer.active': '7' }), {
      ...initialValues(),
      'layer.support': 4,
    });
    expect(values['layer.support']).toBe(4);
    expect(errors['layer.support']).toMatchObject({ problem: 'negative' });
    expect(lastValid).toMatchObject({ 'layer.support': 4, 'layer.active': 7 });
    // without a finite last valid number: the field's starting value
    expect(evaluate(fields({ 'reach.typical': 'x' }), { 'reach.typical': Number.NaN }).values['reach.typical']).toBe(
      150,
    );
  });

  it('reports text the browser could not read, whatever the field holds', () => {
    expect(evaluate(initialFields(), initialValues(), new Set(['name.james'])).errors['name.james']).toMatchObject({
      problem: 'not-number',
    });
  });

  it.each(['layer.support', 'name.james', 'reach.first', 'reach.overlap', 'reach.share', 'reach.population'])(
    'turns down a fraction in %s',
    (id) => {
      const { values, errors } = evaluate(fields({ [id]: '2.5' }), initialValues());
      expect(errors[id]).toMatchObject({ problem: 'fractional' });
      expect(values[id]).toBe(initialValues()[id]);
    },
  );

  const pair = fields({ 'reach.first': '3', 'reach.hubs': '5' });
  const before = { ...initialValues(), 'reach.hubs': 2, 'reach.first': 150 };
  it.each([
    [[], 'reach.hubs', { problem: 'hubs-over-first', max: 3 }],
    [['reach.first', 'reach.hubs'], 'reach.hubs', { problem: 'hubs-over-first', max: 3 }],
    [['reach.first'], 'reach.first', { problem: 'first-under-hubs', min: 5 }],
    [['reach.hubs', 'reach.first'], 'reach.first', { problem: 'first-under-hubs', min: 5 }],
  ] as const)('more hubs than connections, %j edited: said on %s', (edited, on, error) => {
    const { values, errors } = evaluate(pair, before, new Set(), edited);
    expect(errors).toEqual({ [on]: error });
    // the hubs fall back to the last valid number, held within the connections
    expect(values['reach.hubs']).toBe(2);
  });

  it('holds the hubs within the connections, allows as many, and says nothing of the pair while one is wrong', () => {
    expect(evaluate(fields({ 'reach.first': '1', 'reach.hubs': '5' }), before).values['reach.hubs']).toBe(1);
    expect(evaluate(fields({ 'reach.first': '4', 'reach.hubs': '4' }), before).errors).toEqual({});
    const hubsBad = evaluate(fields({ 'reach.first': '3', 'reach.hubs': '500' }), { ...before, 'reach.hubs': 5 });
    expect(hubsBad.errors).toEqual({ 'reach.hubs': expect.objectContaining({ problem: 'too-large' }) });
  });

  it('gives finite values in range for any text in any field (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...fieldSpecs.keys()), fc.string()), (typed) => {
        const { values } = evaluate(fields(typed), initialValues());
        for (const [id, spec] of fieldSpecs) {
          expect(Number.isFinite(values[id])).toBe(true);
          expect(values[id]).toBeGreaterThanOrEqual(spec.min);
          expect(values[id]).toBeLessThanOrEqual(spec.max);
        }
      }),
    );
  });
});

describe('Dunbar’s circles', () => {
  it('add rings into cumulative layers; nobody counted gives no estimate', () => {
    expect(estimateFromCircles([5, 10, 35, 100, 350])).toEqual([5, 15, 50, 150, 500]);
    expect(estimateFromCircles([4, 0, 0])).toEqual([4, 4, 4]);
    expect(estimateFromCircles([0, 0, 0, 0, 0])).toBeNull();
  });

  it.each([
    [150, 150, 'similar'],
    [75, 150, 'similar'],
    [300, 150, 'similar'],
    [74, 150, 'fewer'],
    [301, 150, 'more'],
    [0, 5, 'fewer'],
    [2.5, 5, 'similar'],
  ] as const)('%d beside a typical %d is %s (a factor of two either way is close)', (count, typical, result) => {
    expect(compareLayer(count, typical)).toBe(result);
  });
});

describe('the name method', () => {
  it('uses the reference sizes: 19,285,000 with the twelve names in a population of 250 million', () => {
    expect(knownNames).toHaveLength(12);
    expect(KNOWN_NAMES_TOTAL).toBe(19_285_000);
    expect(SCALE_UP_POPULATION).toBe(250_000_000);
  });

  it('gives the worked example: 20 people ≈ 259; nobody known: no estimate', () => {
    const counts = knownNames.map((_, i) => (i === 0 ? 20 : 0));
    expect(Math.round(scaleUpEstimate(counts)!.value)).toBe(259);
    expect(scaleUpEstimate(counts)!.known).toBe(20);
    expect(scaleUpEstimate(knownNames.map(() => 0))).toBeNull();
  });

  it('gives a range around the estimate that chance alone leaves, narrower in proportion as more are known (property)', () => {
    const at = (known: number) => scaleUpEstimate(knownNames.map((_, i) => (i === 0 ? known : 0)))!;
    // the worked example: 20 people known, about 168 to 400 around 259
    expect([Math.round(at(20).low), Math.round(at(20).high)]).toEqual([168, 400]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6000 }), (known) => {
        const { low, value, high } = at(known);
        expect(0 < low && low < value && value < high).toBe(true);
        const next = at(known + 1);
        expect((next.high - next.low) / next.value).toBeLessThan((high - low) / value);
      }),
    );
  });

  it('depends only on how many are known, in proportion (property)', () => {
    const counts = fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const value = (c: number[]) => scaleUpEstimate(c)?.value ?? 0;
        expect(value([...a].reverse())).toBeCloseTo(value(a), 6);
        expect(value(a.map((y, i) => y + b[i]!))).toBeCloseTo(value(a) + value(b), 6);
      }),
    );
  });

  it('places an estimate below, inside or above a range', () => {
    const brand = { min: 500, max: 30_000 };
    expect([259, 500, 30_000, 30_001].map((n) => compareWithRange(n, brand))).toEqual([
      'smaller',
      'about-right',
      'about-right',
      'larger',
    ]);
  });
});

describe('reach', () => {
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
    population: fc.integer({ min: 1, max: 250_000_000 }),
  });
  const total = (i: ReachInput) => reach(i).cumulative[2];
  const atMost = (a: number, b: number) => a <= b + 1e-6 * Math.max(1, b);

  it('matches a hand calculation when the population is far away', () => {
    const r = reach({ ...base, hubs: 0, share: 0.1, overlap: 0, population: 1e10 });
    // 0.1 × 150 × 149 = 2,235 at the 2nd degree; 0.1 × 2,235 × 149 ≈ 33,301 at the 3rd
    expect(r.perDegree[0]).toBe(150);
    expect(r.perDegree[1]).toBeCloseTo(2235, 0);
    expect(r.perDegree[2]).toBeCloseTo(33_301.5, -1);
  });

  it('lets a couple of 30,000-connection hubs dominate; nobody passing it on or full overlap stops at the 1st degree', () => {
    expect(reach(base).perDegree[1]).toBeGreaterThan(reach({ ...base, hubs: 0 }).perDegree[1] * 20);
    for (const r of [reach({ ...base, share: 0, hubs: 0 }), reach({ ...base, overlap: 1 })]) {
      expect(r.cumulative).toEqual([150, 150, 150]);
      expect(r.nearBound).toBe(false);
    }
  });

  it.each([
    [
      'a hub counts its own connections',
      { typical: 0, hubs: 1, first: 150, share: 1, overlap: 0, hubSize: 1000 },
      [150, 999, 0],
    ],
    [
      'a hub with no connections adds nobody',
      { typical: 11, hubs: 2, first: 12, share: 1, overlap: 0, hubSize: 0 },
      [12, 100, 1000],
    ],
    [
      'no more hubs than connections',
      { typical: 1, hubs: 5, first: 2, share: 1, overlap: 0, hubSize: 101 },
      [2, 200, 0],
    ],
    ['overlap takes its share', { typical: 11, hubs: 0, first: 10, share: 1, overlap: 0.5, hubSize: 0 }, [10, 50, 250]],
  ] as const)('exactly: %s', (_case, input, perDegree) => {
    const r = reach({ ...input, population: 1e12 });
    r.perDegree.forEach((v, i) => expect(v).toBeCloseTo(perDegree[i]!, 3));
  });

  it('fills the room the population bound leaves, step after step: new = R · (1 − e^(−x / R))', () => {
    const fill = (x: number, room: number) => room * (1 - Math.exp(-x / room));
    const r = reach({ first: 10, typical: 11, hubs: 0, share: 1, overlap: 0, hubSize: 0, population: 1000 });
    const d2 = fill(100, 990);
    expect(r.perDegree[1]).toBeCloseTo(d2, 6);
    expect(r.perDegree[2]).toBeCloseTo(fill(d2 * 10, 990 - d2), 6);
    expect(r.nearBound).toBe(true);
    expect(reach({ ...base, population: 100 }).perDegree[0]).toBe(100);
    expect(saturate(1000, 10)).toBeCloseTo(10, 9);
    expect([saturate(0, 0), saturate(5, 0), saturate(0, 5)]).toEqual([0, 0, 0]);
  });

  it.each([
    [0.1, false],
    [0.3, true],
  ])('flags the bound only when at least a tenth is lost (x/R = %s)', (ratio, flagged) => {
    const population = 1_000_000;
    const hubSize = ratio * (population - 1) + 1;
    expect(reach({ first: 1, typical: 1, hubs: 1, share: 1, overlap: 0, hubSize, population }).nearBound).toBe(flagged);
  });

  it('stays finite, within the bound and growing step by step, for any inputs (property)', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const r = reach(i);
        for (const v of [...r.perDegree, ...r.cumulative]) expect(v).toBeGreaterThanOrEqual(0);
        expect(r.cumulative[2]).toBeLessThanOrEqual(i.population);
        expect(r.cumulative[0]).toBeLessThanOrEqual(r.cumulative[1]);
        expect(r.cumulative[1]).toBeLessThanOrEqual(r.cumulative[2]);
      }),
    );
  });

  it('grows with connections, contacts, sharing, hubs, hub size and ceiling, and shrinks with overlap (property)', () => {
    fc.assert(
      fc.property(
        inputs,
        fc.integer({ min: 1, max: 5000 }),
        fc.double({ min: 0, max: 0.5, noNaN: true }),
        (i, d, s) => {
          const at = { ...i, hubs: Math.min(i.hubs, i.first) };
          for (const more of [
            { first: i.first + d },
            { typical: i.typical + d },
            { share: Math.min(1, i.share + s) },
            { hubSize: i.hubSize + d },
            { population: i.population + d },
            // a hub adds reach when it has at least the connections of a typical contact
            ...(at.hubs < i.first && i.hubSize >= i.typical ? [{ hubs: at.hubs + 1 }] : []),
          ])
            expect(atMost(total(at), total({ ...at, ...more }))).toBe(true);
          expect(atMost(total({ ...at, overlap: Math.min(1, i.overlap + s) }), total(at))).toBe(true);
        },
      ),
    );
  });
});
