import { describe, expect, it } from 'vitest';
import { once } from '../../../src/shared/once';

describe('once', () => {
  it('runs the query once, however many callers ask at once or later', async () => {
    let calls = 0;
    const get = once(async () => ({ n: ++calls }));
    const [a, b] = await Promise.all([get(), get()]);
    const c = await get();
    expect(calls).toBe(1);
    expect(a).toBe(b);
    expect(c).toBe(a);
  });

  it('tries again after a failure instead of keeping it', async () => {
    let calls = 0;
    const get = once(async () => {
      calls++;
      if (calls === 1) throw new Error('first call fails');
      return calls;
    });
    await expect(get()).rejects.toThrow('first call fails');
    await expect(get()).resolves.toBe(2);
    await expect(get()).resolves.toBe(2);
  });
});
