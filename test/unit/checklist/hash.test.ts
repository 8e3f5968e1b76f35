import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/tools/checklist/hash';
import { customGroupId } from '../../../src/tools/checklist/profile';
import { checklistWordsSchema } from '../../../src/tools/checklist/schema';
import { loadChecklistContent } from '../../support/checklist-content';

describe('checklist ids on the shared FNV-1a', () => {
  it('keeps the 8 hex digits the checklist always wrote (values from the former implementation)', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    expect(fnv1a('a')).toBe('e40c292c');
    expect(fnv1a('ÿ€😀')).toBe('897b03f3');
  });

  it('leaves stored own-group ids unchanged', () => {
    expect(customGroupId(' Legal ')).toBe('custom-38b82c0a');
  });
});

describe('checklist sources', () => {
  const wordsFile = () => {
    const { words } = loadChecklistContent();
    return { ...words };
  };
  it('accept https links only', () => {
    const words = wordsFile();
    const withUrl = (url: string) => ({ ...words, sources: [{ ...words.sources[0]!, url }] });
    expect(
      checklistWordsSchema.safeParse(withUrl('https://hbr.org/2007/01/how-leaders-create-and-use-networks')).success,
    ).toBe(true);
    expect(checklistWordsSchema.safeParse(withUrl('http://hbr.org/')).success).toBe(false);
    expect(checklistWordsSchema.safeParse(withUrl('javascript:alert(1)')).success).toBe(false);
  });
});

describe('the id’s shape', () => {
  it('is always 8 lower-case hex digits, with leading zeros kept', () => {
    const hashes = Array.from({ length: 500 }, (_, i) => fnv1a(`group ${i}`));
    for (const h of hashes) expect(h).toMatch(/^[0-9a-f]{8}$/);
    // about one hash in sixteen starts with a zero: those must keep it
    expect(hashes.some((h) => h.startsWith('0'))).toBe(true);
  });
});
