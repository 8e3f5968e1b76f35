import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { purposeIds } from '../src/purposes/ids';
import { loadPurposeModel } from '../test/support/purpose-model';
import { brokenLinks, builtPages, dist, expect, htmlFiles, scrollThrough, sitemapPaths, test } from './fixtures';

test('every built page is valid HTML (html-validate, recommended rules), and no source map is published', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of htmlFiles(dist))
    for (const r of (await validator.validateFile(file)).results)
      for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  expect(problems).toEqual([]);
  expect(readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.map'))).toEqual([]);
});

test('every internal link and #fragment resolves to a built page and an existing id', () => {
  expect(brokenLinks(dist)).toEqual([]);
  // the quiz makes its "Read about" links in the browser, where the check above never sees them
  const article = readFileSync(join(dist, 'articles/is-there-a-purpose-behind-your-networking/index.html'), 'utf8');
  const { purposes } = loadPurposeModel();
  expect(purposeIds.map((p) => purposes[p].anchor).filter((anchor) => !article.includes(` id="${anchor}"`))).toEqual(
    [],
  );
});

test('the link check does find a broken link and a missing fragment', () => {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  mkdirSync(join(dir, 'a'));
  writeFileSync(
    join(dir, 'a/index.html'),
    '<a href="/nope/">x</a><a href="/a/#gone">y</a><a href="#here">z</a><p id="here">',
  );
  expect(brokenLinks(dir)).toEqual(['/a/: /nope/ is not a built file', '/a/: /a/#gone names no element']);
});

test('the sitemap lists every page but the 404 and the quiz’s preview pages', async ({ page }) => {
  const listed = builtPages().filter((p) => p !== '/404.html' && !/^\/tools\/purpose-quiz\/./.test(p));
  expect((await sitemapPaths(page)).sort()).toEqual(listed.sort());
});

for (const path of builtPages()) {
  test(`${path}: strict CSP kept, nothing off-origin, title, description, canonical and preview image`, async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    expect((await page.goto(path))?.status()).toBe(200);
    const csp = (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content')) ?? '';
    for (const rule of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"])
      expect(csp).toContain(rule);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    await expect(page.locator('h1')).toHaveCount(1);
    expect((await page.title()).length).toBeGreaterThan(5);
    const description = (await page.locator('meta[name=description]').getAttribute('content')) ?? '';
    expect(description.length).toBeGreaterThan(path === '/404.html' ? 0 : 50); // the 404 page is not indexed
    expect(description.length).toBeLessThanOrEqual(160);
    // the 404 page is served at any missing address, so it names none as its own
    const canonical = page.locator('link[rel=canonical]');
    if (path === '/404.html') await expect(canonical).toHaveCount(0);
    else await expect(canonical).toHaveAttribute('href', new RegExp(`${path}$`));
    expect(await page.locator('body').textContent()).not.toMatch(/\b(?:NaN|undefined|Infinity)\b|\[object Object\]/);

    // articles, tools and the quiz's preview pages have their own image; other pages the home page's
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    const image = new URL((await meta('og:image'))!).pathname;
    expect(image).toBe(/^\/(articles|tools)\/./.test(path) ? `/og${path.slice(0, -1)}.png` : '/og/home.png');
    const png = readFileSync(join(dist, image));
    expect([png.toString('latin1', 1, 4), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(['PNG', 1200, 630]);
    expect([await meta('og:image:width'), await meta('og:image:height')]).toEqual(['1200', '630']);
    expect((await meta('og:image:alt'))?.length).toBeGreaterThan(20);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');

    await scrollThrough(page); // every island hydrated, under the same policy
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
}

test('dist/_headers carries the CSP with frame-ancestors and the other security headers', () => {
  const headers = readFileSync(`${dist}/_headers`, 'utf8');
  expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'/);
  expect(headers).toContain('X-Content-Type-Options: nosniff');
  expect(headers).toContain('Referrer-Policy: no-referrer');
  expect(headers).toMatch(/Permissions-Policy: .*camera=\(\)/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every page is readable and every tool says what it needs', async ({ page }) => {
    for (const path of builtPages()) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toBeVisible();
      // no button that could not work: the theme toggle needs JavaScript
      await expect(page.locator('[data-theme-toggle]'), path).toBeHidden();
      for (const tool of await page.locator('section.tool').all())
        expect(await tool.textContent(), `${path}: a tool explains it needs JavaScript`).toMatch(/JavaScript/);
    }
  });
});
