import { describe, expect, it } from 'vitest';
import { neighbourMap, sortByOrder } from '@/lib/content/article-nav';

describe('the article series', () => {
  it('follows the series order, not the ids, and breaks ties by id', () => {
    const items = [
      { id: 'a', order: 2 },
      { id: 'z', order: 1 },
      { id: 'y', order: 1 },
      { id: 'm', order: 10 },
    ];
    expect(sortByOrder(items).map((i) => i.id)).toEqual(['y', 'z', 'a', 'm']);
  });

  it('gives each article its previous and next, none before the first or after the last', () => {
    const map = neighbourMap([
      { id: 'c', order: 3 },
      { id: 'a', order: 1 },
      { id: 'b', order: 2 },
    ]);
    expect([...map].map(([id, n]) => [id, n.previous?.id, n.next?.id])).toEqual([
      ['a', undefined, 'b'],
      ['b', 'a', 'c'],
      ['c', 'b', undefined],
    ]);
  });
});
