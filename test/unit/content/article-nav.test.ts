import { describe, expect, it } from 'vitest';
import { neighbourMap, neighbours, sortByOrder } from '@/lib/content/article-nav';

const items = [
  { id: 'c', order: 3 },
  { id: 'a', order: 1 },
  { id: 'b', order: 2 },
];

describe('sortByOrder', () => {
  it('sorts by order and does not change the input', () => {
    expect(sortByOrder(items).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(items[0]!.id).toBe('c');
  });
  it('follows the order, not the ids, when the two disagree', () => {
    expect(
      sortByOrder([
        { id: 'a', order: 2 },
        { id: 'z', order: 1 },
        { id: 'm', order: 10 },
      ]).map((i) => i.id),
    ).toEqual(['z', 'a', 'm']);
  });
  it('breaks ties by id', () => {
    expect(
      sortByOrder([
        { id: 'z', order: 1 },
        { id: 'y', order: 1 },
      ]).map((i) => i.id),
    ).toEqual(['y', 'z']);
  });
});

describe('neighbours', () => {
  it('gives previous and next in series order', () => {
    const n = neighbours(items, 'b');
    expect(n.previous?.id).toBe('a');
    expect(n.next?.id).toBe('c');
  });
  it('has no previous for the first and no next for the last', () => {
    expect(neighbours(items, 'a').previous).toBeUndefined();
    expect(neighbours(items, 'c').next).toBeUndefined();
  });
  it('throws for an unknown id', () => {
    expect(() => neighbours(items, 'nope')).toThrow(/nope/);
  });
});

describe('neighbourMap', () => {
  it('gives every article the same neighbours as neighbours(), in one pass', () => {
    const map = neighbourMap(items);
    expect([...map.keys()]).toEqual(['a', 'b', 'c']);
    for (const { id } of items) expect(map.get(id)).toEqual(neighbours(items, id));
    expect(map.get('nope')).toBeUndefined();
    expect(neighbourMap([]).size).toBe(0);
  });
});
