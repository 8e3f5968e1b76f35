import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brokenLinks, expect, htmlFiles, test } from './fixtures';

// The site must work from a sub-path, as on a GitHub Pages project site.
const out = 'dist-base-test';
const base = '/upproach/';
const site = 'https://example.github.io';

test('the site builds under a base path and every link and asset stays under it', () => {
  test.setTimeout(240_000);
  const build = spawnSync('astro', ['build', '--outDir', out], {
    env: { ...process.env, BASE_PATH: base, SITE_URL: site },
    encoding: 'utf8',
  });
  expect(build.status, build.stderr).toBe(0);
  expect(brokenLinks(out, base)).toEqual([]);
  const escaping: string[] = [];
  for (const file of htmlFiles(out)) {
    const html = readFileSync(file, 'utf8');
    for (const [, url] of html.matchAll(/\s(?:href|src|component-url|renderer-url|before-hydration-url)="(\/[^"]*)"/g))
      if (!url!.startsWith(base)) escaping.push(`${file}: ${url}`);
    for (const [, url] of html.matchAll(/<link rel="canonical" href="([^"]+)"/g))
      if (!url!.startsWith(`${site}${base}`)) escaping.push(`${file}: canonical ${url}`);
  }
  expect(escaping).toEqual([]);
  expect(readFileSync(`${out}/sitemap-0.xml`, 'utf8')).toContain(`${site}${base}articles/`);
  expect(readFileSync(`${out}/rss.xml`, 'utf8')).toContain(
    `${site}${base}articles/is-there-a-purpose-behind-your-networking/`,
  );
});
