import { describe, expect, it } from 'vitest';
import { formatStored, inspectStorage } from '../../../src/tools/your-data/inspect';
import type { DescribedStorageEntry } from '../../../src/shared/storage/registry';

const entries: DescribedStorageEntry[] = [
  { id: 'quiz', key: 'upproach:a:v1', label: 'A', inSentence: 'a', description: 'First thing stored.' },
  { id: 'checklist', key: 'upproach:b:v1', label: 'B', inSentence: 'b', description: 'Second thing stored.' },
];

describe('formatStored', () => {
  it('indents JSON objects', () => {
    expect(formatStored('{"v":1,"x":[1]}')).toBe('{\n  "v": 1,\n  "x": [\n    1\n  ]\n}');
  });
  it('shows JSON strings without quotes and other text as it is', () => {
    expect(formatStored('"dark"')).toBe('dark');
    expect(formatStored('dark')).toBe('dark');
    expect(formatStored('{broken')).toBe('{broken');
  });
});

describe('inspectStorage', () => {
  it('reports stored and missing entries with their sizes in bytes', () => {
    const items = inspectStorage(entries, (k) => (k === 'upproach:a:v1' ? '{"name":"Zoë"}' : null));
    expect(items[0]).toMatchObject({ key: 'upproach:a:v1', label: 'A', bytes: 15 });
    expect(items[0]!.shown).toContain('Zoë');
    expect(items[1]).toMatchObject({ shown: null, bytes: 0 });
  });
  it('lists every entry, in order, with its key, words and what is stored', () => {
    const items = inspectStorage(entries, (k) => (k === 'upproach:b:v1' ? '"dark"' : null));
    expect(items).toStrictEqual([
      { key: 'upproach:a:v1', label: 'A', description: 'First thing stored.', shown: null, bytes: 0 },
      { key: 'upproach:b:v1', label: 'B', description: 'Second thing stored.', shown: 'dark', bytes: 6 },
    ]);
  });
  it('shows an empty stored text as stored, with no bytes', () => {
    expect(inspectStorage(entries.slice(0, 1), () => '')[0]).toMatchObject({ shown: '', bytes: 0 });
  });
  it('treats a storage that throws as empty', () => {
    const items = inspectStorage(entries, () => {
      throw new Error('SecurityError');
    });
    expect(items.map((i) => [i.shown, i.bytes])).toEqual([
      [null, 0],
      [null, 0],
    ]);
  });
});
