/** Words in a text: runs of letters or digits, with inner apostrophes and hyphens kept. */
export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu);
  return words ? words.length : 0;
}

/** Strip MDX/Markdown syntax that is not read aloud: frontmatter, imports, tags, markers. */
export function plainTextFromMdx(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}|[-*+]|\d+\.)\s+/gm, '');
}

export interface ReadingTime {
  readonly words: number;
  /** whole minutes, at least 1 */
  readonly minutes: number;
}

/** Reading time rounded up to whole minutes at a given reading speed (words per minute). */
export function readingTime(text: string, wordsPerMinute: number): ReadingTime {
  const words = countWords(plainTextFromMdx(text));
  return { words, minutes: Math.max(1, Math.ceil(words / wordsPerMinute)) };
}
