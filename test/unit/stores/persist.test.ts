import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { persistentStore } from '../../../src/shared/storage/persist';

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

interface Counter {
  v: 1;
  count: number;
}
const entry = { key: 'upproach:test:v1', version: 1 };
const initial: Counter = { v: 1, count: 0 };
const parse = (value: unknown): Counter | null => {
  const c = value as Partial<Counter> | null;
  return c?.v === 1 && Number.isInteger(c.count) ? { v: 1, count: c.count! } : null;
};

describe('persistentStore', () => {
  it('starts from the initial value with nothing stored, and nothing to recover', () => {
    const s = persistentStore(entry, initial, parse);
    keepMount(s.$value);
    expect(s.$value.get()).toBe(initial);
    expect(s.$notice.get()).toBeNull();
    cleanStores(s.$value);
  });

  it('stores JSON under the registry key and reads it back', () => {
    const s = persistentStore(entry, initial, parse);
    keepMount(s.$value);
    s.$value.set({ v: 1, count: 3 });
    expect(getTestStorage()[entry.key]).toBe('{"v":1,"count":3}');
    const again = persistentStore(entry, initial, parse);
    expect(again.$value.get()).toEqual({ v: 1, count: 3 });
    cleanStores(s.$value, again.$value);
  });

  it.each([
    ['text that is not JSON', '{"v":1,'],
    ['an old version', '{"v":0,"count":2}'],
    ['a wrong type', '{"v":1,"count":"2"}'],
    ['a foreign value', '[1,2,3]'],
  ])('starts fresh from %s and says so once', (_what, raw) => {
    setTestStorageKey(entry.key, raw);
    const s = persistentStore(entry, initial, parse);
    keepMount(s.$value);
    expect(s.$value.get()).toBe(initial);
    expect(s.$notice.get()).toBe('unreadable');
    expect(getTestStorage()[entry.key]).toBe(raw); // kept until the reader has seen the message
    s.dismissNotice();
    expect(s.$notice.get()).toBeNull();
    // the next visit finds nothing to recover
    expect(entry.key in getTestStorage()).toBe(false);
    const next = persistentStore(entry, initial, parse);
    expect(next.$notice.get()).toBeNull();
    cleanStores(s.$value, next.$value);
  });

  it('dismissing keeps what the reader entered after the fresh start', () => {
    setTestStorageKey(entry.key, 'not json');
    const s = persistentStore(entry, initial, parse);
    keepMount(s.$value);
    s.$value.set({ v: 1, count: 4 });
    s.dismissNotice();
    expect(getTestStorage()[entry.key]).toBe('{"v":1,"count":4}');
    cleanStores(s.$value);
  });

  it('says whether anything is stored: not the initial value, which is never written', () => {
    const s = persistentStore(entry, initial, parse);
    keepMount(s.$stored);
    expect(s.$stored.get()).toBe(false);
    s.$value.set({ v: 1, count: 2 });
    expect(s.$stored.get()).toBe(true);
    s.erase();
    expect(s.$stored.get()).toBe(false);
    setTestStorageKey(entry.key, '{"v":1,"count":7}');
    const kept = persistentStore(entry, initial, parse);
    expect(kept.$stored.get()).toBe(true);
    cleanStores(s.$value, s.$stored, kept.$stored);
  });

  it('erases: back to the initial value and the key removed', () => {
    const s = persistentStore(entry, initial, parse);
    keepMount(s.$value);
    s.$value.set({ v: 1, count: 5 });
    s.erase();
    expect(s.$value.get()).toBe(initial);
    expect(entry.key in getTestStorage()).toBe(false);
    cleanStores(s.$value);
  });

  it.each(['{"v":2}', '{"v":2,"count":"anything"}', '{"v":17,"count":3}'])(
    'never destroys a save from a newer version (%s): kept untouched, said so, work in memory',
    (raw) => {
      setTestStorageKey(entry.key, raw);
      const s = persistentStore(entry, initial, parse);
      keepMount(s.$value);
      expect(s.$value.get()).toBe(initial);
      expect(s.$notice.get()).toBe('newer');
      // the reader works on: in memory only
      s.$value.set({ v: 1, count: 9 });
      expect(s.$value.get()).toEqual({ v: 1, count: 9 });
      expect(getTestStorage()[entry.key]).toBe(raw);
      // OK, erasing and going back to the start leave it alone too
      s.dismissNotice();
      expect(s.$notice.get()).toBeNull();
      s.erase();
      s.$value.set(initial);
      expect(getTestStorage()[entry.key]).toBe(raw);
      // and the next visit says so again
      const next = persistentStore(entry, initial, parse);
      expect(next.$notice.get()).toBe('newer');
      cleanStores(s.$value, next.$value);
    },
  );

  it('rejecting a readable value starts fresh in memory and keeps it stored until OK, like unreadable data', () => {
    setTestStorageKey(entry.key, '{"v":1,"count":3}');
    const s = persistentStore(entry, initial, parse);
    keepMount(s.$value);
    s.reject();
    expect(s.$value.get()).toBe(initial);
    expect(s.$notice.get()).toBe('unreadable');
    expect(getTestStorage()[entry.key]).toBe('{"v":1,"count":3}');
    s.dismissNotice();
    expect(entry.key in getTestStorage()).toBe(false);
    cleanStores(s.$value);
  });

  describe('changes made on another page (another tab, the Your data page)', () => {
    it('says "erased" once when what this page shows is erased elsewhere', () => {
      const s = persistentStore(entry, initial, parse);
      keepMount(s.$value);
      s.$value.set({ v: 1, count: 4 });
      setTestStorageKey(entry.key, undefined);
      expect(s.$value.get()).toBe(initial);
      expect(s.$notice.get()).toBe('erased');
      s.dismissNotice();
      expect(s.$notice.get()).toBeNull();
      cleanStores(s.$value);
    });

    it('says nothing when nothing was kept here to lose', () => {
      const s = persistentStore(entry, initial, parse);
      keepMount(s.$value);
      // "Erase everything" on the Your data page removes every key, this one included
      setTestStorageKey(entry.key, undefined);
      expect(s.$notice.get()).toBeNull();
      // unreadable data erased elsewhere: the page showed none of it, so nothing new to say
      setTestStorageKey(entry.key, 'not json');
      expect(s.$notice.get()).toBe('unreadable');
      setTestStorageKey(entry.key, undefined);
      expect(s.$notice.get()).toBe('unreadable');
      cleanStores(s.$value);
    });

    it('says "replaced" and shows the new value when it is changed elsewhere', () => {
      const s = persistentStore(entry, initial, parse);
      keepMount(s.$value);
      s.$value.set({ v: 1, count: 4 });
      setTestStorageKey(entry.key, '{"v":1,"count":5}');
      expect(s.$value.get()).toEqual({ v: 1, count: 5 });
      expect(s.$notice.get()).toBe('replaced');
      cleanStores(s.$value);
    });

    it('says nothing about its own writes, or another page writing the same value', () => {
      const s = persistentStore(entry, initial, parse);
      keepMount(s.$value);
      s.$value.set({ v: 1, count: 4 });
      setTestStorageKey(entry.key, '{"v":1,"count":4}');
      expect(s.$notice.get()).toBeNull();
      cleanStores(s.$value);
    });

    it('treats unreadable or newer data written elsewhere by the same rules as at load', () => {
      const s = persistentStore(entry, initial, parse);
      keepMount(s.$value);
      s.$value.set({ v: 1, count: 4 });
      setTestStorageKey(entry.key, '{"v":2,"count":"x"}');
      expect(s.$notice.get()).toBe('newer');
      s.$value.set({ v: 1, count: 6 });
      expect(getTestStorage()[entry.key]).toBe('{"v":2,"count":"x"}');
      setTestStorageKey(entry.key, 'not json');
      expect(s.$notice.get()).toBe('unreadable');
      expect(s.$value.get()).toBe(initial);
      cleanStores(s.$value);
    });
  });
});
