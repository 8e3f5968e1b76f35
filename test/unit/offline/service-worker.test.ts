import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { getManifest } from 'workbox-build';
import { afterAll, describe, expect, it } from 'vitest';
import { serviceWorkerOptions } from '../../../integrations/offline.mjs';

/** a built site in miniature: one file of each kind the build writes */
const files = [
  'index.html',
  'tools/purpose-quiz/brand/index.html',
  '404.html',
  '_astro/QuizIsland.abc123.js',
  '_astro/BaseLayout.abc123.css',
  '_astro/font.abc123.woff2',
  'favicon.svg',
  'icons/icon-192.png',
  'manifest.webmanifest',
  'og/home.png',
  'og/tools/purpose-quiz/brand.png',
  'rss.xml',
  'sitemap-0.xml',
  'robots.txt',
  '_headers',
  'sw.js',
];
const dist = mkdtempSync(join(tmpdir(), 'upproach-sw-'));
for (const file of files) {
  mkdirSync(dirname(join(dist, file)), { recursive: true });
  writeFileSync(join(dist, file), file);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('the service worker', () => {
  it('precaches every page, script, style, font and icon, and the manifest, but no link-preview image', async () => {
    const { globDirectory, globPatterns, globIgnores } = serviceWorkerOptions(dist);
    const { manifestEntries } = await getManifest({ globDirectory, globPatterns, globIgnores });
    expect(manifestEntries!.map((e) => e.url).sort()).toEqual(
      [
        '404.html',
        '_astro/BaseLayout.abc123.css',
        '_astro/QuizIsland.abc123.js',
        '_astro/font.abc123.woff2',
        'favicon.svg',
        'icons/icon-192.png',
        'index.html',
        'manifest.webmanifest',
        'tools/purpose-quiz/brand/index.html',
      ].sort(),
    );
  });

  it('caches nothing at run time, so nothing a reader typed is ever kept by it', () => {
    expect(serviceWorkerOptions(dist)).not.toHaveProperty('runtimeCaching');
  });

  it('lets a new version wait for the reader, and serves a page whatever its query string', () => {
    const options = serviceWorkerOptions(dist);
    expect(options.skipWaiting).toBe(false);
    expect(options.ignoreURLParametersMatching.some((re) => re.test('anything'))).toBe(true);
  });
});
