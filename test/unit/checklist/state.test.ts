/**
 * What the checklist stores: read back only when it is exactly the shape it writes (saves from
 * before plan ids, messages, rhythms and the three-step start still read), and the updates. The
 * data file ("Your data") reads a checklist with the same parseState.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored } from '../../../src/shared/storage/decode';
import {
  countDone,
  initialState,
  parseState,
  resetMessage,
  setMessage,
  setName,
  setRhythm,
  toggleIn,
  withPlanId,
  type ChecklistState,
} from '../../../src/tools/checklist/state';
import { LIMITS } from '../../../src/tools/checklist/model';

/** what the checklist stored before plan ids, messages, rhythms and the three-step start */
const older: ChecklistState = {
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
};
const saved: ChecklistState = {
  ...older,
  profile: { ...older.profile, newToNetworking: true },
  planId: '9c1d4e2f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  messages: { 'op-peers': 'Hi Sally,\n\nCoffee?' },
  rhythms: { operational: 'two-weeks', strategic: 'quarter' },
};
const roundTrip = (state: unknown) => parseState(JSON.parse(JSON.stringify(state)));
const withProfile = (patch: Record<string, unknown>) => ({ ...saved, profile: { ...saved.profile, ...patch } });
const ids = (n: number) => Array.from({ length: n }, (_, i) => `item-${i}`);
const many = (n: number) => Object.fromEntries(ids(n).map((id) => [id, 'x']));

