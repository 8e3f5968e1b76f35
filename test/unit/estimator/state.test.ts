import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/purposes/ids';
import { decodeStored } from '../../../src/shared/storage/decode';
import { fieldSpecs, initialFields, MAX_INPUT_LENGTH, methods } from '../../../src/tools/estimator/model';
import { initialState, parseState } from '../../../src/tools/estimator/state';

const fieldIds = [...fieldSpecs.keys()];

describe('parseState', () => {
  it('round-trips a save, fills fields an older save lacks, drops unknown ones and keeps tampered text as text', () => {
    const state = { ...initialState, method: 'names' as const, purpose: 'brand' as const };
    expect(parseState(JSON.parse(JSON.stringify(state)))).toEqual(state);
    const hostile = '<img src=x onerror=alert(1)>';
    const parsed = parseState({
      v: 1,
      method: 'circles',
      purpose: null,
      fields: { 'layer.support': hostile, evil: 'x' },
    });
    expect(parsed!.fields).toEqual({ ...initialFields(), 'layer.support': hostile });
  });

  it.each([
    null,
    [],
    'circles',
    { v: 2, method: 'circles', purpose: null, fields: {} },
    { v: '1', method: 'circles', purpose: null, fields: {} },
    { v: 1, method: 'guess', purpose: null, fields: {} },
    { v: 1, method: 'circles', purpose: 'fame', fields: {} },
    { v: 1, method: 'circles', fields: {} },
    { v: 1, method: 'circles', purpose: null, fields: [] },
    { v: 1, method: 'circles', purpose: null, fields: { 'layer.support': 4 } },
  ])('rejects %j', (value) => {
    expect(parseState(value)).toBeNull();
  });
});

/** Records close to what the estimator saves: right or wrong version, method, purpose and fields. */
const nearValid = fc.record(
  {
    v: fc.constantFrom<unknown>(1, 1, 1, 2, '1'),
    method: fc.constantFrom<unknown>(...methods, ...methods, 'guess'),
    purpose: fc.constantFrom<unknown>(null, ...purposeIds, 'fame'),
    fields: fc.dictionary(
      fc.constantFrom(...fieldIds, 'bogus', 'toString'),
      fc.oneof(
        { arbitrary: fc.string({ maxLength: MAX_INPUT_LENGTH + 10 }), weight: 6 },
        { arbitrary: fc.constantFrom('', '1e999', 'x'.repeat(MAX_INPUT_LENGTH + 20)), weight: 6 },
        { arbitrary: fc.anything(), weight: 1 },
      ),
      { maxKeys: 8 },
    ),
  },
  // a key may be missing, as in a hand-edited or older record
  { requiredKeys: ['v', 'method', 'fields'] },
);
type Near = { v?: unknown; method?: unknown; purpose?: unknown; fields: Record<string, unknown> };

/** The decoder's contract: which records it accepts. */
const acceptable = (record: Near) =>
  record.v === 1 &&
  (methods as readonly unknown[]).includes(record.method) &&
  (record.purpose === null || (purposeIds as readonly unknown[]).includes(record.purpose)) &&
  fieldIds.every((id) => record.fields[id] === undefined || typeof record.fields[id] === 'string');

describe('decoding whatever is stored', () => {
  it('accepts a record exactly when it is version 1 with a known method and purpose and text fields (property)', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nearValid, (record: Near) => {
        const parsed = parseState(record);
        if (!acceptable(record)) {
          expect(parsed).toBeNull();
          return;
        }
        accepted += 1;
        expect(parsed).toMatchObject({ method: record.method, purpose: record.purpose });
        // every known field, and only those: given text kept (cut to one over the limit), the rest at its start
        for (const id of fieldIds) {
          const given = record.fields[id];
          expect(parsed!.fields[id]).toBe(
            typeof given === 'string' ? given.slice(0, MAX_INPUT_LENGTH + 1) : initialFields()[id],
          );
        }
        expect(Object.keys(parsed!.fields).sort()).toEqual([...fieldIds].sort());
      }),
      { numRuns: 400 },
    );
    expect(accepted).toBeGreaterThan(40);
  });

  it('never throws on stored text: a newer version is kept, a save cut short is never half-read (property)', () => {
    fc.assert(
      fc.property(nearValid, fc.nat(), (record, cut) => {
        const json = JSON.stringify(record);
        const whole = decodeStored(json, parseState);
        expect(whole.ok).toBe(acceptable(JSON.parse(json) as Near));
        const { v } = record as { v?: unknown };
        if (!whole.ok) expect(whole.reason).toBe(typeof v === 'number' && v > 1 ? 'newer' : 'invalid');
        expect(decodeStored(json.slice(0, cut % json.length || 1), parseState)).toEqual({
          ok: false,
          reason: 'not-json',
        });
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        fc.pre(!(value && typeof value === 'object' && 'v' in value && 'fields' in value));
        expect(parseState(value)).toBeNull();
      }),
    );
  });
});
