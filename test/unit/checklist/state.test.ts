import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '../../../src/shared/storage/decode';
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
} from '../../../src/tools/checklist/state';
import { freshImport } from '../../support/fresh-import';

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
  ])('refuses %s', async (_, value) => {
    // the plan id's pattern is a module-level value: use it as the module makes it now
    const fresh = await freshImport(() => import('../../../src/tools/checklist/state'));
    expect(fresh.parseState(value)).toBeNull();
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

describe('parseState at the edges of what it accepts', () => {
  const withProfile = (patch: Record<string, unknown>) => ({ ...saved, profile: { ...saved.profile, ...patch } });
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);

  it.each([
    ['a name of 160 characters', withProfile({ name: 'n'.repeat(160) })],
    ['a role of 200 characters', withProfile({ role: 'r'.repeat(200) })],
    ['no level yet', withProfile({ level: null })],
    ['the new-to-networking choice', withProfile({ newToNetworking: true })],
    ['50 internal and 50 external groups', withProfile({ internal: ids(50), external: ids(50) })],
    ['six own groups of 40 characters', withProfile({ customInternal: Array(6).fill('g'.repeat(40)) })],
    ['200 ticks', { ...saved, done: ids(200) }],
    ['an id of 120 characters', { ...saved, done: ['a'.repeat(120)] }],
    ['an id with a colon', { ...saved, done: ['op-function:custom-0a1b2c3d'] }],
    ['three names of 80 characters', { ...saved, names: { 'past-thank': Array(3).fill('x'.repeat(80)) } }],
    ['200 items with names', { ...saved, names: Object.fromEntries(ids(200).map((id) => [id, ['A']])) }],
    ['a plan id of 8 characters', { ...saved, planId: 'abcd1234' }],
    ['a plan id of 64 characters', { ...saved, planId: 'a'.repeat(64) }],
  ])('accepts %s', (_, value) => {
    expect(parseState(JSON.parse(JSON.stringify(value)))).toEqual(value);
  });

  it.each([
    ['a name of 161 characters', withProfile({ name: 'n'.repeat(161) })],
    ['a role of 201 characters', withProfile({ role: 'r'.repeat(201) })],
    ['a numeric name', withProfile({ name: 7 })],
    ['a start date of 11 characters', withProfile({ startDate: '2026-12-01x' })],
    ['a numeric start date', withProfile({ startDate: 20261201 })],
    ['sameOrg as text', withProfile({ sameOrg: 'true' })],
    ['new-to-networking as text', withProfile({ newToNetworking: 'yes' })],
    ['51 internal groups', withProfile({ internal: ids(51) })],
    ['51 external groups', withProfile({ external: ids(51) })],
    ['a tampered external group', withProfile({ external: ['Vendors!'] })],
    ['seven own groups', withProfile({ customInternal: Array(7).fill('g') })],
    ['an own group of 41 characters', withProfile({ customInternal: ['g'.repeat(41)] })],
    ['no internal list', withProfile({ internal: undefined })],
    ['no external list', withProfile({ external: undefined })],
    ['no own groups list', withProfile({ customInternal: undefined })],
    ['a profile that is a list', { ...saved, profile: [saved.profile] }],
    ['201 ticks', { ...saved, done: ids(201) }],
    ['an empty id', { ...saved, done: [''] }],
    ['an id of 121 characters', { ...saved, done: ['a'.repeat(121)] }],
    ['an id in capitals', { ...saved, done: ['Past-thank'] }],
    ['an id with a character before the allowed ones', { ...saved, done: ['x y'] }],
    ['four names on an item', { ...saved, names: { 'past-thank': ['a', 'b', 'c', 'd'] } }],
    ['a name of 81 characters', { ...saved, names: { 'past-thank': ['x'.repeat(81)] } }],
    ['names under a bad id', { ...saved, names: { 'Past thank': ['A'] } }],
    ['names under an id of 121 characters', { ...saved, names: { ['a'.repeat(121)]: ['A'] } }],
    ['a plan id with junk before it', { ...saved, planId: '<b>abcd1234' }],
    ['a plan id with junk after it', { ...saved, planId: 'abcd1234</b>' }],
    ['names as a list', { ...saved, names: [['A']] }],
    ['201 items with names', { ...saved, names: Object.fromEntries(ids(201).map((id) => [id, ['A']])) }],
    ['a plan id of 7 characters', { ...saved, planId: 'abcd123' }],
    ['a plan id of 65 characters', { ...saved, planId: 'a'.repeat(65) }],
    ['a plan id with capitals', { ...saved, planId: 'ABCD1234' }],
    ['a plan id with junk around it', { ...saved, planId: ' abcd1234 ' }],
    ['messages that are not an object', { ...saved, messages: 'hi' }],
    ['rhythms that are not an object', { ...saved, rhythms: 'weekly' }],
    ['null', null],
    ['a number', 1],
  ])('refuses %s', async (_, value) => {
    // the plan id's pattern is a module-level value: use it as the module makes it now
    const fresh = await freshImport(() => import('../../../src/tools/checklist/state'));
    expect(fresh.parseState(value)).toBeNull();
  });

  it('drops repeated ticks and keeps the first order', () => {
    expect(parseState({ ...saved, done: ['b', 'a', 'b'] })?.done).toEqual(['b', 'a']);
  });

  it('leaves optional parts out when they are absent and keeps them when present', () => {
    const plain = parseState(JSON.parse(JSON.stringify(savedBeforePlanIds)))!;
    expect(Object.keys(plain).sort()).toEqual(['built', 'done', 'names', 'profile', 'v']);
    expect('newToNetworking' in plain.profile).toBe(false);
    expect(parseState(withProfile({ newToNetworking: false }))?.profile.newToNetworking).toBe(false);
  });
});

describe('withPlanId', () => {
  it('keeps a valid id, lower-cases a made one and replaces a tampered one', () => {
    const kept = { ...initialState, planId: 'abcd1234' };
    expect(withPlanId(kept, () => 'zzzzzzzz').planId).toBe('abcd1234');
    expect(withPlanId(initialState, () => 'ABCD-1234').planId).toBe('abcd-1234');
    expect(withPlanId({ ...initialState, planId: 'BAD ID!' }, () => 'new-id-01').planId).toBe('new-id-01');
    expect(() => withPlanId(initialState, () => 'abcd1234!')).toThrow('withPlanId: "abcd1234!" is not a plan id');
    expect(() => withPlanId(initialState, () => '!abcd1234')).toThrow(/not a plan id/);
  });
});

describe('setName and setDone in detail', () => {
  it('writes each of the three lines and refuses any other', () => {
    expect(setName(initialState, 'x', 0, 'A').names).toEqual({ x: ['A'] });
    expect(setName(initialState, 'x', 1, 'B').names).toEqual({ x: ['', 'B'] });
    expect(setName(initialState, 'x', 2, 'C').names).toEqual({ x: ['', '', 'C'] });
    for (const line of [-1, 3, 1.5, Number.NaN]) expect(setName(initialState, 'x', line, 'Z')).toBe(initialState);
  });

  it('keeps the other lines and items when one line changes', () => {
    let s = setName(initialState, 'x', 0, 'A');
    s = setName(s, 'x', 2, 'C');
    s = setName(s, 'y', 0, 'Y');
    expect(setName(s, 'x', 0, 'B').names).toEqual({ x: ['B', '', 'C'], y: ['Y'] });
    expect(setName(s, 'x', 2, '').names).toEqual({ x: ['A'], y: ['Y'] });
    expect(setName(setName(s, 'x', 2, ''), 'x', 0, '').names).toEqual({ y: ['Y'] });
  });

  it('adds a tick after the others and removes only that one', () => {
    const s = setDone(setDone(initialState, 'a', true), 'b', true);
    expect(s.done).toEqual(['a', 'b']);
    expect(setDone(s, 'a', false).done).toEqual(['b']);
    expect(setDone(s, 'a', true).done).toEqual(['b', 'a']);
    expect(updateProfile(s, { name: 'N' }).profile).toEqual({ ...initialState.profile, name: 'N' });
  });
});