describe('parseState', () => {
  it.each([
    ['what it stores now', saved],
    ['a save from before plan ids, messages, rhythms and the three-step start', older],
    ['the initial state', initialState],
    ['a name of 160 characters', withProfile({ name: 'n'.repeat(160) })],
    ['a role of 200 characters', withProfile({ role: 'r'.repeat(200) })],
    ['no level yet', withProfile({ level: null })],
    ['“never good at networking” unticked', withProfile({ newToNetworking: false })],
    ['50 internal and 50 external groups', withProfile({ internal: ids(50), external: ids(50) })],
    ['six own groups of 40 characters', withProfile({ customInternal: Array(6).fill('g'.repeat(40)) })],
    ['200 ticks', { ...saved, done: ids(200) }],
    ['an id of 120 characters with a colon', { ...saved, done: [`op-function:${'a'.repeat(108)}`] }],
    ['three names of 80 characters', { ...saved, names: { 'past-thank': Array(3).fill('x'.repeat(80)) } }],
    ['200 items with names', { ...saved, names: Object.fromEntries(ids(200).map((id) => [id, ['A']])) }],
    ['a plan id of 8 characters', { ...saved, planId: 'abcd1234' }],
    ['a plan id of 64 characters', { ...saved, planId: 'a'.repeat(64) }],
    ['200 messages', { ...saved, messages: many(200) }],
    ['a message of exactly the limit', { ...saved, messages: { 'op-peers': 'x'.repeat(LIMITS.message) } }],
    ['no network reviewed', { ...saved, rhythms: {} }],
  ])('reads back %s as it is', (_, value) => {
    expect(roundTrip(value)).toEqual(value);
  });

  it('leaves out what an older save does not have, drops repeated ticks, and no messages is none', () => {
    expect(Object.keys(roundTrip(older)!).sort()).toEqual(['built', 'done', 'names', 'profile', 'v']);
    expect('newToNetworking' in roundTrip(older)!.profile).toBe(false);
    expect(parseState({ ...saved, done: ['b', 'a', 'b'] })?.done).toEqual(['b', 'a']);
    expect(parseState({ ...older, messages: {} })).toEqual(older);
  });

  it.each([
    ['another version', { ...saved, v: 2 }],
    ['no profile', { ...saved, profile: undefined }],
    ['a profile that is a list', { ...saved, profile: [saved.profile] }],
    ['an unknown audience', withProfile({ audience: 'boss' })],
    ['an unknown level', withProfile({ level: 'ceo' })],
    ['a numeric name', withProfile({ name: 7 })],
    ['a name of 161 characters', withProfile({ name: 'n'.repeat(161) })],
    ['a role of 201 characters', withProfile({ role: 'r'.repeat(201) })],
    ['a start date of 11 characters', withProfile({ startDate: '2026-12-01x' })],
    ['a numeric start date', withProfile({ startDate: 20261201 })],
    ['sameOrg as text', withProfile({ sameOrg: 'true' })],
    ['“never good at networking” as text', withProfile({ newToNetworking: 'yes' })],
    ['51 internal groups', withProfile({ internal: ids(51) })],
    ['51 external groups', withProfile({ external: ids(51) })],
    ['a tampered group id', withProfile({ internal: ['<script>'] })],
    ['seven own groups', withProfile({ customInternal: Array(7).fill('g') })],
    ['an own group of 41 characters', withProfile({ customInternal: ['g'.repeat(41)] })],
    ['no internal list', withProfile({ internal: undefined })],
    ['no own groups list', withProfile({ customInternal: undefined })],
    ['done as an object', { ...saved, done: { a: true } }],
    ['201 ticks', { ...saved, done: ids(201) }],
    ['an empty id', { ...saved, done: [''] }],
    ['an id of 121 characters', { ...saved, done: ['a'.repeat(121)] }],
    ['an id in capitals', { ...saved, done: ['Past-thank'] }],
    ['an id with a space', { ...saved, done: ['x y'] }],
    ['names not in a list', { ...saved, names: { 'past-thank': 'Mary' } }],
    ['names as a list', { ...saved, names: [['A']] }],
    ['four names on an item', { ...saved, names: { 'past-thank': ['a', 'b', 'c', 'd'] } }],
    ['a name of 81 characters', { ...saved, names: { 'past-thank': ['x'.repeat(81)] } }],
    ['names under a bad id', { ...saved, names: { 'Past thank': ['A'] } }],
    ['201 items with names', { ...saved, names: Object.fromEntries(ids(201).map((id) => [id, ['A']])) }],
    ['no built flag', { ...saved, built: 'yes' }],
    ['a tampered plan id', { ...saved, planId: '<script>alert(1)</script>' }],
    ['a plan id that is not text', { ...saved, planId: 42 }],
    ['a plan id of 7 characters', { ...saved, planId: 'abcd123' }],
    ['a plan id of 65 characters', { ...saved, planId: 'a'.repeat(65) }],
    ['a plan id with capitals', { ...saved, planId: 'ABCD1234' }],
    ['a plan id with junk around it', { ...saved, planId: ' abcd1234 ' }],
    ['messages that are not an object', { ...saved, messages: 'hi' }],
    ['messages as a list', { ...saved, messages: ['x'] }],
    ['a message that is not text', { ...saved, messages: { 'op-peers': 3 } }],
    ['a message over the limit', { ...saved, messages: { 'op-peers': 'x'.repeat(LIMITS.message + 1) } }],
    ['a message under a bad id', { ...saved, messages: { 'Not An Id': 'x' } }],
    ['201 messages', { ...saved, messages: many(201) }],
    ['rhythms that are not an object', { ...saved, rhythms: 'weekly' }],
    ['an unknown interval', { ...saved, rhythms: { operational: 'daily' } }],
    ['an unknown network', { ...saved, rhythms: { team: 'week' } }],
    ['“none” stored (never written)', { ...saved, rhythms: { past: 'none' } }],
    ['an array', [saved]],
    ['null', null],
    ['a number', 1],
  ])('refuses %s', (_, value) => {
    expect(roundTrip(value)).toBeNull();
  });

  it('never throws, and what it accepts reads back the same, whatever JSON it is given (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseState(value);
        if (result !== null) expect(roundTrip(result)).toEqual(result);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (raw) => {
        expect(typeof decodeStored(raw, parseState).ok).toBe('boolean');
      }),
    );
  });

  it('refuses any field of the stored value replaced by a wrong type (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(saved) as (keyof ChecklistState)[])),
        fc.constantFrom(null, 7, 'x', [], {}),
        (key, junk) => {
          // an empty list of ticks, and empty names, messages or rhythms, are legitimate values
          const empty =
            (Array.isArray(junk) && key === 'done') ||
            (JSON.stringify(junk) === '{}' && ['names', 'messages', 'rhythms'].includes(key));
          fc.pre(!empty);
          expect(parseState({ ...saved, [key]: junk })).toBeNull();
        },
      ),
    );
  });
});

