import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ogCacheKey, renderOgImage } from '@/render/og-image';
import type { OgCard } from '@/lib/og/card';

const card: OgCard = { path: '/og/articles/a.png', kicker: 'Article', title: 'A title', details: ['By someone'] };
const PNG = [0x89, 0x50, 0x4e, 0x47];
const dirs: string[] = [];
function cacheDir() {
  const dir = mkdtempSync(join(tmpdir(), 'og-cache-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('renderOgImage', () => {
  it('renders a PNG once and reads it back from the cache the next time', async () => {
    const dir = cacheDir();
    const first = await renderOgImage(card, { OG_CACHE_DIR: dir });
    expect([...first.subarray(0, 4)]).toEqual(PNG);
    expect(readdirSync(dir)).toEqual([`${ogCacheKey(card)}.png`]);
    // a kept image is returned as kept: mark it and see the mark come back
    const file = join(dir, `${ogCacheKey(card)}.png`);
    const marked = Buffer.from(first);
    marked[20] = marked[20]! ^ 0xff;
    writeFileSync(file, marked);
    expect(Buffer.from(await renderOgImage(card, { OG_CACHE_DIR: dir })).equals(marked)).toBe(true);
  });

  it.each([
    ['empty', Buffer.alloc(0)],
    ['cut short', (png: Uint8Array) => Buffer.from(png).subarray(0, 100)],
    ['not a PNG', Buffer.from('<html>not an image</html>')],
  ])('renders again over a kept file that is %s, and keeps the good one', async (_name, damage) => {
    const dir = cacheDir();
    const good = Buffer.from(await renderOgImage(card, { OG_CACHE_DIR: dir }));
    const file = join(dir, `${ogCacheKey(card)}.png`);
    writeFileSync(file, typeof damage === 'function' ? damage(good) : damage);
    expect(Buffer.from(await renderOgImage(card, { OG_CACHE_DIR: dir })).equals(good)).toBe(true);
    expect(readFileSync(file).equals(good)).toBe(true);
  });

  it('keeps nothing when the cache is off', async () => {
    const dir = cacheDir();
    const png = await renderOgImage(card, { OG_CACHE: 'off', OG_CACHE_DIR: dir });
    expect([...png.subarray(0, 4)]).toEqual(PNG);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('ogCacheKey', () => {
  it('changes with anything on the card and stays the same for the same card', () => {
    const key = ogCacheKey(card);
    expect(ogCacheKey({ ...card })).toBe(key);
    expect(ogCacheKey({ ...card, title: 'Another title' })).not.toBe(key);
    expect(ogCacheKey({ ...card, kicker: 'Tool' })).not.toBe(key);
    expect(ogCacheKey({ ...card, details: [] })).not.toBe(key);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
  });
});
