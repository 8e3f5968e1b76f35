import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../src/shared/hash';

describe('fnv1a32', () => {
  it('matches the published FNV-1a test vectors', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });
  it('is always an unsigned 32-bit integer and deterministic', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const h = fnv1a32(s);
        return Number.isInteger(h) && h >= 0 && h <= 0xffffffff && h === fnv1a32(s);
      }),
    );
  });
});
