import { describe, expect, it } from 'vitest';
import { storageEntries, storageRegistry } from '../../../src/lib/storage/registry';

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
  it('describes every entry for the "Your data" page', () => {
    for (const e of storageEntries) {
      expect(e.label.length).toBeGreaterThan(2);
      expect(e.description.length).toBeGreaterThan(10);
    }
  });
  it('uses the theme key that the inline theme script uses', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('src/scripts/theme.js', 'utf8')).toContain(`'${storageRegistry.theme.key}'`);
  });
});
