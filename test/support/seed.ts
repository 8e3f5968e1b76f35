/**
 * Reads the seed text (test/fixtures/seed/upproach-articles.txt, a copy of the source the site
 * publishes) into articles made of text blocks: the title, then every paragraph, heading and
 * list item in order. The author box after each `____` rule is returned separately.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface SeedArticle {
  readonly title: string;
  /** every block after the title, in order (list items one block each, markers removed) */
  readonly blocks: readonly string[];
  readonly authorBox: readonly string[];
}

export const seedPath = fileURLToPath(new URL('../fixtures/seed/upproach-articles.txt', import.meta.url));

/** Collapse whitespace (including no-break spaces) so layout differences do not matter. */
export function normalise(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function parseSeed(source: string = readFileSync(seedPath, 'utf8')): SeedArticle[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const articles: SeedArticle[] = [];
  let current: string[] = [];
  let inAuthorBox = false;
  let authorBox: string[] = [];
  const finish = () => {
    if (current.length > 0) {
      const [title, ...blocks] = current;
      articles.push({ title: title!, blocks, authorBox });
    }
  };
  for (const raw of lines) {
    const line = normalise(raw);
    if (line === '') continue;
    if (/^_{5,}$/.test(line)) {
      inAuthorBox = true;
      authorBox = [];
      continue;
    }
    if (inAuthorBox) {
      // the author box has four paragraphs; the next non-box line starts a new article
      if (authorBox.length < 4) {
        authorBox.push(line);
        continue;
      }
      finish();
      current = [];
      inAuthorBox = false;
    }
    current.push(line.replace(/^(?:•|\d+\.)\s+/, ''));
  }
  finish();
  return articles;
}

export interface Correction {
  readonly original: string;
  readonly corrected: string;
}

/** The seed blocks as the site should publish them: with the listed corrections applied. */
export function applyCorrections(blocks: readonly string[], corrections: readonly Correction[]): string[] {
  return blocks.map((block) => corrections.reduce((text, c) => text.split(c.original).join(c.corrected), block));
}
