import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { purposeIds } from '../src/purposes/ids';
import { brokenLinks, htmlFiles, pageIds } from '../scripts/site-files.mjs';
import { loadPurposeModel } from '../test/support/purpose-model';
import { expect, scrollThrough, sitemapPaths, test } from './fixtures';

const dist = process.env.E2E_DIST ?? 'dist';

test('every built page is valid HTML (html-validate, recommended rules)', async () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems: string[] = [];
  for (const file of htmlFiles(dist)) {
    const report = await validator.validateFile(file);
    for (const r of report.results)
      for (const m of r.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every internal link and #fragment resolves to a built page and an existing id', () => {
  expect(brokenLinks(dist, '/')).toEqual([]);
});

test('every "Read about" link of the quiz names a heading id of the built article', () => {
  // the quiz makes these links in the browser, so the link check above never sees them
  const ids = pageIds(dist, '/articles/is-there-a-purpose-behind-your-networking/');
  const { purposes } = loadPurposeModel();
  const missing = purposeIds.map((p) => purposes[p].anchor).filter((anchor) => !ids.has(anchor));
  expect(
    missing,
    `anchors in src/content/purposes/purposes.yaml with no id in the article: ${missing.join(', ')}`,
  ).toEqual([]);
});

test('the link check does find a broken link and a missing fragment', () => {
  // guard against a check that cannot fail: a page with known-bad links
  const dir = `test-results/links-fixture`;
  spawnSync('mkdir', ['-p', `${dir}/a`]);
  spawnSync('sh', [
    '-c',
    `printf '<a href="/nope/">x</a><a href="/a/#missing">y</a><a href="#here">z</a><p id="here"></p>' > ${dir}/a/index.html`,
  ]);
  expect(brokenLinks(dir, '/')).toEqual([
    '/a/index.html: /nope/ does not resolve to a built file',
    '/a/index.html: /a/#missing has no element with id "missing"',
  ]);
});

test('RSS and sitemap list only real pages', async ({ page }) => {
  const paths = await sitemapPaths(page);
  const rss = await (await page.request.get('/rss.xml')).text();
  const rssPaths = [...rss.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
  for (const p of [...paths, ...rssPaths]) {
    expect((await page.request.get(p)).status(), p).toBe(200);
  }
});

test('every page has the strict CSP and nothing violates it, islands included', async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  for (const path of [...(await sitemapPaths(page)), '/404.html']) {
    await page.goto(path);
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).toContain("base-uri 'self'");
    expect(csp, path).toContain("form-action 'self'");
    expect(csp, path).not.toContain('unsafe-inline');
    expect(csp, path).not.toContain('unsafe-eval');
    await scrollThrough(page);
    const hydrated = await page.$$eval('astro-island', (els) => els.every((el) => !el.hasAttribute('ssr')));
    expect(hydrated, `${path}: every island hydrated`).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations), path).toEqual(
      [],
    );
  }
});

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
    for (const path of await sitemapPaths(page)) {
      await page.goto(path);
      await expect(page.locator('h1'), path).toBeVisible();
      // no button that could not work: the theme toggle needs JavaScript
      await expect(page.locator('[data-theme-toggle]'), path).toBeHidden();
      const tools = page.locator('section.tool');
      for (let i = 0; i < (await tools.count()); i++) {
        const text = (await tools.nth(i).textContent()) ?? '';
        expect(text, `${path}: tool ${i} explains it needs JavaScript`).toMatch(/JavaScript/);
      }
    }
  });
});

test('nothing leaves the site: every route makes only same-origin requests', async ({ page, problems }) => {
  for (const path of [...(await sitemapPaths(page)), '/404.html']) {
    await page.goto(path);
    await scrollThrough(page);
  }
  expect(problems.foreignRequests).toEqual([]);
});
