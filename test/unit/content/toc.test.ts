import { describe, expect, it } from 'vitest';
import { buildToc } from '@/lib/content/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });

describe('buildToc', () => {
  it('keeps h2 headings in order at the top level', () => {
    const toc = buildToc([h(2, 'a'), h(2, 'b'), h(2, 'c')]);
    expect(toc.map((i) => i.slug)).toEqual(['a', 'b', 'c']);
    expect(toc[0]?.text).toBe('A');
  });

  it('nests h3 under the preceding h2', () => {
    const toc = buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')]);
    expect(toc).toHaveLength(2);
    expect(toc[0]?.children.map((i) => i.slug)).toEqual(['a1', 'a2']);
    expect(toc[1]?.children).toEqual([]);
  });

  it('drops headings outside the depth range (the page h1, h4 and deeper)', () => {
    const toc = buildToc([h(1, 'title'), h(2, 'a'), h(4, 'deep')]);
    expect(toc.map((i) => i.slug)).toEqual(['a']);
    expect(toc[0]?.children).toEqual([]);
  });

  it('keeps an h3 that has no h2 before it at the top level', () => {
    expect(buildToc([h(3, 'orphan'), h(2, 'a')]).map((i) => i.slug)).toEqual(['orphan', 'a']);
  });

  it('returns an empty list for no headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
