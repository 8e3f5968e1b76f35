import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeStored } from '../../../src/shared/storage/decode';

const parseV1 = (value: unknown) =>
  typeof value === 'object' && value !== null && (value as { v?: unknown }).v === 1 ? (value as { v: 1 }) : null;

describe('decodeStored', () => {
  it('returns the value when the shape is accepted', () => {
    expect(decodeStored('{"v":1}', parseV1)).toEqual({ ok: true, value: { v: 1 } });
  });
  it('reports missing values', () => {
    expect(decodeStored(null, parseV1)).toEqual({ ok: false, reason: 'missing' });
    expect(decodeStored(undefined, parseV1)).toEqual({ ok: false, reason: 'missing' });
    expect(decodeStored('', parseV1)).toEqual({ ok: false, reason: 'missing' });
  });
  it('reports text that is not JSON', () => {
    expect(decodeStored('{"v":1', parseV1)).toEqual({ ok: false, reason: 'not-json' });
  });
  it('reports an old or foreign shape as invalid', () => {
    expect(decodeStored('{"v":0}', parseV1)).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeStored('[1,2]', parseV1)).toEqual({ ok: false, reason: 'invalid' });
  });
  it('reports a save from a newer version as newer, whatever its shape, and only that', () => {
    expect(decodeStored('{"v":2}', parseV1)).toEqual({ ok: false, reason: 'newer' });
    expect(decodeStored('{"v":3,"x":[1]}', parseV1, 2)).toEqual({ ok: false, reason: 'newer' });
    expect(decodeStored('{"v":2}', (v) => v, 2)).toEqual({ ok: true, value: { v: 2 } });
    expect(decodeStored('{"v":"2"}', parseV1)).toEqual({ ok: false, reason: 'invalid' });
    expect(decodeStored('[{"v":2}]', parseV1)).toEqual({ ok: false, reason: 'invalid' });
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1e6 }), fc.dictionary(fc.string(), fc.jsonValue()), (v, rest) => {
        expect(decodeStored(JSON.stringify({ ...rest, v }), parseV1).ok === false).toBe(true);
        expect(decodeStored(JSON.stringify({ ...rest, v }), parseV1)).toEqual({ ok: false, reason: 'newer' });
      }),
    );
  });
  it.each(['null', 'true', '2', '"v"', '[]'])(
    'hands %s, JSON that is no object, to the parser (never newer)',
    (raw) => {
      const seen: unknown[] = [];
      const result = decodeStored(raw, (value) => (seen.push(value), null));
      expect(result).toEqual({ ok: false, reason: 'invalid' });
      expect(seen).toEqual([JSON.parse(raw)]);
    },
  );
  it('gives the parser the decoded JSON and returns what it keeps, falsy values included', () => {
    expect(decodeStored('{"v":1,"n":0}', (value) => (value as { n: number }).n)).toEqual({ ok: true, value: 0 });
    expect(decodeStored('false', (value) => value)).toEqual({ ok: true, value: false });
    expect(decodeStored('""', (value) => value)).toEqual({ ok: true, value: '' });
  });
  it('treats a parser that throws as invalid', () => {
    expect(
      decodeStored('{}', () => {
        throw new Error('boom');
      }),
    ).toEqual({ ok: false, reason: 'invalid' });
  });
  it('never throws, whatever the stored string', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        decodeStored(raw, parseV1);
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        decodeStored(JSON.stringify(json), parseV1);
      }),
    );
  });
});

describe('isRecord and stringList', async () => {
  const { isRecord, stringList } = await import('../../../src/shared/storage/decode');
  it('accepts plain objects only', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });
  it('accepts bounded lists of bounded strings only', () => {
    expect(stringList(['a', 'bb'], 2, 2)).toEqual(['a', 'bb']);
    expect(stringList(['a', 'b', 'c'], 2, 2)).toBeNull();
    expect(stringList(['abc'], 2, 2)).toBeNull();
    expect(stringList(['a', 1], 2, 2)).toBeNull();
    expect(stringList('a', 2, 2)).toBeNull();
    expect(stringList([['a']], 2, 2)).toBeNull();
    expect(stringList([{ length: 1 }], 2, 2)).toBeNull();
    expect(stringList([], 0, 0)).toEqual([]);
  });
});
