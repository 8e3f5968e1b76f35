import { describe, expect, it } from 'vitest';
import { fill, placeholders } from '../../../src/shared/template';

describe('fill', () => {
  it('fills known placeholders, numbers included', () => {
    expect(fill('{n} people for a {purpose} network', { n: 150, purpose: 'Social' })).toBe(
      '150 people for a Social network',
    );
  });
  it('leaves unknown placeholders visible instead of printing undefined', () => {
    expect(fill('Hello {nmae}', { name: 'Ana' })).toBe('Hello {nmae}');
  });
  it('fills every occurrence of a name, and only whole names in braces', () => {
    expect(fill('{count} and {count}, {count_2}, { count }, {}', { count: 3 })).toBe(
      '3 and 3, {count_2}, { count }, {}',
    );
  });
  it('does not read inherited properties', () => {
    expect(fill('{toString}', {})).toBe('{toString}');
  });
  it('inserts values literally, markup included', () => {
    expect(fill('Hi {name}', { name: '<img src=x>' })).toBe('Hi <img src=x>');
  });
});

describe('placeholders', () => {
  it('lists the names a template uses', () => {
    expect(placeholders('{a} and {b}, {a}')).toEqual(['a', 'b', 'a']);
  });
  it('reads whole names, and nothing that is not a name in braces', () => {
    expect(placeholders('{count} of {total_2}')).toEqual(['count', 'total_2']);
    expect(placeholders('{} { name } {two words} {-x} no braces')).toEqual([]);
  });
});
