/**
 * Shared e2e fixtures. Every test that imports `test` from here fails when the page logs a
 * console error or warning, throws, has a request fail, or sends any request to another
 * origin: the site must work without ever leaving its own origin.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { storageRegistry, type StorageId } from '../src/shared/storage/registry';

export interface PageProblems {
  console: string[];
  pageErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
}

export const test = base.extend<{ problems: PageProblems; allowConsole: RegExp[] }>({
  allowConsole: [[], { option: true }],
  problems: [
    async ({ page, baseURL, allowConsole }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const problems: PageProblems = { console: [], pageErrors: [], failedRequests: [], foreignRequests: [] };
      page.on('console', (msg) => {
        if (msg.type() !== 'error' && msg.type() !== 'warning') return;
        const text = msg.text();
        if (allowConsole.some((re) => re.test(text))) return;
        problems.console.push(`${msg.type()}: ${text}`);
      });
      page.on('pageerror', (err) => problems.pageErrors.push(err.message));
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return;
        if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
      });
      page.on('requestfailed', (req) => {
        const error = req.failure()?.errorText ?? '';
        // a request cut short because the test navigated on (e.g. the favicon) is not a failure
        if (error === 'net::ERR_ABORTED') return;
        problems.failedRequests.push(`${req.url()} ${error}`);
      });
      page.on('response', (res) => {
        // 404 is only expected for the deliberate not-found test, which allows it explicitly
        if (res.status() >= 400 && !res.url().includes('/this-page-does-not-exist')) {
          problems.failedRequests.push(`${res.url()} ${res.status()}`);
        }
      });
      await use(problems);
      expect(problems, 'page problems').toEqual({
        console: [],
        pageErrors: [],
        failedRequests: [],
        foreignRequests: [],
      });
    },
    { auto: true },
  ],
});

export { expect };

/** The built site the e2e tests run against (served by playwright.config.ts). */
export const dist = process.env.E2E_DIST ?? 'dist';

/** Every HTML file in a built site, as paths on disk. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort();
}

/** Every page of the built site, as the path it is served at: "/", "/about/", "/404.html". */
export function builtPages(dir = dist): string[] {
  return htmlFiles(dir).map((f) => `/${relative(dir, f).replace(/index\.html$/, '')}`);
}

/** The internal links and sources of a built site that lead nowhere, or to a #fragment no element has. */
export function brokenLinks(dir: string, base = '/'): string[] {
  const site = 'http://site.test';
  const problems: string[] = [];
  for (const file of htmlFiles(dir)) {
    const from = new URL(`${base}${relative(dir, file).replace(/index\.html$/, '')}`, site);
    for (const [, ref] of readFileSync(file, 'utf8').matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const url = new URL(ref!.replaceAll('&amp;', '&'), from);
      if (url.origin !== site) continue; // another site, or this one's absolute address (canonical, feed)
      const path = decodeURIComponent(url.pathname);
      const target = join(dir, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');
      if (!path.startsWith(base) || !existsSync(target) || !statSync(target).isFile())
        problems.push(`${from.pathname}: ${ref} is not a built file`);
      else if (url.hash && !readFileSync(target, 'utf8').includes(` id="${decodeURIComponent(url.hash.slice(1))}"`))
        problems.push(`${from.pathname}: ${ref} names no element`);
    }
  }
  return problems;
}

/** Every page URL the sitemap lists, as paths relative to the server root. */
export async function sitemapPaths(page: Page): Promise<string[]> {
  const index = await (await page.request.get('sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const paths: string[] = [];
  for (const sm of sitemaps) {
    const xml = await (await page.request.get(new URL(sm).pathname)).text();
    for (const m of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(new URL(m[1]!).pathname);
  }
  return paths;
}

/**
 * Brings every island into view, one after another as a reader scrolling down would, and waits
 * until all have hydrated. Headless Chromium may stop running animation frames under load, so
 * nothing here waits for one.
 */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      // an island is display: contents; its first element with a box is what the reader sees
      const box = [island, ...island.querySelectorAll('*')].find((e) => e.getClientRects().length > 0);
      box?.scrollIntoView({ block: 'center' });
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0, { timeout: 15_000 });
}

/** A printed PDF read back as a reader would see it: its text (pdftotext -layout) and page count. */
export function readPdf(pdf: Buffer): { text: string; pages: number } {
  const file = join(mkdtempSync(join(tmpdir(), 'upproach-pdf-')), 'printed.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('/usr/bin/pdfinfo', [file], { encoding: 'utf8' });
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) };
}

/** The WCAG 2.2 A and AA rules every axe check in the suite runs. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The localStorage key of a storage registry entry (src/shared/storage/registry.ts), never written by hand. */
export function storageKey(id: StorageId): string {
  return storageRegistry[id].key;
}

/**
 * Store values under storage registry entries before a page of the test loads: by default only
 * before the first load (a reload must show what the page itself saved), with `everyLoad`
 * before each one. A string is stored as it is (damaged JSON, say), any other value as JSON;
 * `others` are keys the site does not own.
 */
export async function seedStorage(
  page: Page,
  values: Partial<Record<StorageId, unknown>>,
  {
    others = {},
    everyLoad = false,
  }: { readonly others?: Readonly<Record<string, string>>; readonly everyLoad?: boolean } = {},
): Promise<void> {
  const entries: [string, string][] = [
    ...Object.entries(values).map(([id, value]): [string, string] => [
      storageKey(id as StorageId),
      typeof value === 'string' ? value : JSON.stringify(value),
    ]),
    ...Object.entries(others),
  ];
  // one marker per call, so that two calls in one test both seed
  const marker = everyLoad ? null : `seeded:${entries.map(([key]) => key).join(' ')}`;
  await page.addInitScript(
    ([pairs, once]) => {
      if (once !== null) {
        if (sessionStorage.getItem(once)) return;
        sessionStorage.setItem(once, '1');
      }
      for (const [key, value] of pairs) localStorage.setItem(key, value);
    },
    [entries, marker] as const,
  );
}

/** Opens a page with a tool (its own page or an article) and waits until the island has hydrated. */
export async function openTool(page: Page, path: string, island: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator(`${island}[data-hydrated]`).first()).toBeVisible();
}
