/** The seed text (test/fixtures/seed) is what the articles must say; e2e/articles.spec.ts reads it back from the pages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeed } from '../../support/seed';

const articles = [
  'src/content/articles/is-there-a-purpose-behind-your-networking.mdx',
  'src/content/articles/you-received-a-promotion-what-about-your-network.mdx',
];

describe('the seed', () => {
  const seed = parseSeed();

  it('holds both articles with their titles, list items as blocks and the author box apart', () => {
    expect(seed.map((a) => a.title)).toEqual([
      'Is There a Purpose Behind Your Networking?',
      'Professional Networking – You Received a Promotion; What About Your Network',
    ]);
    expect(seed[0]!.blocks).toContain('I only invite people that I know well;');
    expect(seed[0]!.authorBox).toHaveLength(4);
    expect(seed[1]!.authorBox).toEqual(seed[0]!.authorBox);
    expect(seed[0]!.blocks.join(' ')).not.toContain('Tom Staskiewicz speaks');
  });

  it.each(articles.map((file, i) => [file, i] as const))('%s corrects only text that is in the seed', (file, i) => {
    const mdx = readFileSync(file, 'utf8');
    expect(mdx).toContain(`\ntitle: ${seed[i]!.title}\n`);
    for (const [, original] of mdx.matchAll(/- original: (.+)\n/g))
      expect(seed[i]!.blocks.join('\n')).toContain(original!.trim());
  });
});
