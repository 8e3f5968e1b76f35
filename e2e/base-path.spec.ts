import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brokenLinks, htmlFiles } from '../scripts/site-files.mjs';
import { expect, test } from './fixtures';

// The site must work from a sub-path, as on a GitHub Pages project site.
const out = 'dist-base-test';
const base = '/upproach/';

test('the site builds under a base path and every link and asset stays under it', () => {
  test.setTimeout(240_000);
  const build = spawnSync('astro', ['build', '--outDir', out], {
    env: { ...process.env, BASE_PATH: base, SITE_URL: 'https://example.github.io' },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  expect(brokenLinks(out, base)).toEqual([]);
  const escaping: string[] = [];
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url)="(\/[^"]*)"/g)) {
      if (!m[1]!.startsWith(base)) escaping.push(`${file}: ${m[1]}`);
    }
    for (const m of html.matchAll(/<link rel="canonical" href="([^"]+)"/g)) {
      if (!m[1]!.startsWith(`https://example.github.io${base}`)) escaping.push(`${file}: canonical ${m[1]}`);
    }
  }
  expect(escaping).toEqual([]);
  const sitemap = readFileSync(`${out}/sitemap-0.xml`, 'utf8');
  expect(sitemap).toContain(`https://example.github.io${base}articles/`);
  const rss = readFileSync(`${out}/rss.xml`, 'utf8');
  expect(rss).toContain(`https://example.github.io${base}articles/is-there-a-purpose-behind-your-networking/`);
});
