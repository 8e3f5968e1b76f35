import { expect, it } from 'vitest';
import { buildToc } from '@/lib/content/toc';

const h = (depth: number, slug: string) => ({ depth, slug, text: slug.toUpperCase() });
const shape = (items: ReturnType<typeof buildToc>): unknown[] =>
  items.map((i) => (i.children.length ? [i.slug, shape(i.children)] : i.slug));

it.each([
  ['h2 headings in order', [h(2, 'a'), h(2, 'b')], ['a', 'b']],
  ['h3 under the h2 before it', [h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b')], [['a', ['a1', 'a2']], 'b']],
  ['no h1 (the page title) or h4', [h(1, 'title'), h(2, 'a'), h(4, 'deep')], ['a']],
  ['an h3 with no h2 before it at the top', [h(3, 'orphan'), h(2, 'a')], ['orphan', 'a']],
  ['nothing for no headings', [], []],
])('the table of contents lists %s', (_name, headings, expected) => {
  expect(shape(buildToc(headings))).toEqual(expected);
});
