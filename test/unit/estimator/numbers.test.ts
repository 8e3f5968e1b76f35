import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fieldSpecs } from '../../../src/tools/estimator/fields';
import {
  languageTag,
  MAX_INPUT_LENGTH,
  numberWriter,
  roughCount,
  type NumberProblem,
  type NumberSpec,
  type ParsedNumber,
} from '../../../src/tools/estimator/numbers';
import { fieldMessage } from '../../../src/tools/estimator/words';
import { loadWords, loadWriter } from '../../support/estimator-content';
import { freshImport } from '../../support/fresh-import';

// what a number may look like is written in module-level patterns: every test reads text with
// the module as it is made now
type Numbers = typeof import('../../../src/tools/estimator/numbers');
let parseNumber: Numbers['parseNumber'];
let inputText: Numbers['inputText'];
let isWide: Numbers['isWide'];
beforeEach(async () => {
  ({ parseNumber, inputText, isWide } = await freshImport(() => import('../../../src/tools/estimator/numbers')));
});

const copy = loadWords();
const write = loadWriter();
/** the inline message for a problem, in the words of words.yaml */
const problemMessage = (problem: NumberProblem, spec: NumberSpec) =>
  fieldMessage({ problem, spec }, copy.messages, write);

const people: NumberSpec = { min: 0, max: 500, whole: true, unit: 'people' };
const percent: NumberSpec = { min: 0, max: 100, whole: true, unit: 'percent' };
const problems: readonly NumberProblem[] = ['empty', 'not-number', 'negative', 'fractional', 'too-small', 'too-large'];

