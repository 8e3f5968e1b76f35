import { describe, expect, it } from 'vitest';
import { countWords, plainTextFromMdx, readingTime } from '@/lib/content/reading-time';

describe('reading time', () => {
  it.each([
    ['Don’t abandon the day-to-day network', 5],
    ["rock 'n' roll", 3],
    ['Sharing – easy; segmenting … hard!', 4],
    ['30,000+ connections in 30 – 60 days', 7],
    ['COVID-19 in 2020', 3],
    [' \n\t ', 0],
  ])('counts %j as %i words', (text, n) => {
    expect(countWords(text)).toBe(n);
  });

  it('reads only the text: no frontmatter, imports, components or Markdown markers', () => {
    const mdx = [
      '---\ntitle: T\n---',
      'import X from "./x";',
      '## Heading',
      '- item one\n1. item two',
      '<X client:visible />',
      'Text <cite>Title</cite> - done.',
    ].join('\n');
    expect(countWords(plainTextFromMdx(mdx))).toBe(8); // Heading, item one, item two, Text Title done
    expect(plainTextFromMdx('Intro\n---\nmiddle\n---\nEnd')).toBe('Intro\n---\nmiddle\n---\nEnd');
  });

  it('rounds up to whole minutes, at least one', () => {
    expect(readingTime('word '.repeat(231), 230)).toEqual({ words: 231, minutes: 2 });
    expect(readingTime('word '.repeat(230), 230)).toEqual({ words: 230, minutes: 1 });
    expect(readingTime('', 230).minutes).toBe(1);
  });
});
