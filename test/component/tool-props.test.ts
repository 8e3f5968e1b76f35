import { describe, expect, it } from 'vitest';
import { headingLevelBelow } from '../../src/shared/tool-props';

describe('headingLevelBelow', () => {
  it.each([
    [1, 2],
    [2, 3],
  ] as const)('puts the headings of a tool titled at level %i at level %i', (title, own) => {
    expect(headingLevelBelow(title)).toBe(own);
  });
});
