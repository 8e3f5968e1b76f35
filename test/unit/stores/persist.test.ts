import { cleanStores, keepMount, type ReadableAtom } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { persistentStore } from '../../../src/shared/storage/persist';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';

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
const stored = () => getTestStorage()[entry.key];

const mounted: ReadableAtom<unknown>[] = [];
function make() {
  const s = persistentStore(entry, initial, parse);
  keepMount(s.$stored);
  mounted.push(s.$stored);
  return s;
}
beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanStores(...mounted.splice(0));
  cleanTestStorage();
});

describe('persistentStore', () => {
  it('stores JSON under the key, reads it back, says whether anything is kept, and erases it', () => {
    const s = make();
    expect([s.$value.get(), s.$notice.get(), s.$stored.get()]).toEqual([initial, null, false]);
    s.$value.set({ v: 1, count: 3 });
    expect(stored()).toBe('{"v":1,"count":3}');
    expect(s.$stored.get()).toBe(true);
    expect(make().$value.get()).toEqual({ v: 1, count: 3 });
    s.erase();
    expect([s.$value.get(), s.$stored.get(), stored()]).toEqual([initial, false, undefined]);
  });

  it.each([
    ['text that is not JSON', '{"v":1,'],
    ['an old version', '{"v":0,"count":2}'],
    ['a wrong type', '{"v":1,"count":"2"}'],
    ['a foreign value', '[1,2,3]'],
  ])('starts fresh from %s, says so, and keeps it until OK', (_what, raw) => {
    setTestStorageKey(entry.key, raw);
    const s = make();
    expect([s.$value.get(), s.$notice.get(), stored()]).toEqual([initial, 'unreadable', raw]);
    s.dismissNotice();
    expect([s.$notice.get(), stored()]).toEqual([null, undefined]);
    // the next visit finds nothing to recover
    expect(make().$notice.get()).toBeNull();
  });

  it('OK after a fresh start keeps what the reader entered since', () => {
    setTestStorageKey(entry.key, 'not json');
    const s = make();
    s.$value.set({ v: 1, count: 4 });
    s.dismissNotice();
    expect(stored()).toBe('{"v":1,"count":4}');
  });

  it.each(['{"v":2}', '{"v":2,"count":"anything"}', '{"v":17,"count":3}'])(
    'never writes over a save from a newer version (%s): says so, works in memory',
    (raw) => {
      setTestStorageKey(entry.key, raw);
      const s = make();
      expect([s.$value.get(), s.$notice.get()]).toEqual([initial, 'newer']);
      s.$value.set({ v: 1, count: 9 });
      expect(s.$value.get()).toEqual({ v: 1, count: 9 });
      s.dismissNotice();
      s.erase();
      s.$value.set(initial);
      expect(stored()).toBe(raw);
      expect(make().$notice.get()).toBe('newer');
    },
  );

  it('rejecting a readable value starts fresh in memory and keeps it until OK, like unreadable data', () => {
    setTestStorageKey(entry.key, '{"v":1,"count":3}');
    const s = make();
    s.reject();
    expect([s.$value.get(), s.$notice.get(), stored()]).toEqual([initial, 'unreadable', '{"v":1,"count":3}']);
    s.dismissNotice();
    expect(stored()).toBeUndefined();
  });

  describe('changes made on another page (another tab, the Your data page)', () => {
    it('says "erased" once when what this page shows is erased elsewhere, and nothing when nothing was kept', () => {
      const s = make();
      setTestStorageKey(entry.key, undefined);
      expect(s.$notice.get()).toBeNull();
      s.$value.set({ v: 1, count: 4 });
      setTestStorageKey(entry.key, undefined);
      expect([s.$value.get(), s.$notice.get()]).toEqual([initial, 'erased']);
      s.dismissNotice();
      expect(s.$notice.get()).toBeNull();
      // unreadable data erased elsewhere: the page showed none of it, so nothing new to say
      setTestStorageKey(entry.key, 'not json');
      setTestStorageKey(entry.key, undefined);
      expect(s.$notice.get()).toBe('unreadable');
    });

    it('says "replaced" and shows the new value, but nothing when another page writes the same value', () => {
      const s = make();
      s.$value.set({ v: 1, count: 4 });
      setTestStorageKey(entry.key, '{"v":1,"count":4}');
      expect(s.$notice.get()).toBeNull();
      setTestStorageKey(entry.key, '{"v":1,"count":5}');
      expect([s.$value.get(), s.$notice.get()]).toEqual([{ v: 1, count: 5 }, 'replaced']);
    });

    it('treats unreadable or newer data written elsewhere by the same rules as at load', () => {
      const s = make();
      s.$value.set({ v: 1, count: 4 });
      setTestStorageKey(entry.key, '{"v":2,"count":"x"}');
      expect(s.$notice.get()).toBe('newer');
      s.$value.set({ v: 1, count: 6 });
      expect(stored()).toBe('{"v":2,"count":"x"}');
      setTestStorageKey(entry.key, 'not json');
      expect([s.$value.get(), s.$notice.get()]).toEqual([initial, 'unreadable']);
    });
  });
});
