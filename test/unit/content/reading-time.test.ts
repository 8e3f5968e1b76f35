import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, plainTextFromMdx, readingTime } from '../../../src/lib/content/reading-time';

describe('countWords', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords('Don’t abandon the day-to-day network')).toBe(5);
  });
  it('ignores punctuation and dashes standing alone', () => {
    expect(countWords('Sharing – easy; segmenting … hard!')).toBe(4);
  });
  it('counts numbers', () => {
    expect(countWords('30,000+ connections in 30 – 60 days')).toBe(7);
  });
  it('is zero for empty or whitespace text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords(' \n\t ')).toBe(0);
  });
});

describe('plainTextFromMdx', () => {
  it('drops frontmatter, imports, components and markers', () => {
    const mdx =
      '---\ntitle: T\n---\nimport X from "./x";\n\n## Heading\n\n- item one\n\n<X client:visible />\n\nText <cite>Title</cite>.';
    const text = plainTextFromMdx(mdx);
    expect(text).not.toContain('title:');
    expect(text).not.toContain('import');
    expect(text).not.toContain('client');
    expect(countWords(text)).toBe(5); // Heading, item one, Text, Title
  });
});

describe('readingTime', () => {
  it('rounds up to whole minutes', () => {
    expect(readingTime('word '.repeat(231), 230)).toEqual({ words: 231, minutes: 2 });
    expect(readingTime('word '.repeat(230), 230)).toEqual({ words: 230, minutes: 1 });
  });
  it('is at least one minute', () => {
    expect(readingTime('', 230).minutes).toBe(1);
  });
  it('rejects a speed that is not a positive number', () => {
    expect(() => readingTime('a', 0)).toThrow(RangeError);
    expect(() => readingTime('a', Number.NaN)).toThrow(RangeError);
  });
  it('never shows fewer minutes for more words', () => {
    fc.assert(
      fc.property(fc.nat(5000), fc.nat(5000), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return readingTime('w '.repeat(lo), 230).minutes <= readingTime('w '.repeat(hi), 230).minutes;
      }),
    );
  });
});
