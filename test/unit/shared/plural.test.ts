import { describe, expect, it } from 'vitest';
import { plural } from '../../../src/shared/plural';
import { fill } from '../../../src/shared/template';

const forms = { one: '{count} item', other: '{count} items' };

describe('plural', () => {
  it('chooses `one` for exactly one', () => {
    expect(plural(forms, 1)).toBe('{count} item');
  });
  it('chooses `other` for zero, several and fractions', () => {
    expect(plural(forms, 0)).toBe('{count} items');
    expect(plural(forms, 2)).toBe('{count} items');
    expect(plural(forms, 1.5)).toBe('{count} items');
  });
  it('fills in with the count', () => {
    expect(fill(plural(forms, 5), { count: 5 })).toBe('5 items');
  });
});
