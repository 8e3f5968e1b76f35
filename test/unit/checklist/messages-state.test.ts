/**
 * What the reader chose for the messages (how to greet each person, what each message offers),
 * as the checklist keeps it: read back exactly, refused when damaged, absent in older saves,
 * set through the store and persisted, and carried by Your data's file.
 */
import fc from 'fast-check';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { parseMessageChoices, withGive, withGreetAs } from '../../../src/tools/checklist/message-choices';
import { LIMITS } from '../../../src/tools/checklist/model';
import { parseState } from '../../../src/tools/checklist/state';
import { siteCodecs } from '../../../src/tools/your-data/site-codecs';
import { savedChecklist } from '../../support/saved-checklist';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';

const key = storageRegistry.checklist.key;
const choices = {
  greetAs: { 'Park Ji-sung': 'Ji-sung', 'Acme Inc.': 'Jo', constructor: 'Con' },
  gives: { 'op-peers:to-2': 'heads-up' },
};

describe('the stored choices', () => {
  it('read back exactly, and an older save without them still opens', () => {
    expect(parseState(savedChecklist({}, { messageChoices: choices }))?.messageChoices).toEqual(choices);
    const old = parseState(savedChecklist());
    expect(old).not.toBeNull();
    expect(old).not.toHaveProperty('messageChoices');
  });

  it.each([
    ['not a record', 'Ji-sung'],
    ['an unknown field', { greetAs: {}, colors: {} }],
    ['a greeting that is not text', { greetAs: { 'Sally Park': 3 } }],
    ['a name as nobody writes it', { greetAs: { ' Sally  Park': 'Sally' } }],
    ['a greeting too long', { greetAs: { Sally: 'x'.repeat(LIMITS.whoName + 1) } }],
    ['a message id that is not one', { gives: { 'Op Peers': 'capacity' } }],
    ['a give id that is not one', { gives: { 'op-peers': '<b>' } }],
  ])('refuse %s, like any damaged checklist', (_, value) => {
    expect(parseMessageChoices(value)).toBeNull();
    expect(parseState(savedChecklist({}, { messageChoices: value }))).toBeNull();
  });

  it('are set by name as written (tidied) and by message id, and never by a name that is blank', () => {
    let c = withGreetAs(undefined, '  Park   Ji-sung ', 'Ji-sung');
    c = withGreetAs(c, '__proto__', 'Proto');
    c = withGive(c, 'op-peers:to-2', 'heads-up');
    expect(withGreetAs(c, '  ', 'x')).toBe(c);
    expect(withGive(c, 'Not an id', 'x')).toBe(c);
    expect(Object.hasOwn(c.greetAs!, '__proto__')).toBe(true);
    expect(parseMessageChoices(JSON.parse(JSON.stringify(c)))).toEqual(c);
    expect(c.greetAs!['Park Ji-sung']).toBe('Ji-sung');
  });

  it('keep any name and greeting the reader can type, through storage (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 100, size: 'max' }),
        fc.string({ maxLength: 100, size: 'max' }),
        (name, greet) => {
          const c = withGreetAs(undefined, name, greet);
          expect(parseMessageChoices(JSON.parse(JSON.stringify(c)))).toEqual(c);
        },
      ),
    );
  });

  it('go into Your data’s file and come back from it', () => {
    const codec = siteCodecs.checklist;
    const stored = JSON.stringify(savedChecklist({}, { messageChoices: choices }));
    const read = codec.fromStored(stored);
    expect(read).not.toBeNull();
    expect((read!.value as { messageChoices: unknown }).messageChoices).toEqual(choices);
    expect(JSON.parse(codec.toStored(read!.value)!).messageChoices).toEqual(choices);
  });
});

describe('the store', () => {
  beforeAll(() => useTestStorageEngine());
  afterEach(async () => {
    const s = await import('../../../src/tools/checklist/store');
    cleanStores(s.$checklist);
    cleanTestStorage();
    vi.resetModules();
  });

  it('keeps a greeting and a give with the checklist, and erasing the checklist erases them', async () => {
    setTestStorageKey(key, JSON.stringify(savedChecklist()));
    const s = await import('../../../src/tools/checklist/store');
    keepMount(s.$checklist);
    s.setChecklistGreetAs('Park Ji-sung', 'Ji-sung');
    s.setChecklistGive('op-peers', 'heads-up');
    const stored = JSON.parse(getTestStorage()[key]!);
    expect(stored.messageChoices).toEqual({
      greetAs: { 'Park Ji-sung': 'Ji-sung' },
      gives: { 'op-peers': 'heads-up' },
    });
    expect(stored.profile.name).toBe('Ana Ruiz');
    s.eraseChecklist();
    expect(s.$checklist.get().messageChoices).toBeUndefined();
  });
});
