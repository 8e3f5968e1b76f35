import { describe, expect, it } from 'vitest';
import { siteWordsSchema } from '../../../src/shared/site-words-schema';
import { loadSiteWords, rawSiteWords } from '../../support/site-words';

const withYourData = (change: Record<string, unknown>) => {
  const raw = rawSiteWords();
  return siteWordsSchema.safeParse({ ...raw, yourData: { ...(raw.yourData as object), ...change } });
};
const messages = (change: Record<string, unknown>) => {
  const result = withYourData(change);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('src/content/site/words.yaml', () => {
  it('passes its schema', () => {
    expect(loadSiteWords().yourData.title).toBe('Your data');
  });
  it('keeps the link in the closing sentence exactly once', () => {
    expect(messages({ closing: 'Back to the tools.' })).toEqual([
      'yourData.closing must contain {tools} once (it has it 0 times)',
    ]);
    expect(messages({ closing: '{tools} and {tools}' })).toEqual([
      'yourData.closing must contain {tools} once (it has it 2 times)',
    ]);
  });
  it('names a misspelt placeholder and the ones allowed', () => {
    expect(messages({ show: 'Show ({bytes} bytes under {kye})' })).toEqual([
      'yourData.show must contain {key} once (it has it 0 times)',
      'yourData.show uses the unknown placeholder {kye}; it may use {bytes}, {key}',
    ]);
  });
  it('lets the singular leave out the count, but not the plural', () => {
    expect(messages({ count: { one: 'This site keeps one item.', other: 'This site keeps {count} items.' } })).toEqual(
      [],
    );
    expect(messages({ count: { one: '{count} item', other: 'Several items' } })).toEqual([
      'yourData.count.other must contain {count} once (it has it 0 times)',
    ]);
  });
});

describe('purposes', () => {
  it('are not named in the site words: their names live in the purpose model (src/content/purposes/purposes.yaml)', () => {
    expect(rawSiteWords()).not.toHaveProperty('purposes');
  });
});
