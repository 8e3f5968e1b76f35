import { afterEach, describe, expect, it } from 'vitest';
import { $saveFailed, guardedStorage, isRefused } from '../../../src/shared/storage/storage-engine';

class MemoryStorage {
  data = new Map<string, string>();
  full = false;
  getItem = (k: string) => this.data.get(k) ?? null;
  setItem = (k: string, v: string) => {
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, v);
  };
  removeItem = (k: string) => this.data.delete(k);
}

afterEach(() => $saveFailed.set(false));

describe('guardedStorage', () => {
  it('reads, writes and removes through to the storage', () => {
    const mem = new MemoryStorage();
    const s = guardedStorage(() => mem as unknown as Storage);
    s.k = 'v';
    expect([mem.getItem('k'), s.k, 'k' in s]).toEqual(['v', 'v', true]);
    delete s.k;
    expect([mem.getItem('k'), s.k, 'k' in s]).toEqual([null, undefined, false]);
    expect($saveFailed.get()).toBe(false);
  });

  it('a full storage does not throw: it raises $saveFailed and keeps the value in memory until it is stored', () => {
    const mem = new MemoryStorage();
    const s = guardedStorage(() => mem as unknown as Storage);
    mem.full = true;
    s.k = 'v';
    expect([$saveFailed.get(), s.k, isRefused('k'), mem.getItem('k')]).toEqual([true, 'v', true, null]);
    mem.full = false;
    s.k = 'w';
    expect([s.k, isRefused('k'), mem.getItem('k')]).toEqual(['w', false, 'w']);
  });

  it('a blocked storage reads as empty and never throws', () => {
    const s = guardedStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(s.k).toBeUndefined();
    delete s.k;
    expect($saveFailed.get()).toBe(false);
    s.k = 'v';
    expect($saveFailed.get()).toBe(true);
  });
});
