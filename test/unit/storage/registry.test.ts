import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';

describe('storage registry', () => {
  it('gives every entry its own key under the site prefix, and every tool key the version its data carries', () => {
    const keys = Object.values(storageRegistry).map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of Object.values(storageRegistry)) {
      expect(entry.key).toMatch(/^upproach:[a-z-]+(?::v\d+)?$/);
      // upproach:x:v1 holds {"v":1,…}, so an incompatible change can start fresh
      if ('version' in entry) expect(entry.key).toMatch(new RegExp(`:v${entry.version}$`));
    }
  });
  it('uses the theme key that the inline theme script uses', () => {
    expect(readFileSync('src/scripts/theme.js', 'utf8')).toContain(`'${storageRegistry.theme.key}'`);
  });
});
