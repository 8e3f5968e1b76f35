/**
 * The reader's wording of the plan's messages as the checklist keeps it
 * (src/lib/checklist/message-state.ts, ChecklistState `messages`): saved, read back, reset, and
 * checklists saved before messages existed still read.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMIT, parseMessages, resetMessage, setMessage } from '../../../src/tools/checklist/message-state';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { initialState, parseState, type ChecklistState } from '../../../src/tools/checklist/state';

const built: ChecklistState = {
  ...initialState,
  profile: { ...emptyProfile, role: 'Head of Sales', level: 'manager', startDate: '2027-01-04' },
  names: { 'op-peers': ['Sally Park'] },
  built: true,
};

const roundTrip = (state: ChecklistState) => parseState(JSON.parse(JSON.stringify(state)));

describe('messages in the stored checklist', () => {
  it('reads a checklist saved before messages existed, without adding any', () => {
    const old = JSON.parse(JSON.stringify(built));
    expect('messages' in old).toBe(false);
    const read = parseState(old);
    expect(read).toEqual(built);
    expect(read && 'messages' in read).toBe(false);
  });

  it('keeps the reader’s wording by item id, and reads it back', () => {
    const state = setMessage(setMessage(built, 'op-peers', 'Hi Sally,\n\nCoffee?'), 'op-function:accounting', '');
    expect(state.messages).toEqual({ 'op-peers': 'Hi Sally,\n\nCoffee?', 'op-function:accounting': '' });
    expect(roundTrip(state)).toEqual(state);
  });

  it('goes back to the suggested text, dropping the field once nothing is changed', () => {
    const one = setMessage(built, 'op-peers', 'Mine');
    const two = setMessage(one, 'past-thank', 'Also mine');
    expect(resetMessage(two, 'op-peers').messages).toEqual({ 'past-thank': 'Also mine' });
    const none = resetMessage(one, 'op-peers');
    expect('messages' in none).toBe(false);
    expect(none).toEqual(built);
    // nothing to reset: the same state
    expect(resetMessage(built, 'op-peers')).toBe(built);
  });

  it('cuts an over-long message at a whole character and refuses an id that is not an item’s', () => {
    const long = `${'a'.repeat(MESSAGE_LIMIT - 1)}👋🏽 more`;
    expect(setMessage(built, 'op-peers', long).messages!['op-peers']).toBe('a'.repeat(MESSAGE_LIMIT - 1));
    expect(setMessage(built, '__proto__', 'x')).toBe(built);
    expect(setMessage(built, 'Op Peers', 'x')).toBe(built);
  });

  it('refuses a tampered messages field instead of showing it', () => {
    const stored = (messages: unknown) => ({ ...JSON.parse(JSON.stringify(built)), messages });
    for (const bad of [
      null,
      [],
      'text',
      { 'op-peers': 3 },
      { 'Not An Id': 'x' },
      { 'op-peers': 'x'.repeat(MESSAGE_LIMIT + 1) },
      Object.fromEntries(Array.from({ length: 201 }, (_, i) => [`item-${i}`, 'x'])),
    ]) {
      expect(parseState(stored(bad)), JSON.stringify(bad).slice(0, 40)).toBeNull();
    }
    expect(parseMessages(undefined)).toEqual({});
    expect(parseState(stored({}))).toEqual(built);
  });

  it('any wording the reader types survives a save and a reload (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.stringMatching(/^[a-z0-9-]{1,20}(:[a-z0-9-]{1,20})?$/),
          fc.string({ maxLength: 200, unit: 'grapheme' }),
          { maxKeys: 8 },
        ),
        (edits) => {
          let state = built;
          for (const [id, text] of Object.entries(edits)) state = setMessage(state, id, text);
          expect(roundTrip(state)).toEqual(state);
          for (const [id, text] of Object.entries(edits)) expect(state.messages![id]).toBe(text);
        },
      ),
    );
  });
});

describe('parseMessages at the edges', () => {
  const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`item-${i}`, 'x']));

  it.each([
    ['200 messages', many(200)],
    ['a message of exactly the limit', { 'op-peers': 'x'.repeat(MESSAGE_LIMIT) }],
    ['an id of 120 characters', { ['a'.repeat(120)]: 'x' }],
    ['an id with a colon', { 'op-function:custom-0a1b2c3d': 'x' }],
    ['an empty set', {}],
  ])('accepts %s', (_, value) => {
    expect(parseMessages(value)).toEqual(value);
  });

  it.each([
    ['201 messages', many(201)],
    ['a message over the limit', { 'op-peers': 'x'.repeat(MESSAGE_LIMIT + 1) }],
    ['an empty id', { '': 'x' }],
    ['an id of 121 characters', { ['a'.repeat(121)]: 'x' }],
    ['an id with a space', { 'op peers': 'x' }],
    ['an id with junk before it', { '!op-peers': 'x' }],
    ['an id with junk after it', { 'op-peers!': 'x' }],
    ['a text that is not a string', { 'op-peers': null }],
    ['a list', ['x']],
    ['null', null],
  ])('refuses %s', (_, value) => {
    expect(parseMessages(value)).toBeNull();
  });

  it('keeps a message of exactly the limit whole, and refuses an empty or over-long id', () => {
    const exact = 'b'.repeat(MESSAGE_LIMIT);
    expect(setMessage(built, 'op-peers', exact).messages).toEqual({ 'op-peers': exact });
    expect(setMessage(built, '', 'x')).toBe(built);
    expect(setMessage(built, 'a'.repeat(121), 'x')).toBe(built);
    expect(setMessage(built, 'a'.repeat(120), 'x').messages).toEqual({ ['a'.repeat(120)]: 'x' });
  });

  it('resets only a message that is there, and leaves the others', () => {
    const one = setMessage(built, 'op-peers', 'Mine');
    expect(resetMessage(one, 'past-thank')).toBe(one);
    // an inherited property is not a message
    expect(resetMessage(one, 'toString')).toBe(one);
    const two = setMessage(one, 'past-thank', 'Too');
    expect(resetMessage(two, 'past-thank')).toEqual(one);
  });
});
