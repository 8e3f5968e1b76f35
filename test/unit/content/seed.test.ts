import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCorrections, normalise, parseSeed } from '../../support/seed';

const articleFiles = [
  'src/content/articles/is-there-a-purpose-behind-your-networking.mdx',
  'src/content/articles/you-received-a-promotion-what-about-your-network.mdx',
];

/** Frontmatter corrections, read without a YAML library: pairs of `original:` / `corrected:` lines. */
function corrections(mdx: string) {
  const pairs = [...mdx.matchAll(/- original: (.+)\n\s+corrected: (.+)/g)];
  return pairs.map((m) => ({ original: m[1]!.trim(), corrected: m[2]!.trim() }));
}

/** The MDX body as plain text blocks: tags and Markdown markers removed, components dropped. */
function mdxText(mdx: string): string {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .*$/gm, '');
  return normalise(
    body
      .replace(/^<[A-Z][\s\S]*?\/>$/gm, ' ')
      .replace(/<\/?(?:cite|em|strong)>/g, '')
      .replace(/^#{1,6} /gm, '')
      .replace(/^(?:-|\d+\.) /gm, ''),
  );
}

describe('seed parser', () => {
  const seed = parseSeed();

  it('finds both articles with their titles', () => {
    expect(seed.map((a) => a.title)).toEqual([
      'Is There a Purpose Behind Your Networking?',
      'Professional Networking – You Received a Promotion; What About Your Network',
    ]);
  });

  it('splits lists into items and keeps the author box apart', () => {
    expect(seed[0]!.blocks).toContain('I only invite people that I know well;');
    expect(seed[0]!.blocks).toContain('Building your personal or product brand.');
    expect(seed[0]!.authorBox).toHaveLength(4);
    expect(seed[1]!.authorBox).toEqual(seed[0]!.authorBox);
    expect(seed[0]!.blocks.join(' ')).not.toContain('Tom Staskiewicz speaks');
  });
});

describe.each(articleFiles.map((file, i) => [file, i] as const))('%s', (file, index) => {
  const mdx = readFileSync(file, 'utf8');
  const seed = parseSeed()[index]!;
  const fixes = corrections(mdx);
  const expected = applyCorrections(seed.blocks, fixes);

  it('has the seed title', () => {
    expect(mdx).toMatch(new RegExp(`^title: ${seed.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
  });

  it('contains every seed block, in order, with only the listed corrections', () => {
    const text = mdxText(mdx);
    let from = 0;
    for (const block of expected) {
      const at = text.indexOf(block, from);
      expect(at, `missing or out of order: "${block.slice(0, 60)}…"`).toBeGreaterThanOrEqual(from);
      from = at + block.length;
    }
  });

  it('lists only corrections whose original text is really in the seed', () => {
    for (const c of fixes) expect(seed.blocks.join('\n')).toContain(c.original);
  });
});
