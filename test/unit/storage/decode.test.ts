import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored, stringList } from '../../../src/shared/storage/decode';

const parseV1 = (value: unknown) => ((value as { v?: unknown } | null)?.v === 1 ? (value as { v: 1 }) : null);
const boom = () => {
  throw new Error('boom');
};

describe('decodeStored', () => {
  it.each([
    ['{"v":1}', parseV1, 1, { ok: true, value: { v: 1 } }],
    [null, parseV1, 1, { ok: false, reason: 'missing' }],
    [undefined, parseV1, 1, { ok: false, reason: 'missing' }],
    ['', parseV1, 1, { ok: false, reason: 'missing' }],
    ['{"v":1', parseV1, 1, { ok: false, reason: 'not-json' }],
    ['{"v":0}', parseV1, 1, { ok: false, reason: 'invalid' }],
    ['[{"v":2}]', parseV1, 1, { ok: false, reason: 'invalid' }],
    ['{"v":"2"}', parseV1, 1, { ok: false, reason: 'invalid' }],
    ['{}', boom, 1, { ok: false, reason: 'invalid' }],
    ['{"v":2}', parseV1, 1, { ok: false, reason: 'newer' }],
    ['{"v":3,"x":[1]}', parseV1, 2, { ok: false, reason: 'newer' }],
    ['{"v":2}', (v: unknown) => v, 2, { ok: true, value: { v: 2 } }],
    ['false', (v: unknown) => v, 1, { ok: true, value: false }],
    ['{"v":1,"n":0}', (v: unknown) => (v as { n: number }).n, 1, { ok: true, value: 0 }],
  ])('decodes %j', (raw, parse, version, result) => {
    expect(decodeStored(raw, parse, version)).toEqual(result);
  });
  it('calls a save with a higher "v" newer whatever its shape, and never throws on any text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 1e6 }), fc.dictionary(fc.string(), fc.jsonValue()), (v, rest) => {
        expect(decodeStored(JSON.stringify({ ...rest, v }), parseV1)).toEqual({ ok: false, reason: 'newer' });
      }),
    );
    fc.assert(fc.property(fc.string(), (raw) => void decodeStored(raw, parseV1)));
  });
});

describe('stringList', () => {
  it.each([
    [
      ['a', 'bb'],
      ['a', 'bb'],
    ],
    [['a', 'b', 'c'], null],
    [['abc'], null],
    [['a', 1], null],
    ['a', null],
    [[['a']], null],
  ])('accepts at most 2 strings of at most 2 characters: %j', (value, result) => {
    expect(stringList(value, 2, 2)).toEqual(result);
  });
});
