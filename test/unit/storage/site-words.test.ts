import { describe, expect, it } from 'vitest';
import { purposeIds } from '../../../src/lib/purposes';
import { siteWordsSchema } from '../../../src/schemas/site-words';
import { loadSiteWords, rawSiteWords } from './site-words-fixture';

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
    expect(messages({ closing: 'Back to the tools.' })).toEqual(['yourData.closing must contain {tools} once (it has it 0 times)']);
    expect(messages({ closing: '{tools} and {tools}' })).toEqual(['yourData.closing must contain {tools} once (it has it 2 times)']);
  });
  it('names a misspelt placeholder and the ones allowed', () => {
    expect(messages({ show: 'Show ({bytes} bytes under {kye})' })).toEqual([
      'yourData.show must contain {key} once (it has it 0 times)',
      'yourData.show uses the unknown placeholder {kye}; it may use {bytes}, {key}',
    ]);
  });
  it('lets the singular leave out the count, but not the plural', () => {
    expect(messages({ count: { one: 'This site keeps one item.', other: 'This site keeps {count} items.' } })).toEqual([]);
    expect(messages({ count: { one: '{count} item', other: 'Several items' } })).toEqual([
      'yourData.count.other must contain {count} once (it has it 0 times)',
    ]);
  });
});

describe('purposes in src/content/site/words.yaml', () => {
  const withPurposes = (purposes: Record<string, unknown>) => {
    const result = siteWordsSchema.safeParse({ ...rawSiteWords(), purposes });
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };
  const names = () => ({ ...(rawSiteWords().purposes as Record<string, unknown>) });

  it('names every purpose id of src/lib/purposes.ts, and only those', () => {
    expect(Object.keys(loadSiteWords().purposes).sort()).toEqual([...purposeIds].sort());
  });
  it('gives the article’s names', () => {
    expect(loadSiteWords().purposes).toEqual({
      social: 'Social',
      career: 'Career/Business Opportunity',
      resource: 'Resource/Operational',
      strategic: 'Strategic/Perspective',
      brand: 'Personal Brand',
    });
  });
  it('stops the build when a purpose has no name, naming the purpose', () => {
    const { brand: _dropped, ...missing } = names();
    expect(withPurposes(missing)).toEqual([
      'purposes.brand is missing: every id in src/lib/purposes.ts (social, career, resource, strategic, brand) needs a name',
    ]);
  });
  it('stops the build when a name is under an id that is not a purpose, naming the id', () => {
    expect(withPurposes({ ...names(), family: 'Family' })).toEqual([
      'purposes.family is not an id in src/lib/purposes.ts; the ids are social, career, resource, strategic, brand',
    ]);
  });
  it('stops the build when a name is empty', () => {
    expect(withPurposes({ ...names(), career: '  ' })).toEqual(['purposes.career is empty: give the purpose its name']);
  });
});
