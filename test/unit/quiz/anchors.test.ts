import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/lib/purposes';
import { loadResults } from './model-fixture';

/**
 * The heading ids of the article, as Astro makes them: github-slugger over each Markdown
 * heading's text, in order (so a repeated heading gets "-1").
 */
function articleHeadingIds(file: string): string[] {
  const source = readFileSync(resolve(process.cwd(), 'src/content/articles', file), 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const slugger = new GithubSlugger();
  return [...body.matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)].map((m) => slugger.slug(m[1]!));
}

describe('the quiz links to headings that exist in the article', () => {
  const ids = articleHeadingIds('is-there-a-purpose-behind-your-networking.mdx');

  it('finds the article’s headings', () => {
    expect(ids).toContain('social-network');
    expect(ids.length).toBeGreaterThanOrEqual(7);
  });

  it.each(purposeIds)('purposes.%s.anchor names a heading of the article', (p) => {
    expect(ids).toContain(loadResults().purposes[p].anchor);
  });
});
