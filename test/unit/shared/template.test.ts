import { describe, expect, it } from 'vitest';
import { fill, placeholders } from '../../../src/lib/shared/template';

describe('fill', () => {
  it('fills known placeholders, numbers included', () => {
    expect(fill('{n} people for a {purpose} network', { n: 150, purpose: 'Social' })).toBe(
      '150 people for a Social network',
    );
  });
  it('leaves unknown placeholders visible instead of printing undefined', () => {
    expect(fill('Hello {nmae}', { name: 'Ana' })).toBe('Hello {nmae}');
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
});
