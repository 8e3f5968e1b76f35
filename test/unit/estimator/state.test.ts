import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayView } from '../../../src/tools/estimator/display';
import { fieldSpecs, initialFields, initialValues } from '../../../src/tools/estimator/fields';
import { MAX_INPUT_LENGTH } from '../../../src/tools/estimator/numbers';
import { methods } from '../../../src/tools/estimator/model';
import { initialState, parseState, withField, withMethod, withPurpose } from '../../../src/tools/estimator/state';
import { buildView, rememberValid } from '../../../src/tools/estimator/view';
import { purposeIds } from '../../../src/purposes/ids';
import { decodeStored } from '../../../src/shared/storage/decode';
import { expectNoBrokenText, loadContent, loadWriter } from '../../support/estimator-content';

const fieldIds = [...fieldSpecs.keys()];

describe('parseState', () => {
  it('round-trips a saved state', () => {
    const state = { ...initialState, method: 'names' as const, purpose: 'brand' as const };
    expect(parseState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('fills fields missing from an older save and drops unknown ones', () => {
    const parsed = parseState({
      v: 1,
      method: 'circles',
      purpose: null,
      fields: { 'layer.support': '4', evil: 'x' },
    });
    expect(parsed?.fields['layer.support']).toBe('4');
    expect(parsed?.fields['reach.first']).toBe(initialFields()['reach.first']);
    expect(parsed?.fields).not.toHaveProperty('evil');
  });

  it('keeps tampered text as text, so the field can show its message', () => {
    const parsed = parseState({
      v: 1,
      method: 'circles',
      purpose: null,
      fields: { 'layer.support': '<img src=x onerror=alert(1)>' },
    });
    expect(parsed?.fields['layer.support']).toBe('<img src=x onerror=alert(1)>');
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
const typed = fc.oneof(
  fc.integer({ min: -100, max: 40_000 }).map(String),
  fc.double().map(String),
  fc.constantFrom('', ' 5 ', '1e999', '2.5', '-0', 'x'.repeat(MAX_INPUT_LENGTH + 20), '<b>5</b>'),
  fc.string({ maxLength: MAX_INPUT_LENGTH + 10 }),
);
const nearValid = fc.record(
  {
    v: fc.constantFrom<unknown>(1, 1, 1, 2, '1'),
    method: fc.constantFrom<unknown>(...methods, ...methods, 'guess'),
    purpose: fc.constantFrom<unknown>(null, ...purposeIds, 'fame'),
    fields: fc.dictionary(
      fc.constantFrom(...fieldIds, 'bogus', 'toString'),
      fc.oneof({ arbitrary: typed, weight: 12 }, { arbitrary: fc.anything(), weight: 1 }),
      { maxKeys: 8 },
    ),
  },
  // a key may be missing, as in a hand-edited or older record
  { requiredKeys: ['v', 'method', 'fields'] },
);

type Near = { v?: unknown; method?: unknown; purpose?: unknown; fields: Record<string, unknown> };

/** The decoder's contract: which records it accepts. */
function acceptable(record: Near): boolean {
  return (
    record.v === 1 &&
    (methods as readonly unknown[]).includes(record.method) &&
    (record.purpose === null || (purposeIds as readonly unknown[]).includes(record.purpose)) &&
    fieldIds.every((id) => record.fields[id] === undefined || typeof record.fields[id] === 'string')
  );
}

/** every number anywhere in a value */
function numbersIn(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'number') out.push(value);
  else if (value instanceof Set) for (const v of value) numbersIn(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) numbersIn(v, out);
  return out;
}

describe('decoding whatever is stored', () => {
  it('accepts a record exactly when it is version 1 with a known method and purpose and text fields', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(nearValid, (record: Near) => {
        const parsed = parseState(record);
        if (acceptable(record)) {
          accepted += 1;
          expect(parsed).not.toBeNull();
          expect(parsed!.method).toBe(record.method);
          expect(parsed!.purpose).toBe(record.purpose);
          // every known field, and only those: given text kept (cut to one over the limit), the rest at its start
          expect(Object.keys(parsed!.fields).sort()).toEqual([...fieldIds].sort());
          for (const id of fieldIds) {
            const given = record.fields[id];
            expect(parsed!.fields[id]).toBe(
              typeof given === 'string' ? given.slice(0, MAX_INPUT_LENGTH + 1) : initialFields()[id],
            );
          }
        } else {
          rejected += 1;
          expect(parsed).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
    // both halves of the contract were exercised
    expect(accepted).toBeGreaterThan(40);
    expect(rejected).toBeGreaterThan(40);
  });

  it('never throws on stored text: JSON is decoded by the same contract, broken JSON is reported', () => {
    fc.assert(
      fc.property(nearValid, fc.nat(), (record, cut) => {
        const json = JSON.stringify(record);
        const whole = decodeStored(json, parseState);
        expect(whole.ok).toBe(acceptable(JSON.parse(json) as Near));
        // a higher version is a newer site's save (kept, never destroyed); anything else is invalid
        const { v } = record as { v?: unknown };
        if (!whole.ok) expect(whole.reason).toBe(typeof v === 'number' && v > 1 ? 'newer' : 'invalid');
        // a save cut short (a full disk, a crash) is never half-read
        const truncated = decodeStored(json.slice(0, cut % json.length || 1), parseState);
        expect(truncated).toEqual({ ok: false, reason: 'not-json' });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = decodeStored(raw, parseState);
        expect(result.ok ? 'ok' : result.reason).toMatch(/^(ok|missing|not-json|invalid|newer)$/);
      }),
    );
  });

  it('rejects anything that is not a record of the right shape', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        // fc.anything() practically never builds { v: 1, method, purpose, fields }: it must be refused
        fc.pre(!(value && typeof value === 'object' && 'v' in value && 'fields' in value));
        expect(parseState(value)).toBeNull();
      }),
    );
  });

  it('never yields NaN or Infinity, in the view or on the page, whatever was stored', () => {
    const content = loadContent();
    const write = loadWriter();
    fc.assert(
      fc.property(nearValid, fc.constantFrom(null, ...purposeIds), (record, quiz) => {
        const state = parseState(record) ?? initialState;
        const view = buildView(state, new Set(), quiz, initialValues());
        const lastValid = rememberValid(state, new Set(), initialValues());
        for (const n of [...numbersIn(view), ...numbersIn(lastValid)]) expect(Number.isFinite(n)).toBe(true);
        expectNoBrokenText(displayView(view, content, write));
      }),
      { numRuns: 200 },
    );
  });
});

describe('transitions', () => {
  const start = initialState;

  it('withField changes one field and keeps the rest, without touching the state it was given', () => {
    const next = withField(start, 'layer.support', '7');
    expect(next.fields).toEqual({ ...start.fields, 'layer.support': '7' });
    expect(next).toMatchObject({ v: 1, method: start.method, purpose: start.purpose });
    expect(start.fields['layer.support']).toBe(initialState.fields['layer.support']);
  });

  it('withMethod and withPurpose change only what they name', () => {
    expect(withMethod(start, 'names')).toEqual({ ...start, method: 'names' });
    expect(withPurpose(start, 'brand')).toEqual({ ...start, purpose: 'brand' });
    expect(withPurpose(withPurpose(start, 'brand'), null)).toEqual(start);
    expect(start).toEqual(initialState);
  });
});
