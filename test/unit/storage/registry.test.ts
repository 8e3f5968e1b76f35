import { describe, expect, it } from 'vitest';
import { describeStorage, storageEntries, storageIds, storageRegistry } from '../../../src/shared/storage/registry';
import { siteWordsSchema, storageWordsSchema } from '../../../src/shared/site-words-schema';
import { loadSiteWords, rawSiteWords } from '../../support/site-words';

const words = { label: 'Thing', inSentence: 'thing', description: 'Something kept here.' };
const complete = Object.fromEntries(storageIds.map((id) => [id, words]));
const messages = (input: unknown) => {
  const result = storageWordsSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('storage registry', () => {
  it('gives every entry a unique key under the site prefix', () => {
    const keys = storageEntries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^upproach:[a-z-]+(?::v\d+)?$/);
  });
  it('versions every tool key so an incompatible change can start fresh', () => {
    for (const [id, entry] of Object.entries(storageRegistry)) {
      if (id !== 'theme') expect(entry.key, id).toMatch(/:v\d+$/);
    }
  });
  it('holds no words: those are in the content collection', () => {
    for (const entry of storageEntries) expect(['key', 'key,version']).toContain(Object.keys(entry).join());
  });
  it('gives every versioned key the version its data carries: upproach:x:v1 holds {"v":1,…}', () => {
    for (const [id, entry] of Object.entries(storageRegistry)) {
      if (id !== 'theme')
        expect('version' in entry && `:v${entry.version}`, id).toBe(entry.key.slice(entry.key.lastIndexOf(':')));
    }
  });
  it('uses the theme key that the inline theme script uses', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('src/scripts/theme.js', 'utf8')).toContain(`'${storageRegistry.theme.key}'`);
  });
});

describe('what the "Your data" page says about each entry', () => {
  it('describes every registry id, in the registry’s order', () => {
    const described = describeStorage(loadSiteWords().storage);
    expect(described.map((e) => e.id)).toEqual(storageIds);
    expect(described.map((e) => e.key)).toEqual(storageEntries.map((e) => e.key));
    for (const e of described) {
      expect(e.label.length, e.id).toBeGreaterThan(2);
      expect(e.inSentence.length, e.id).toBeGreaterThan(2);
      expect(e.description.length, e.id).toBeGreaterThan(10);
    }
  });
  it('accepts exactly one set of words per id', () => {
    expect(messages(complete)).toEqual([]);
  });
  it('names the id that has no words', () => {
    const { quiz: _dropped, ...rest } = complete;
    expect(messages(rest)).toEqual([
      expect.stringMatching(/^storage\.quiz is missing: every id in src\/lib\/storage\/registry\.ts/),
    ]);
  });
  it('names an id the registry does not have', () => {
    expect(messages({ ...complete, cookies: words })).toEqual([
      expect.stringMatching(/^storage\.cookies is not an id in src\/lib\/storage\/registry\.ts; the ids are theme, /),
    ]);
  });
  it('wants a label, an inSentence and a description, and nothing else', () => {
    expect(messages({ ...complete, theme: { label: 'Theme', description: 'Light or dark.' } }).length).toBeGreaterThan(
      0,
    );
    expect(messages({ ...complete, theme: { ...words, extra: 'x' } }).length).toBeGreaterThan(0);
  });
  it('stops the whole file when an id is missing', () => {
    const raw = rawSiteWords();
    const { theme: _dropped, ...storage } = raw.storage as Record<string, unknown>;
    const result = siteWordsSchema.safeParse({ ...raw, storage });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['storage', 'theme'] });
  });
});
