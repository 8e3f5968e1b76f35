import { describe, expect, it } from 'vitest';
import { describedBy } from '../../src/shared/described-by';

describe('describedBy', () => {
  it.each([
    [['hint'], 'hint'],
    [['hint', 'error'], 'hint error'],
    [['', 'error'], 'error'],
    [[false, null, undefined, 'hint', false], 'hint'],
  ] as const)('joins %j as %j', (ids, expected) => {
    expect(describedBy(...ids)).toBe(expected);
  });

  it('gives no attribute when no id is there', () => {
    expect(describedBy()).toBeUndefined();
    expect(describedBy('', false, null, undefined)).toBeUndefined();
  });
});
