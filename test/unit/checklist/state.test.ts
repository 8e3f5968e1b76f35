import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '@/lib/storage/decode';
import {
  countDone,
  initialState,
  parseState,
  phaseProgress,
  progress,
  setDone,
  setName,
  toggleIn,
  updateProfile,
  withPlanId,
  type ChecklistState,
} from '@/lib/checklist/state';

const saved: ChecklistState = {
  v: 1,
  profile: {
    audience: 'manager',
    name: '<img src=x onerror=alert(1)>',
    role: 'Director',
    level: 'director',
    startDate: '2026-12-01',
    sameOrg: false,
    internal: ['sales'],
    customInternal: ['Legal'],
    external: ['vendors'],
  },
  done: ['past-thank', 'op-function:sales'],
  names: { 'past-thank': ['Mary', '', 'Joe'] },
  built: true,
  planId: '9c1d4e2f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
};

/** what the checklist stored before plans had their own id */
const { planId: _, ...savedBeforePlanIds } = saved;

describe('parseState', () => {
  it('accepts what the checklist stores, after a JSON round trip', () => {
    expect(parseState(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
    expect(parseState(JSON.parse(JSON.stringify(initialState)))).toEqual(initialState);
  });

  it.each([
    ['another version', { ...saved, v: 2 }],
    ['no profile', { ...saved, profile: undefined }],
    ['an unknown audience', { ...saved, profile: { ...saved.profile, audience: 'boss' } }],
    ['an unknown level', { ...saved, profile: { ...saved.profile, level: 'ceo' } }],
    ['a numeric role', { ...saved, profile: { ...saved.profile, role: 42 } }],
    ['a tampered group id', { ...saved, profile: { ...saved.profile, internal: ['<script>'] } }],
    ['done as an object', { ...saved, done: { a: true } }],
    ['a bad item id', { ...saved, done: ['Robert"); DROP TABLE'] }],
    ['names not in a list', { ...saved, names: { 'past-thank': 'Mary' } }],
    ['too many names for a line', { ...saved, names: { 'past-thank': ['a', 'b', 'c', 'd'] } }],
    ['a huge name', { ...saved, names: { 'past-thank': ['x'.repeat(500)] } }],
    ['no built flag', { ...saved, built: 'yes' }],
    ['a tampered plan id', { ...saved, planId: '<script>alert(1)</script>' }],
    ['a plan id that is not text', { ...saved, planId: 42 }],
    ['an array', [saved]],
  ])('refuses %s', (_, value) => {
    expect(parseState(value)).toBeNull();
  });

  it('never throws and only returns well-formed state, whatever JSON it is given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseState(value);
        if (result !== null) expect(parseState(JSON.parse(JSON.stringify(result)))).toEqual(result);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        const decoded = decodeStored(raw, parseState);
        expect(typeof decoded.ok).toBe('boolean');
      }),
    );
  });

  it('refuses any single field of the stored value replaced by a wrong type', () => {
    const keys = Object.keys(saved) as (keyof ChecklistState)[];
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.constantFrom(null, 7, 'x', [], {}), (key, junk) => {
        // an empty list of ticks and an empty set of names are legitimate values
        fc.pre(!(key === 'done' && Array.isArray(junk)) && !(key === 'names' && JSON.stringify(junk) === '{}'));
        expect(parseState({ ...saved, [key]: junk })).toBeNull();
      }),
    );
  });
});

describe('plan ids', () => {
  const counter = () => {
    let n = 0;
    return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  };

  it('reads state stored before plan ids with its profile, ticks and names, and adds an id once', () => {
    const old = parseState(JSON.parse(JSON.stringify(savedBeforePlanIds)))!;
    expect(old).toEqual(savedBeforePlanIds);
    const make = counter();
    const migrated = withPlanId(old, make);
    expect(migrated.planId).toBe('00000000-0000-4000-8000-000000000001');
    expect({ ...migrated, planId: undefined }).toEqual({ ...old, planId: undefined });
    // kept from then on: a stored id is never replaced, whatever else changes
    const renamed = updateProfile(migrated, { name: 'Someone else', audience: 'self' });
    expect(withPlanId(renamed, make).planId).toBe(migrated.planId);
    expect(parseState(JSON.parse(JSON.stringify(migrated)))).toEqual(migrated);
  });

  it('refuses a maker that gives something that is not an id', () => {
    expect(() => withPlanId(initialState, () => 'x')).toThrow(/not a plan id/);
  });
});

describe('updates', () => {
  it('ticks and unticks without duplicates', () => {
    let s = setDone(initialState, 'a', true);
    s = setDone(s, 'a', true);
    expect(s.done).toEqual(['a']);
    expect(setDone(s, 'a', false).done).toEqual([]);
  });

  it('writes names on lines, keeps gaps and drops trailing empty lines', () => {
    let s = setName(initialState, 'x', 2, 'Joe');
    expect(s.names.x).toEqual(['', '', 'Joe']);
    s = setName(s, 'x', 2, '');
    expect(s.names.x).toBeUndefined();
    expect(setName(initialState, 'x', 5, 'nope')).toBe(initialState);
    expect(setName(initialState, 'x', 0, 'y'.repeat(200)).names.x![0]).toHaveLength(80);
  });

  it('keeps ticks and names when the profile changes', () => {
    const s = updateProfile(saved, { level: 'manager', internal: [] });
    expect(s.done).toEqual(saved.done);
    expect(s.names).toEqual(saved.names);
    expect(s.profile.level).toBe('manager');
  });

  it('counts progress over the current plan only', () => {
    expect(progress(saved, ['past-thank', 'op-peers'])).toEqual({ done: 1, total: 2 });
    expect(progress(saved, [])).toEqual({ done: 0, total: 0 });
    expect(toggleIn(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleIn(['a'], 'b', true)).toEqual(['a', 'b']);
  });

  it('counts the ticked items of a list, ignoring ticks of items not in it', () => {
    expect(countDone(['a', 'c', 'x'], ['a', 'b', 'c'])).toEqual({ done: 2, total: 3 });
    expect(countDone([], ['a'])).toEqual({ done: 0, total: 1 });
    expect(countDone(['a'], [])).toEqual({ done: 0, total: 0 });
  });

  it('counts progress per phase over that phase’s items only', () => {
    const phase = { items: [{ id: 'past-thank' }, { id: 'past-tell' }, { id: 'op-peers' }] };
    expect(phaseProgress(saved.done, phase)).toEqual({ done: 1, total: 3 });
    expect(phaseProgress(['past-thank', 'past-tell', 'op-peers'], phase)).toEqual({ done: 3, total: 3 });
    expect(phaseProgress(saved.done, { items: [] })).toEqual({ done: 0, total: 0 });
  });
});
