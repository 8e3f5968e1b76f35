import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { persistentStore } from '../../../src/stores/persist';

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

interface Counter {
  v: 1;
  count: number;
}
const entry = { key: 'upproach:test:v1', label: 'Test', description: 'A store used by tests.' };
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
    expect(s.$recovered.get()).toBe(false);
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
    expect(s.$recovered.get()).toBe(true);
    expect(getTestStorage()[entry.key]).toBe(raw); // kept until the reader has seen the message
    s.dismissRecovered();
    expect(s.$recovered.get()).toBe(false);
    // the next visit finds nothing to recover
    expect(entry.key in getTestStorage()).toBe(false);
    const next = persistentStore(entry, initial, parse);
    expect(next.$recovered.get()).toBe(false);
    cleanStores(s.$value, next.$value);
  });

  it('dismissing keeps what the reader entered after the fresh start', () => {
    setTestStorageKey(entry.key, 'not json');
    const s = persistentStore(entry, initial, parse);
    keepMount(s.$value);
    s.$value.set({ v: 1, count: 4 });
    s.dismissRecovered();
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
});
