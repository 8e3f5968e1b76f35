import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, plainTextFromMdx, readingTime } from '@/lib/content/reading-time';

describe('countWords', () => {
  it('counts words with apostrophes and hyphens as one', () => {
    expect(countWords('Don’t abandon the day-to-day network')).toBe(5);
  });
  it.each([
    ["don't", 1],
    ['don’t', 1],
    ['day-to-day', 1],
    ['Top-10', 1],
    ['COVID-19 in 2020', 3],
    ["rock 'n' roll", 3],
    ['end-', 1],
    ['-start', 1],
    ['a - b', 2],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
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

describe('plainTextFromMdx, line by line', () => {
  it.each([
    ['frontmatter at the very start', '---\ntitle: T\n---\nBody', 'Body'],
    ['frontmatter that ends the file', '---\ntitle: T\n---', ''],
    ['only the first block of frontmatter', '---\na: 1\n---\nOne\n---\nTwo\n---\nThree', 'One\n---\nTwo\n---\nThree'],
    ['no frontmatter after the start', 'Intro\n---\nmiddle words\n---\nEnd', 'Intro\n---\nmiddle words\n---\nEnd'],
    ['an import line', 'import X from "./x";\nText', '\nText'],
    ['an export line', 'export const meta = { a: 1 };\nText', '\nText'],
    ['not a sentence that mentions import or export', 'We export data and import it.', 'We export data and import it.'],
    ['not a word that starts with import', 'imports: many', 'imports: many'],
    ['tags, each as a space', 'a<b>c</b>d <X client:visible />', 'a c d  '],
    ['heading markers of one to six', '# One\n###### Six\n####### Seven', 'One\nSix\n####### Seven'],
    ['list markers', '- a\n* b\n+ c\n1. d\n10. e', 'a\nb\nc\nd\ne'],
    ['markers indented up to three spaces', '   - a\n    - b', 'a\n    - b'],
    ['every space after a marker', '-   a', 'a'],
    ['not a dash inside a line', 'Sharing - easy', 'Sharing - easy'],
    ['not a marker without a space', '-a #b 2.c', '-a #b 2.c'],
  ])('drops %s', (_name, mdx, text) => {
    expect(plainTextFromMdx(mdx)).toBe(text);
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
    expect(() => readingTime('a', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => readingTime('a', -230)).toThrow('wordsPerMinute must be a positive number, got -230');
    expect(readingTime('a b', 0.5)).toEqual({ words: 2, minutes: 4 });
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
