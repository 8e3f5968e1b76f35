import { describe, expect, it } from 'vitest';
import { fill, joinWords } from '../../../src/lib/quiz/texts';

describe('fill', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(fill('Your {network} is {x}', { network: 'Social network' })).toBe('Your Social network is {x}');
    expect(fill('{a}{a}', { a: '$&' })).toBe('$&$&');
  });
});

describe('joinWords', () => {
  it('joins lists in plain English', () => {
    expect(joinWords([])).toBe('');
    expect(joinWords(['A'])).toBe('A');
    expect(joinWords(['A', 'B'])).toBe('A and B');
    expect(joinWords(['A', 'B', 'C'])).toBe('A, B and C');
  });
});
