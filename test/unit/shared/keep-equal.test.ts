import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepEqual } from '../../../src/shared/keep-equal';

/** plain data as views hold it */
const data = fc.jsonValue();

describe('keepEqual', () => {
  it('returns a value equal to the new one, whatever the old one was', () => {
    fc.assert(
      fc.property(data, data, (prev, next) => {
        expect(keepEqual(prev, next)).toStrictEqual(next);
      }),
    );
  });

  it('returns the old value itself when the new one is equal to it', () => {
    fc.assert(
      fc.property(data, (value) => {
        expect(keepEqual(value, structuredClone(value))).toBe(value);
      }),
    );
  });

  it('keeps the identity of every unchanged part and replaces the changed ones', () => {
    const prev = { a: { b: [1, 2], c: 'x' }, d: [{ e: 1 }, { e: 2 }], f: 1 };
    const next = { a: { b: [1, 2], c: 'y' }, d: [{ e: 1 }, { e: 3 }], f: 1 };
    const kept = keepEqual(prev, structuredClone(next));
    expect(kept).toStrictEqual(next);
    expect(kept).not.toBe(prev);
    expect(kept.a).not.toBe(prev.a);
    expect(kept.a.b).toBe(prev.a.b);
    expect(kept.d).not.toBe(prev.d);
    expect(kept.d[0]).toBe(prev.d[0]);
    expect(kept.d[1]).not.toBe(prev.d[1]);
  });

  it.each([
    ['an array that grew', [1, 2], [1, 2, 3]],
    ['an array that shrank', [1, 2, 3], [1, 2]],
    ['an object with a key more', { a: 1 }, { a: 1, b: 2 }],
    ['an object with a key less', { a: 1, b: 2 }, { a: 1 }],
    ['an object with a key renamed', { a: 1 }, { b: 1 }],
    ['a key now undefined', { a: 1 } as Record<string, unknown>, { a: 1, b: undefined }],
    ['an array for an object', { 0: 1 } as unknown, [1]],
  ])('does not keep %s', (_name, prev, next) => {
    const kept = keepEqual<unknown>(prev, next);
    expect(kept).not.toBe(prev);
    expect(kept).toStrictEqual(next);
  });

  it('keeps no key that is gone, even when its value and the new one are both undefined', () => {
    const prev: Record<string, unknown> = { a: undefined };
    const kept = keepEqual(prev, { b: undefined });
    expect(kept).not.toBe(prev);
    expect(Object.keys(kept)).toEqual(['b']);
  });

  it('takes the new value whole when the old one was nothing or not data', () => {
    const next = { a: [1] };
    expect(keepEqual<unknown>(undefined, next)).toBe(next);
    expect(keepEqual<unknown>(null, next)).toBe(next);
    expect(keepEqual<unknown>(1, next)).toBe(next);
    expect(keepEqual<unknown>(new Date(0), {})).toStrictEqual({});
    expect(keepEqual<unknown>({ a: [1] }, undefined)).toBeUndefined();
  });

  it('shares objects without a prototype, as plain objects', () => {
    const prev = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: { c: 2 } });
    const next = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: { c: 2 } });
    expect(keepEqual(prev, next)).toBe(prev);
  });

  it('treats values that are not plain data as equal only to themselves', () => {
    const date = new Date(0);
    expect(keepEqual(date, new Date(0))).not.toBe(date);
    const fn = () => 1;
    expect(keepEqual({ fn }, { fn }).fn).toBe(fn);
    expect(keepEqual(NaN, NaN)).toBeNaN();
  });
});
