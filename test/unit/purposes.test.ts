import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPurposeId, parseStoredPurpose, purposeIds } from '../../src/purposes/ids';

describe('isPurposeId', () => {
  it.each(purposeIds)('knows %s', (id) => {
    expect(isPurposeId(id)).toBe(true);
  });

  it.each([['Social'], ['social '], [''], ['nope'], [null], [undefined], [1], [['social']], [{ social: true }]])(
    'refuses %j',
    (value) => {
      expect(isPurposeId(value)).toBe(false);
    },
  );
});

describe('parseStoredPurpose', () => {
  it.each(purposeIds)('reads a stored %s purpose as exactly { v: 1, purpose }', (purpose) => {
    expect(parseStoredPurpose({ v: 1, purpose, extra: 'dropped' })).toStrictEqual({ v: 1, purpose });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a number', 1],
    ['a string', 'social'],
    ['an older version', { v: 0, purpose: 'social' }],
    ['a newer version', { v: 2, purpose: 'social' }],
    ['a version written as text', { v: '1', purpose: 'social' }],
    ['an unknown purpose', { v: 1, purpose: 'Social' }],
    ['no purpose', { v: 1 }],
    ['an array', [1, 'social']],
    ['an array carrying the fields', Object.assign([], { v: 1, purpose: 'social' })],
  ])('refuses %s', (_name, value) => {
    expect(parseStoredPurpose(value)).toBeNull();
  });

  it('never throws and keeps only a known purpose, whatever the value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseStoredPurpose(value);
        if (parsed !== null) expect(isPurposeId(parsed.purpose) && parsed.v === 1).toBe(true);
      }),
    );
  });
});
