import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCompact, formatCount, parseNumber, rangeLabel, roughCount, withUnit, type NumberProblem, type NumberSpec } from '../../../src/lib/estimator/numbers';
import { fieldMessage } from '../../../src/lib/estimator/words';
import { loadCopy } from './content-fixture';

const words = loadCopy().messages;
/** the inline message for a problem, in the words of copy.yaml */
const problemMessage = (problem: NumberProblem, spec: NumberSpec) => fieldMessage({ problem, spec }, words);

const people: NumberSpec = { min: 0, max: 500, whole: true, unit: 'people' };
const percent: NumberSpec = { min: 0, max: 100, whole: true, unit: '%' };

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
    ['9'.repeat(41), 'not-number'],
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
  ])('%j reads as %d', (raw, value) => {
    expect(parseNumber(raw, people)).toEqual({ ok: true, value });
  });

  it('reports a value under a positive minimum as too small', () => {
    expect(parseNumber('0', { min: 1, max: 10, whole: true, unit: 'people' })).toEqual({ ok: false, problem: 'too-small' });
  });

  it('accepts any whole number in range and nothing outside it', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000, max: 1_000 }), (n) => {
        const result = parseNumber(String(n), people);
        expect(result.ok).toBe(n >= 0 && n <= 500);
        if (result.ok) expect(result.value).toBe(n);
      }),
    );
  });

  it('never returns a number that is not finite, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = parseNumber(raw, people);
        if (result.ok) {
          expect(Number.isFinite(result.value)).toBe(true);
          expect(result.value).toBeGreaterThanOrEqual(0);
          expect(result.value).toBeLessThanOrEqual(500);
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
    expect(problemMessage('negative', people)).toMatch(/negative/);
    expect(problemMessage('empty', people)).toMatch(/0 if none/);
    expect(problemMessage('too-small', { ...people, min: 1 })).toBe('Enter at least 1 person.');
    expect(problemMessage('empty', { ...people, min: 1000 })).toBe('Enter a number, at least 1,000.');
  });
});

describe('units and compact numbers', () => {
  it('writes a count with its unit and a field’s range', () => {
    expect(withUnit(30_000, 'people')).toBe('30,000 people');
    expect(withUnit(1, 'people')).toBe('1 person');
    expect(withUnit(100, '%')).toBe('100%');
    expect(rangeLabel({ ...people, max: 10_000 })).toBe('people, 0–10,000');
    expect(rangeLabel(percent)).toBe('percent, 0–100');
  });

  it('shortens axis labels', () => {
    expect(formatCompact(10)).toBe('10');
    expect(formatCompact(10_000)).toBe('10k');
    expect(formatCompact(1_000_000)).toBe('1M');
    expect(formatCompact(10_000_000_000)).toBe('10bn');
  });
});

describe('formatting', () => {
  it('groups thousands and never prints NaN, Infinity or -0', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(-0)).toBe('0');
    expect(formatCount(-0.2)).toBe('0');
    expect(formatCount(Number.NaN)).toBe('not available');
    expect(formatCount(Number.POSITIVE_INFINITY)).toBe('not available');
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