describe('parseNumber', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-number'],
    ['12abc', 'not-number'],
    ['1,000', 'not-number'],
    ['<script>alert(1)</script>', 'not-number'],
    ['-3', 'negative'],
    ['2.5', 'fractional'],
    ['501', 'too-large'],
    ['1e999', 'too-large'],
    // a number of digits only, longer than anyone types, is a number too large, not "not digits"
    ['9'.repeat(41), 'too-large'],
    ['9'.repeat(45), 'too-large'],
    [`-${'9'.repeat(45)}`, 'negative'],
    // longer than anyone types and more than digits
    [`${'9'.repeat(41)}x`, 'not-number'],
    [`x-${'9'.repeat(41)}`, 'not-number'],
    [`-${'9'.repeat(41)}x`, 'not-number'],
    ['-1e999', 'negative'],
    ['x12', 'not-number'],
    ['1.5e', 'not-number'],
    ['1e+', 'not-number'],
    ['.e5', 'not-number'],
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
    ['10e1', 100],
    // 40 characters: still read as typed
    [`${'0'.repeat(39)}1`, 1],
  ])('%j reads as %d', (raw, value) => {
    expect(parseNumber(raw, people)).toEqual({ ok: true, value });
  });

  it('treats a value that is not text (a tampered save) as empty', () => {
    expect(parseNumber(undefined as unknown as string, people)).toEqual({ ok: false, problem: 'empty' });
    expect(parseNumber(12 as unknown as string, people)).toEqual({ ok: false, problem: 'empty' });
  });

  it('reports a value under a positive minimum as too small', () => {
    expect(parseNumber('0', { min: 1, max: 10, whole: true, unit: 'people' })).toEqual({
      ok: false,
      problem: 'too-small',
    });
  });

  it('states one rule for every number under a field’s minimum: -5 and 0 in the audience ceiling say the same (property)', () => {
    const ceiling = fieldSpecs.get('reach.population')!;
    expect(ceiling.min).toBe(1);
    const zero = problemMessage('too-small', ceiling);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000, max: 0 }).map(String),
          fc.constantFrom('-5', '-0', '0', '-1e400', `-${'9'.repeat(45)}`),
        ),
        (text) => {
          const result = parseNumber(text, ceiling);
          expect(result, text).toEqual({ ok: false, problem: 'too-small' });
          expect(problemMessage((result as { problem: NumberProblem }).problem, ceiling)).toBe(zero);
        },
      ),
    );
    expect(zero).toBe('Enter at least 1 person.');
    // and where the minimum is 0, "can't be negative: enter 0 or more" is the real rule
    expect(
      problemMessage(
        parseNumber('-5', fieldSpecs.get('reach.first')!).ok ? 'empty' : 'negative',
        fieldSpecs.get('reach.first')!,
      ),
    ).toContain('0 or more');
  });

  it('calls any long run of digits too large, with the field’s maximum, in every field (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{9,60}$/), fc.constantFrom(...fieldSpecs.values()), (digits, spec) => {
        const result = parseNumber(digits.slice(0, MAX_INPUT_LENGTH + 1), spec);
        expect(result).toEqual({ ok: false, problem: 'too-large' });
        expect(problemMessage('too-large', spec)).toContain(write.withUnit(spec.max, spec.unit));
      }),
    );
  });

  /**
   * What a number that reads cleanly should give, from its value alone: the documented order of
   * checks (sign, then whole, then range). Independent of the parser's regular expression.
   */
  function expected(value: number, spec: NumberSpec): ParsedNumber {
    // below a minimum of 0 a number is "negative"; below a minimum of 1 it is "too small", as 0 is
    if (!Number.isFinite(value))
      return { ok: false, problem: value > 0 ? 'too-large' : spec.min === 0 ? 'negative' : 'too-small' };
    if (value < 0 && spec.min === 0) return { ok: false, problem: 'negative' };
    if (spec.whole && !Number.isInteger(value)) return { ok: false, problem: 'fractional' };
    if (value < spec.min) return { ok: false, problem: 'too-small' };
    if (value > spec.max) return { ok: false, problem: 'too-large' };
    return { ok: true, value: value === 0 ? 0 : value };
  }

  // every spec the estimator uses, and one that takes fractions
  const specs = fc.constantFrom<NumberSpec>(...fieldSpecs.values(), {
    min: 0,
    max: 1000,
    whole: false,
    unit: 'percent',
  });
  const spaces = fc.constantFrom('', ' ', '  ', '\t', '\n ');
  const sign = fc.constantFrom('', '+', '-');
  /** numbers as people and programs write them: doubles, signed integers, decimals, exponents */
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

  it('reads every cleanly written number by its value, within the field’s rules', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(numberText, spaces, spaces, specs, (text, before, after, spec) => {
        const result = parseNumber(`${before}${text}${after}`, spec);
        expect(result).toEqual(expected(Number(text), spec));
        if (result.ok) accepted += 1;
        else rejected += 1;
      }),
      { numRuns: 500 },
    );
    // the generators reach both outcomes, so neither half of the property is vacuous
    expect(accepted).toBeGreaterThan(50);
    expect(rejected).toBeGreaterThan(50);
  });

  it('accepts any whole number in range and nothing outside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000, max: 1_000 }), (n) => {
        const inRange = n >= 0 && n <= 500;
        expect(parseNumber(String(n), people)).toEqual(
          inRange ? { ok: true, value: n } : { ok: false, problem: n < 0 ? 'negative' : 'too-large' },
        );
      }),
    );
  });

  it('refuses thousands separators, fractions, spaces inside and other notations as not a number', () => {
    const digits = fc.nat({ max: 999 }).map(String);
    const notation = fc.oneof(
      fc.tuple(sign, digits, digits).map(([s, a, b]) => `${s}${a},${b.padStart(3, '0')}`),
      fc.tuple(digits, fc.integer({ min: 1, max: 99 })).map(([a, b]) => `${a}/${b}`),
      fc.tuple(digits, digits).map(([a, b]) => `${a} ${b}`),
      fc.tuple(digits, digits, digits).map(([a, b, c]) => `${a}.${b}.${c}`),
      fc.tuple(digits, fc.constantFrom('%', ' people', 'k', '$', '_000')).map(([a, x]) => `${a}${x}`),
      fc.constantFrom('0x10', '0b1', 'Infinity', '-Infinity', 'NaN', 'e5', '.', '-', '+', '1e', '1e+', '½', '١٢'),
      fc.nat().map((n) => `${n}`.padStart(MAX_INPUT_LENGTH + 1, '0')),
    );
    fc.assert(
      fc.property(notation, spaces, specs, (text, pad, spec) => {
        expect(parseNumber(`${pad}${text}${pad}`, spec)).toEqual({ ok: false, problem: 'not-number' });
      }),
    );
  });

  it('treats blank text as empty', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0'), { maxLength: 8 }),
        specs,
        (chars, spec) => {
          expect(parseNumber(chars.join(''), spec)).toEqual({ ok: false, problem: 'empty' });
        },
      ),
    );
  });

  it('gives either a finite number in range or a named problem, whatever the text', () => {
    const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), numberText);
    fc.assert(
      fc.property(anyText, specs, (raw, spec) => {
        const result = parseNumber(raw, spec);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(spec.min);
          expect(result.value).toBeLessThanOrEqual(spec.max);
          expect(result.value).toBe(Number(raw.trim()) || 0);
        } else {
          expect(problems).toContain(result.problem);
        }
      }),
    );
  });
});

describe('messages', () => {
  it('names the limit and the unit', () => {
    expect(problemMessage('too-large', { ...people, max: 30_000 })).toContain('30,000 people');
    expect(problemMessage('too-large', percent)).toContain('100%');
    expect(problemMessage('fractional', percent)).toMatch(/whole percentage/);
    expect(problemMessage('fractional', people)).toMatch(/people come in ones/);
    expect(problemMessage('negative', people)).toMatch(/negative/);
    expect(problemMessage('empty', people)).toMatch(/0 if none/);
    expect(problemMessage('too-small', { ...people, min: 1 })).toBe('Enter at least 1 person.');
    expect(problemMessage('empty', { ...people, min: 1000 })).toBe('Enter a number, at least 1,000.');
  });
});

