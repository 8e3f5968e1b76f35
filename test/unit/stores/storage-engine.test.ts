import { afterEach, describe, expect, it } from 'vitest';
import { $saveFailed, guardedStorage } from '../../../src/stores/storage-engine';

class MemoryStorage {
  data = new Map<string, string>();
  failWrites = false;
  getItem(k: string) {
    return this.data.has(k) ? this.data.get(k)! : null;
  }
  setItem(k: string, v: string) {
    if (this.failWrites) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

afterEach(() => $saveFailed.set(false));

describe('guardedStorage', () => {
  it('reads, writes and deletes through to the storage', () => {
    const mem = new MemoryStorage();
    const s = guardedStorage(() => mem as unknown as Storage);
    s['k'] = 'v';
    expect(mem.getItem('k')).toBe('v');
    expect('k' in s).toBe(true);
    expect(s['k']).toBe('v');
    delete s['k'];
    expect('k' in s).toBe(false);
    expect(s['k']).toBeUndefined();
    expect($saveFailed.get()).toBe(false);
  });

  it('a full storage does not throw; it raises $saveFailed', () => {
    const mem = new MemoryStorage();
    mem.failWrites = true;
    const s = guardedStorage(() => mem as unknown as Storage);
    expect(() => {
      s['k'] = 'v';
    }).not.toThrow();
    expect($saveFailed.get()).toBe(true);
  });

  it('a blocked storage reads as empty and never throws', () => {
    const s = guardedStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(s['k']).toBeUndefined();
    expect('k' in s).toBe(false);
    expect(() => {
      s['k'] = 'v';
      delete s['k'];
    }).not.toThrow();
    expect($saveFailed.get()).toBe(true);
  });
});
