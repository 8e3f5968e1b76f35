import { afterEach, describe, expect, it } from 'vitest';
import { $saveFailed, guardedStorage } from '../../../src/shared/storage/storage-engine';

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
  it('reads, writes and removes through to the storage', () => {
    const mem = new MemoryStorage();
    const s = guardedStorage(() => mem as unknown as Storage);
    s.write('k', 'v');
    expect(mem.getItem('k')).toBe('v');
    expect(s.read('k')).toBe('v');
    s.write('k', undefined);
    expect(mem.getItem('k')).toBeNull();
    expect(s.read('k')).toBeUndefined();
    expect($saveFailed.get()).toBe(false);
  });

  it('a full storage does not throw; it raises $saveFailed', () => {
    const mem = new MemoryStorage();
    mem.failWrites = true;
    const s = guardedStorage(() => mem as unknown as Storage);
    expect(() => s.write('k', 'v')).not.toThrow();
    expect($saveFailed.get()).toBe(true);
  });

  it('a blocked storage reads as empty and never throws', () => {
    const s = guardedStorage(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(s.read('k')).toBeUndefined();
    expect(() => {
      s.write('k', 'v');
      s.write('k', undefined);
    }).not.toThrow();
    expect($saveFailed.get()).toBe(true);
  });
});
