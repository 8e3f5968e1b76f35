/**
 * Installable and offline: after one visit to the home page, every page of the sitemap and every
 * preview page of the quiz opens without a network, and its tools work, also from a base path.
 * A new version is announced in the open page and applied only when the reader presses the
 * button. Chromium finds nothing that keeps the site from being installed.
 */
import AxeBuilder from '@axe-core/playwright';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/chromium.mjs';
import { previewPath, previewPurposes } from '../src/tools/quiz/preview';
import { paths } from '../src/lib/content/paths';
import { updateWords } from '../src/offline/words';
import { axeTags, expect, scrollThrough, sitemapPaths, test } from './fixtures';
import { buildSite, CHANGED_WORD, serveSites } from './offline-server';

/** the page at `path` (under the base path) once the service worker controls it */
async function controlled(page: Page, path: string) {
  await page.goto(path);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

const startQuiz = async (island: Locator) => {
  await island.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(island.locator('legend')).toContainText('Question 1 of');
};
const countCircle = async (island: Locator) => {
  await island.getByLabel('1. Support clique', { exact: true }).fill('5');
  await expect(island.locator('[data-result="circles"]')).toContainText('5 people');
};

/** Each kind of island answers a reader's first action, as it does online. */
const responds: Record<string, (island: Locator) => Promise<void>> = {
  // in the article; on the tools' own pages, the same tools with the reader's people
  QuizIsland: startQuiz,
  QuizPeopleIsland: startQuiz,
  EstimatorIsland: countCircle,
  EstimatorPeopleIsland: countCircle,
  ChecklistIsland: async (island) => {
    // a controlled checkbox, switched on once hydrated: it keeps what the reader sets
    const box = island.locator('input[id$="-new-to-networking"]');
    const was = await box.isChecked();
    await box.setChecked(!was);
    await expect(box).toBeChecked({ checked: !was });
    await box.setChecked(was);
    await expect(box).toBeChecked({ checked: was });
  },
  PeopleIsland: async (island) => {
    // the browser's own database works offline: a person added by hand is listed
    await island.getByRole('button', { name: 'Add a person' }).click();
    const form = island.getByRole('form', { name: 'Add a person' });
    await form.getByLabel('Name', { exact: true }).fill('Mary Jones');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(island.getByRole('list', { name: 'People, sorted by name' })).toContainText('Mary Jones');
  },
  YourData: async (island) => {
    await island.getByRole('button', { name: 'Download my data' }).click();
    await expect(island.getByText(/^(Downloaded .+\.|There is nothing to download; .+)$/)).toBeVisible();
  },
};

/** Opens every page while offline: each loads, and every island on it hydrates and responds. */
async function everyPageOffline(page: Page, base: string) {
  await page.goto(base); // the sitemap is read while online: the test's reading, not the reader's
  const pages = [
    ...(await sitemapPaths(page)),
    ...previewPurposes.map((purpose) => `${base}${previewPath(paths.tool('purpose-quiz'), purpose)}`),
  ];
  expect(pages.length).toBeGreaterThan(10);
  await controlled(page, base);
  await page.context().setOffline(true);
  // offline for real: what the worker does not hold (a link-preview image) does not load; asked
  // from a page of its own, as the failure is expected
  const probe = await page.context().newPage();
  await probe.goto(base);
  const preview = await probe.evaluate(
    (url) =>
      fetch(url).then(
        (res) => res.status,
        () => 'failed',
      ),
    `${base}og/home.png`,
  );
  expect(preview).toBe('failed');
  await probe.close();
  for (const path of pages) {
    await test.step(path, async () => {
      const response = await page.goto(path);
      expect(response?.ok(), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await scrollThrough(page);
      for (const island of await page.locator('astro-island').all()) {
        const url = (await island.getAttribute('component-url')) ?? '';
        const name = Object.keys(responds).find((n) => url.includes(`/${n}.`));
        expect(name, `${path}: an island of a known kind (${url})`).toBeDefined();
        await responds[name!]!(island);
      }
      // the next page starts as a first visit does: with nothing stored
      await page.evaluate(() => localStorage.clear());
    });
  }
}

test('after one visit to the home page, every page and tool works offline', async ({ page }) => {
  test.setTimeout(120_000);
  await everyPageOffline(page, '/');
});

test('Chromium reports nothing that keeps the site from being installed', async ({ baseURL }) => {
  // an incognito profile (Playwright's usual context) can never install: a profile on disk can
  const profile = mkdtempSync(join(tmpdir(), 'upproach-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumArgs,
    baseURL,
  });
  try {
    const page = await context.newPage();
    await controlled(page, '/');
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the registration script is a file from the site, and the worker precaches no link-preview image', async ({
  page,
}) => {
  await page.goto('/');
  const scripts = await page
    .locator('script[src]')
    .evaluateAll((els) => els.map((el) => new URL((el as HTMLScriptElement).src).origin === location.origin));
  expect(scripts).toEqual([true]);
  const sw = await (await page.request.get('/sw.js')).text();
  expect(sw).toContain('"index.html"');
  expect(sw).toContain('"tools/purpose-quiz/brand/index.html"');
  expect(sw).not.toMatch(/og\/[^"]*\.png/);
  expect(sw, 'no run-time caching: only what the build wrote').not.toMatch(
    /registerRoute\([^)]*CacheFirst|NetworkFirst|StaleWhileRevalidate/,
  );
});

test('Your data says how to move data between a computer and a phone', async ({ page }) => {
  await page.goto('/your-data/');
  await expect(page.getByRole('main')).toContainText(
    /between a computer and a phone, download the file on one and open it/,
  );
});

test.describe('from a base path, and a new version', () => {
  test.describe.configure({ mode: 'serial' }); // one server, one pair of builds
  const base = '/sub/';
  const server = serveSites(base);
  test.use({ baseURL: `${server.origin}${base}` });
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    server.sites.push(buildSite(base, 'dist-offline-sub'));
    server.sites.push(buildSite(base, 'dist-offline-next', { changeWord: true }));
    await server.start();
  });
  test.afterAll(() => server.stop());

  test('every page and tool works offline under the base path', async ({ page }) => {
    test.setTimeout(120_000);
    server.serve(0);
    await everyPageOffline(page, base);
  });

  test('a new version is announced in the open page and applied only when the reader says so', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000);
    server.serve(0);
    await controlled(page, base);
    const firstWord = (p: Page) =>
      p
        .getByRole('heading', { level: 1 })
        .textContent()
        .then((t) => t!.split(' ')[0]);
    const before = await firstWord(page);
    // the reader is in the middle of an edit when the new version arrives
    await page.goto(`${base}tools/network-size/`);
    await expect(page.locator('.estimator')).toHaveAttribute('data-hydrated', 'true');
    const field = page.getByLabel('1. Support clique', { exact: true });
    await field.fill('7');
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    server.serve(1);
    // the reader comes back to the page: it checks for a new version
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    const notice = page.locator('[aria-live="polite"]').filter({ hasText: updateWords.ready });
    await expect(notice).toBeVisible();
    const apply = notice.getByRole('button', { name: updateWords.apply });
    await expect(apply).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveValue('7');
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    // readable and usable in both themes and on a 320 px screen, without a sideways scroll
    await page.setViewportSize({ width: 320, height: 640 });
    for (const theme of ['light', 'dark']) {
      if ((await page.locator('html').getAttribute('data-theme')) !== theme)
        await page.locator('[data-theme-toggle]').first().click();
      const { violations } = await new AxeBuilder({ page }).include('.store-notice').withTags(axeTags).analyze();
      expect(violations, theme).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const box = (await apply.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(24);
    }
    await field.focus();
    // another page opened now still gets the version the reader has, with the same notice
    const other = await context.newPage();
    await other.goto(base);
    expect(await firstWord(other)).toBe(before);
    await expect(other.getByRole('button', { name: updateWords.apply })).toBeVisible();
    // the reader chooses: this page reloads with the new version, and what was entered stays
    await Promise.all([page.waitForEvent('load'), apply.click()]);
    await expect(page.getByRole('button', { name: updateWords.apply })).toHaveCount(0);
    await expect(field).toHaveValue('7');
    await page.goto(base);
    expect(await firstWord(page)).toBe(CHANGED_WORD);
    expect(before).not.toBe(CHANGED_WORD);
    // the other page was not reloaded under its reader
    expect(await firstWord(other)).toBe(before);
  });
});
