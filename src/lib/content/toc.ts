/** A heading as Astro's render() returns it. */
export interface Heading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

export interface TocItem {
  readonly slug: string;
  readonly text: string;
  readonly children: TocItem[];
}

/**
 * Nest headings of depth minDepth..maxDepth into a table of contents.
 * A heading deeper than its predecessor becomes its child; skipped levels attach to the
 * nearest shallower heading, so no heading is ever lost.
 */
export function buildToc(headings: readonly Heading[], minDepth = 2, maxDepth = 3): TocItem[] {
  const root: TocItem[] = [];
  const stack: { depth: number; item: TocItem }[] = [];
  for (const h of headings) {
    if (h.depth < minDepth || h.depth > maxDepth) continue;
    const item: TocItem = { slug: h.slug, text: h.text, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= h.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.item.children : root).push(item);
    stack.push({ depth: h.depth, item });
  }
  return root;
}