describe('plan ids', () => {
  it('keep a valid one, give one to a save from before them, lower-cased, and refuse a maker that gives junk', () => {
    expect(withPlanId(saved, () => 'zzzzzzzz').planId).toBe(saved.planId);
    const migrated = withPlanId(older, () => 'ABCD-1234');
    expect(migrated).toEqual({ ...older, planId: 'abcd-1234' });
    expect(roundTrip(migrated)).toEqual(migrated);
    expect(withPlanId({ ...older, planId: 'BAD ID!' }, () => 'new-id-01').planId).toBe('new-id-01');
    expect(() => withPlanId(older, () => 'abcd1234!')).toThrow('withPlanId: "abcd1234!" is not a plan id');
  });
});

describe('updates', () => {
  it('tick and untick without duplicates, keeping the order', () => {
    expect(toggleIn(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggleIn(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(toggleIn(['a'], 'c', false)).toEqual(['a']);
  });

  it('write names on each of the three lines, keep gaps, drop trailing empty lines, and cut a long name', () => {
    let s = setName(initialState, 'x', 0, 'A');
    s = setName(s, 'x', 2, 'C');
    s = setName(s, 'y', 1, 'Y');
    expect(s.names).toEqual({ x: ['A', '', 'C'], y: ['', 'Y'] });
    expect(setName(s, 'x', 2, '').names).toEqual({ x: ['A'], y: ['', 'Y'] });
    expect(setName(setName(s, 'x', 2, ''), 'x', 0, '').names).toEqual({ y: ['', 'Y'] });
    for (const line of [-1, 3, 1.5, Number.NaN]) expect(setName(s, 'x', line, 'Z')).toBe(s);
    expect(setName(initialState, 'x', 0, 'y'.repeat(200)).names.x![0]).toHaveLength(LIMITS.whoName);
  });

  it('keep the reader’s wording of a message, cut at a whole character, and go back to the suggestion', () => {
    const one = setMessage(older, 'op-peers', 'Mine');
    const two = setMessage(one, 'past-thank', `${'a'.repeat(LIMITS.message - 1)}👋🏽`);
    expect(two.messages).toEqual({ 'op-peers': 'Mine', 'past-thank': 'a'.repeat(LIMITS.message - 1) });
    expect(resetMessage(two, 'past-thank')).toEqual(one);
    expect(resetMessage(one, 'op-peers')).toEqual(older);
    expect('messages' in resetMessage(one, 'op-peers')).toBe(false);
    for (const id of ['toString', 'past-thank']) expect(resetMessage(one, id)).toBe(one);
    for (const id of ['__proto__', 'Op Peers', '', 'a'.repeat(121)]) expect(setMessage(older, id, 'x')).toBe(older);
  });

  it('set a network’s review rhythm, and take it out with “none”', () => {
    const weekly = setRhythm(older, 'past', 'week');
    expect(weekly.rhythms).toEqual({ past: 'week' });
    expect(setRhythm(weekly, 'operational', 'month').rhythms).toEqual({ past: 'week', operational: 'month' });
    expect(setRhythm(weekly, 'past', 'none').rhythms).toEqual({});
  });

  it('count the ticked items of a list, ignoring ticks of items not in it', () => {
    expect(countDone(['a', 'c', 'x'], ['a', 'b', 'c'])).toEqual({ done: 2, total: 3 });
    expect(countDone(['a'], [])).toEqual({ done: 0, total: 0 });
  });

  it('keep any wording the reader types through a save and a reload (property)', () => {
    const edits = fc.dictionary(
      fc.stringMatching(/^[a-z0-9-]{1,20}(:[a-z0-9-]{1,20})?$/),
      fc.string({ maxLength: 200, unit: 'grapheme' }),
      { maxKeys: 8 },
    );
    fc.assert(
      fc.property(edits, (typed) => {
        const state = Object.entries(typed).reduce((s, [id, text]) => setMessage(s, id, text), older);
        expect(roundTrip(state)).toEqual(Object.keys(typed).length > 0 ? state : older);
      }),
    );
  });
});
