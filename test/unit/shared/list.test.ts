import { describe, expect, it } from 'vitest';
import { joinList } from '../../../src/shared/list';

const serial = { and: 'and', serialComma: true };
const plain = { and: 'and', serialComma: false };

describe('joinList', () => {
  it('gives nothing for no items and the item itself for one', () => {
    expect(joinList([], serial)).toBe('');
    expect(joinList([], plain)).toBe('');
    expect(joinList(['a'], serial)).toBe('a');
    expect(joinList(['a'], plain)).toBe('a');
  });

  it('joins two items with the word alone, never a comma', () => {
    expect(joinList(['a', 'b'], serial)).toBe('a and b');
    expect(joinList(['a', 'b'], plain)).toBe('a and b');
  });

  it('puts a comma before the word in three or more items only when the words ask for it', () => {
    expect(joinList(['a', 'b', 'c'], serial)).toBe('a, b, and c');
    expect(joinList(['a', 'b', 'c'], plain)).toBe('a, b and c');
    expect(joinList(['a', 'b', 'c', 'd'], serial)).toBe('a, b, c, and d');
    expect(joinList(['a', 'b', 'c', 'd'], plain)).toBe('a, b, c and d');
  });

  it('takes the word from the content and keeps the items as written', () => {
    expect(joinList(['Rot', 'Grün', 'Blau'], { and: 'und', serialComma: false })).toBe('Rot, Grün und Blau');
    expect(joinList(['x, y', '', '{z}'], serial)).toBe('x, y, , and {z}');
    const items = ['a', 'b', 'c'];
    joinList(items, serial);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});
