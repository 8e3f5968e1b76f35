/**
 * Every figure the tools show readers must come from the research reference (a copy of
 * shared/reference/network-research.md in test/fixtures) or the seed articles. This scans the
 * words of all three tools (src/content/<tool>/*.yaml) and the text of their pages
 * (src/content/tools/*.mdx) for numbers and lists any other.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const numbersIn = (text: string) =>
  new Set((text.match(/\d[\d,.]*\d|\d/g) ?? []).map((n) => n.replace(/[,.]+$/, '').replace(/,/g, '')));

const reference = readFileSync('test/fixtures/reference/network-research.md', 'utf8');
const seed = readFileSync('test/fixtures/seed/upproach-articles.txt', 'utf8');

/** Numbers that are not statistics, each with the reason it may appear. */
const notFigures: Record<string, string> = {
  '6': 'the article’s six dilemmas',
  '12': 'the twelve names of the scale-up method',
  '90': 'the 90-day review (Watkins, The First 90 Days, in the reference)',
  '31': 'days 31–60, the second half of the article’s 30–60 days',
  '0': 'the instruction “answer 0 where you know nobody”',
  '250': '“250 million”, the reference’s N = 250,000,000',
  '1900': 'the earliest start date a form accepts (an input limit)',
  '2199': 'the latest start date a form accepts (an input limit: due dates up to day 366 stay in 2200)',
  '40': 'the longest group name a form accepts (an input limit)',
  '80': 'the longest name a form accepts (an input limit)',
  '1': 'counting',
  '2': 'counting',
  '3': 'counting',
  '4': 'counting',
};

const allowed = new Set([...numbersIn(reference), ...numbersIn(seed), ...Object.keys(notFigures)]);

const toolFolders = ['quiz', 'estimator', 'checklist', 'tools'];

describe.each(toolFolders)('figures in src/content/%s', (folder) => {
  const dir = join('src/content', folder);
  const files = readdirSync(dir).filter((f) => /\.(ya?ml|mdx)$/.test(f));

  it('has content files to check', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s quotes only figures from the reference or the articles', (file) => {
    const text = readFileSync(join(dir, file), 'utf8')
      .replace(/^\s*#(?!#).*$/gm, '') // editor comments (not Markdown headings)
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, '') // MDX comments
      .replace(/^import .*$/gm, '') // MDX imports
      .replace(
        /^\s*(?:order|id|weight|weights|min|max|step|default|who|[a-z]+Id|[a-z]+Threshold|[a-z]+Margin):.*$/gim,
        '',
      ) // structural fields
      .replace(/https?:\/\/\S+/g, ''); // links
    const unknown = [...numbersIn(text)].filter((n) => !allowed.has(n));
    expect(unknown, `numbers in ${file} not found in the reference or the seed`).toEqual([]);
  });
});