describe('languageTag', () => {
  it('turns the site’s Open Graph locale into a tag Intl reads', () => {
    expect(languageTag('en_US')).toBe('en-US');
    expect(languageTag('de_DE')).toBe('de-DE');
    expect(languageTag('en-gb')).toBe('en-GB');
  });

  it('refuses a malformed locale instead of guessing', () => {
    expect(() => languageTag('not a locale')).toThrow(RangeError);
  });
});

describe('numberWriter', () => {
  it('writes counts with their unit and a field’s range in the words of words.yaml', () => {
    expect(write.withUnit(30_000, 'people')).toBe('30,000 people');
    expect(write.withUnit(1, 'people')).toBe('1 person');
    expect(write.withUnit(0, 'people')).toBe('0 people');
    expect(write.withUnit(100, 'percent')).toBe('100%');
    expect(write.range({ ...people, max: 10_000 })).toBe('people, 0–10,000');
    expect(write.range(percent)).toBe('percent, 0–100');
  });

  it('shortens axis labels', () => {
    expect(write.compact(10)).toBe('10');
    expect(write.compact(999)).toBe('999');
    expect(write.compact(10_000)).toBe('10k');
    expect(write.compact(1_000_000)).toBe('1M');
    // the axis's last tick: the audience ceiling goes up to 250,000,000
    expect(write.compact(100_000_000)).toBe('100M');
    expect(write.compact(250_000_000)).toBe('250M');
  });

  it('groups thousands and never prints NaN, Infinity or -0', () => {
    expect(write.count(1234567)).toBe('1,234,567');
    expect(write.count(-0)).toBe('0');
    expect(write.count(-0.2)).toBe('0');
    expect(write.count(Number.NaN)).toBe(copy.numbers.notAvailable);
    expect(write.count(Number.POSITIVE_INFINITY)).toBe(copy.numbers.notAvailable);
  });

  it('takes its locale and words as given, with nothing fixed in the code', () => {
    const german = numberWriter('de-DE', {
      notAvailable: 'k. A.',
      thousands: '{n} Tsd.',
      millions: '{n} Mio.',
      units: {
        people: { one: '{n} Person', other: '{n} Personen', range: 'Personen, {min}–{max}' },
        percent: { other: '{n} %', range: 'Prozent, {min}–{max}' },
      },
    });
    expect(german.count(1234567)).toBe('1.234.567');
    expect(german.count(Number.NaN)).toBe('k. A.');
    expect(german.withUnit(1, 'people')).toBe('1 Person');
    expect(german.withUnit(30_000, 'people')).toBe('30.000 Personen');
    expect(german.withUnit(50, 'percent')).toBe('50 %');
    expect(german.range({ ...people, max: 10_000 })).toBe('Personen, 0–10.000');
    expect(german.compact(3_000_000)).toBe('3 Mio.');
  });

  it('never prints NaN, Infinity, -0 or a placeholder, for any number', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom('people' as const, 'percent' as const), (x, unit) => {
        for (const text of [write.count(x), write.withUnit(x, unit), write.compact(x)]) {
          expect(text).not.toMatch(/NaN|Infinity|^-0$|\{\w+\}/);
          expect(text.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('inputText', () => {
  it.each([
    ['12', '12'],
    ['-3', '-3'],
    ['1.5', '1.5'],
    ['.5', '.5'],
    ['-.5', '-.5'],
    ['10.25', '10.25'],
    ['1.50', '1.50'],
    ['.50', '.50'],
    ['1e3', '1e3'],
    ['1E+5', '1E+5'],
    ['2e-1', '2e-1'],
    ['12e10', '12e10'],
    // not HTML's form, but a number: handed over as the number it reads as
    [' 12', '12'],
    ['+7', '7'],
    ['12.', '12'],
    ['+.5', '0.5'],
    // not a number an input can hold
    ['1e400', ''],
    ['NaN', ''],
    ['Infinity', ''],
    ['12abc', ''],
    ['abc12', ''],
    ['1-2', ''],
    ['', ''],
  ])('hands a number input %j as %j', (raw, shown) => {
    expect(inputText(raw)).toBe(shown);
  });
});

describe('isWide', () => {
  it('widens a field whose maximum has more digits than the default width holds', () => {
    const spec = (max: number): NumberSpec => ({ min: 0, max, whole: true, unit: 'people' });
    expect(isWide(spec(999_999))).toBe(false);
    expect(isWide(spec(1_000_000))).toBe(true);
  });
});

describe('roughCount', () => {
  it('gives whole numbers below 1,000, and 0 for no positive number', () => {
    expect(roughCount(5.4)).toBe(5);
    expect(roughCount(0.4)).toBe(0);
    expect(roughCount(-5)).toBe(0);
    expect(roughCount(Number.POSITIVE_INFINITY)).toBe(0);
  });

  it('rounds to two significant figures from 1,000 and stays within 5%', () => {
    expect(roughCount(149.6)).toBe(150);
    expect(roughCount(113_456)).toBe(110_000);
    expect(roughCount(Number.NaN)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 1000, max: 1e10, noNaN: true }), (x) => {
        const r = roughCount(x);
        expect(Math.abs(r - x) / x).toBeLessThanOrEqual(0.05);
      }),
    );
  });
});
