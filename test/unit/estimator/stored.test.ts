import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialFields } from '../../../src/lib/estimator/fields';
import { initialState, parseStoredState } from '../../../src/lib/estimator/stored';
import { decodeStored } from '../../../src/lib/storage/decode';

describe('parseStoredState', () => {
  it('round-trips a saved state', () => {
    const state = { ...initialState(), method: 'names' as const, purpose: 'brand' as const };
    expect(parseStoredState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });

  it('fills fields missing from an older save and drops unknown ones', () => {
    const parsed = parseStoredState({ v: 1, method: 'circles', purpose: null, fields: { 'layer.support': '4', evil: 'x' } });
    expect(parsed?.fields['layer.support']).toBe('4');
    expect(parsed?.fields['reach.first']).toBe(initialFields()['reach.first']);
    expect(parsed?.fields).not.toHaveProperty('evil');
  });

  it('keeps tampered text as text, so the field can show its message', () => {
    const parsed = parseStoredState({ v: 1, method: 'circles', purpose: null, fields: { 'layer.support': '<img src=x onerror=alert(1)>' } });
    expect(parsed?.fields['layer.support']).toBe('<img src=x onerror=alert(1)>');
  });

  it.each([
    null,
    [],
    'circles',
    { v: 2, method: 'circles', purpose: null, fields: {} },
    { v: 1, method: 'guess', purpose: null, fields: {} },
    { v: 1, method: 'circles', purpose: 'fame', fields: {} },
    { v: 1, method: 'circles', purpose: null, fields: [] },
    { v: 1, method: 'circles', purpose: null, fields: { 'layer.support': 4 } },
  ])('rejects %j', (value) => {
    expect(parseStoredState(value)).toBeNull();
  });

  it('never throws and never accepts a non-string field, whatever is stored', () => {
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const result = decodeStored(raw, parseStoredState);
        if (result.ok) for (const v of Object.values(result.value.fields)) expect(typeof v).toBe('string');
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const parsed = parseStoredState(value);
        if (parsed) expect(parsed.v).toBe(1);
      }),
    );
  });
});
