import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, readPdf, scrollThrough, sitemapPaths, test } from './fixtures';

const dist = process.env.E2E_DIST ?? 'dist';
const articlePaths = [
  '/articles/is-there-a-purpose-behind-your-networking/',
  '/articles/you-received-a-promotion-what-about-your-network/',
];

test('the sitemap lists every page, and every page loads cleanly with a title, h1 and description', async ({
  page,
}) => {
  const paths = await sitemapPaths(page);
  for (const p of ['/', '/articles/', '/about/', '/tools/', ...articlePaths]) expect(paths).toContain(p);
  expect(paths.some((p) => p.includes('404'))).toBe(false);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    expect((await page.title()).length, path).toBeGreaterThan(5);
    const description = await page.locator('meta[name=description]').getAttribute('content');
    expect(description?.length ?? 0, path).toBeGreaterThan(50);
    expect(description?.length ?? 0, path).toBeLessThanOrEqual(160);
    await expect(page.locator('link[rel=canonical]'), path).toHaveAttribute('href', new RegExp(`${path}$`));
    await expect(page.getByRole('main')).toBeVisible();
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body, path).not.toMatch(/\b(?:NaN|undefined|Infinity)\b|\[object Object\]/);
  }
});

test.describe('not found', () => {
  test.use({ allowConsole: [/status of 404/] });
  test('a missing page gets a useful 404', async ({ page }) => {
    const response = await page.goto('/this-page-does-not-exist/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('main').getByRole('link', { name: 'home page' })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /Is There a Purpose/ })).toBeVisible();
    await expect(page.locator('meta[name=robots]')).toHaveAttribute('content', 'noindex');
    // it is served at any missing address, so it names none as its own
    await expect(page.locator('link[rel=canonical], meta[property="og:url"]')).toHaveCount(0);
  });
});

test('the home page introduces UPPROACH, both articles and the three tools', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('do it better');
  const main = page.getByRole('main');
  for (const name of [/Is There a Purpose/, /You Received a Promotion/])
    await expect(main.getByRole('link', { name })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Tools' }).getByRole('listitem')).toHaveCount(3);
});

test('keyboard: on every page the skip link comes first and Tab reaches every link and control, tools included', async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const path of await sitemapPaths(page)) {
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' }), path).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.goto(path);
    await scrollThrough(page); // hydrate every island: their controls are disabled until then
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('body').focus();
    // what a keyboard user should reach: every visible link and enabled control, a radio group once
    // each target is tagged with a number (a radio group shares its name), so the count holds
    // even when an island re-renders around it
    const targets = await page.evaluate(() => {
      const els = [
        ...document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea'),
      ].filter(
        (el) =>
          el.offsetParent !== null &&
          !(el as HTMLButtonElement).disabled &&
          el.getAttribute('tabindex') !== '-1' &&
          !(el instanceof HTMLInputElement && el.type === 'hidden'),
      );
      const keys = new Map<string, string>();
      els.forEach((el, i) => {
        const k = el instanceof HTMLInputElement && el.type === 'radio' ? `radio:${el.name}` : String(i);
        el.dataset.kb = k;
        if (!keys.has(k)) keys.set(k, el.outerHTML.slice(0, 100));
      });
      return [...keys].map(([k, what]) => ({ k, what }));
    });
    const reached = new Set<string>();
    for (let i = 0; i < 1500 && reached.size < targets.length; i++) {
      await page.keyboard.press('Tab');
      const k = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.kb ?? null);
      if (k !== null) reached.add(k);
    }
    expect(
      targets.filter((t) => !reached.has(t.k)).map((t) => t.what),
      path,
    ).toEqual([]);
  }
});

test('focus is visible on links and buttons', async ({ page }) => {
  await page.goto('/about/');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).toBe('solid');
});

test('theme: follows the system, the toggle switches and is remembered across reloads', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/about/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.reload();
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // a toggle keeps its name; only its pressed state changes
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Light theme' })).toHaveCount(0);
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
  await page.goto('/articles/');
  await expect(html).toHaveAttribute('data-theme', 'dark');
});

test('no flash of the wrong theme: the stored theme is applied before the body is parsed', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('upproach:theme', 'dark');
    new MutationObserver((_, obs) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset.theme;
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
});

test('pages without islands ship no JavaScript but the inline theme script (< 1 KB)', async ({ page }) => {
  for (const path of ['/', '/articles/', '/about/', '/tools/']) {
    await page.goto(path);
    const scripts = await page.$$eval('script', (els) =>
      els.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type'), size: s.textContent?.length ?? 0 })),
    );
    const executable = scripts.filter((s) => s.type !== 'application/ld+json');
    expect(executable, path).toHaveLength(1);
    expect(executable[0]!.src, path).toBeNull();
    expect(executable[0]!.size, path).toBeLessThan(1024);
    expect(await page.$$eval('astro-island', (els) => els.length), path).toBe(0);
  }
});

test('RSS is valid XML and lists both articles with absolute links', async ({ page }) => {
  const xml = await (await page.request.get('/rss.xml')).text();
  await page.goto('/');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    if (doc.querySelector('parsererror')) return null;
    const self = doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'link')[0];
    return {
      self: self ? { href: self.getAttribute('href'), rel: self.getAttribute('rel') } : null,
      list: [...doc.querySelectorAll('item')].map((i) => ({
        title: i.querySelector('title')?.textContent,
        link: i.querySelector('link')?.textContent,
      })),
    };
  }, xml);
  expect(parsed).not.toBeNull();
  // the feed names its own absolute address
  expect(parsed!.self?.rel).toBe('self');
  expect(new URL(parsed!.self!.href!).pathname).toBe('/rss.xml');
  const items = parsed!.list;
  expect(items.map((i) => new URL(i.link!).pathname)).toEqual(articlePaths);
  expect(items[0]!.title).toBe('Is There a Purpose Behind Your Networking?');
  expect(xml).not.toContain('<pubDate>');
});

test('the sitemap is valid XML with absolute URLs', async ({ page }) => {
  await page.goto('/');
  for (const file of ['/sitemap-index.xml', '/sitemap-0.xml']) {
    const xml = await (await page.request.get(file)).text();
    const ok = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return (
        !doc.querySelector('parsererror') &&
        [...doc.querySelectorAll('loc')].every((l) => /^https?:\/\//.test(l.textContent ?? ''))
      );
    }, xml);
    expect(ok, file).toBe(true);
  }
});

test('robots.txt allows crawling and names the sitemap by its absolute address', async ({ page }) => {
  const response = await page.request.get('/robots.txt');
  expect(response.status()).toBe(200);
  const text = await response.text();
  expect(text).toMatch(/^User-agent: \*$/m);
  const sitemap = /^Sitemap: (\S+)$/m.exec(text)?.[1];
  expect(sitemap && new URL(sitemap).pathname).toBe('/sitemap-index.xml');
  expect((await page.request.get(new URL(sitemap!).pathname)).status()).toBe(200);
});

test('responsive: no horizontal scrolling at 320 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/', ...articlePaths, '/about/', '/tools/']) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  // the header keeps two rows on a phone; the toggle shows "Dark" and keeps its whole name
  const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
  await expect(toggle).toBeVisible();
  await expect(toggle).toHaveText(/Dark/);
  expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(110);
});

test('print: an article prints as clean text with its URL and no navigation', async ({ page }) => {
  await page.goto(articlePaths[1]!);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('button', { name: /theme/ })).toBeHidden();
  await expect(page.locator('.toc')).toBeHidden();
  await expect(page.locator('.print-only').first()).toContainText(articlePaths[1]!);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(255, 255, 255)');
});

test('print: the tools in an article print as pointers to their own pages, not as empty forms', async ({ page }) => {
  await page.goto(articlePaths[0]!);
  await scrollThrough(page); // hydrate both islands, as a reader who scrolled would have
  await expect(page.locator('[data-tool] [data-hydrated="true"]')).toHaveCount(2);
  const { text, pages } = readPdf(await page.pdf({ format: 'A4' }));
  const flat = text.replace(/\s+/g, ' ');
  // the article's own words, and each tool's title with its page's address
  expect(flat).toContain('Is There a Purpose Behind Your Networking?');
  for (const tool of ['purpose-quiz', 'network-size']) {
    expect(flat).toMatch(new RegExp(`use it at http\\S*/tools/${tool}/`));
  }
  // nothing of the forms: the quiz's start button, the estimator's fields and empty tables
  for (const word of ['Start the quiz', 'Choose a method', 'no answer yet', 'Your data: see or erase']) {
    expect(flat, word).not.toContain(word);
  }
  // the text alone: the article runs to a handful of pages, not a dozen
  expect(pages).toBeLessThanOrEqual(7);
});

test('the built output has no source maps or stray files', async () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dist);
  expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
  expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain('Page not found');
});

/** width and height from a PNG's header (the IHDR chunk), or null when the file is not a PNG */
function pngSize(file: string): { width: number; height: number } | null {
  const head = readFileSync(file).subarray(0, 24);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!head.subarray(0, 8).equals(signature) || head.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

test('every page in the sitemap names a 1200×630 og:image that exists in the build, with its alt text and a large card', async ({
  page,
}) => {
  test.setTimeout(120_000); // every page, twice for the articles and tools
  const previews = ['social', 'career', 'resource', 'strategic', 'brand'].map((p) => `/tools/purpose-quiz/${p}/`);
  // the quiz's preview pages are kept out of the sitemap, and checked here too
  const paths = [...(await sitemapPaths(page)), '/404.html', ...previews];
  expect(paths.filter((p) => previews.includes(p))).toHaveLength(previews.length);
  const images = new Set<string>();
  for (const path of paths) {
    await page.goto(path);
    const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
    const image = await meta('og:image');
    expect(image, path).toMatch(/^https?:\/\/[^/]+\/og\/.+\.png$/);
    const file = join(dist, new URL(image!).pathname);
    expect(statSync(file, { throwIfNoEntry: false })?.isFile(), `${path}: ${file}`).toBe(true);
    const size = pngSize(file);
    expect(size, path).toEqual({ width: 1200, height: 630 });
    expect(await meta('og:image:width'), path).toBe(String(size!.width));
    expect(await meta('og:image:height'), path).toBe(String(size!.height));
    expect((await meta('og:image:alt'))?.length ?? 0, path).toBeGreaterThan(20);
    await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', 'summary_large_image');
    images.add(image!);
  }
  // articles and tools have their own image
  for (const p of [...articlePaths, '/tools/purpose-quiz/', '/tools/network-size/', '/tools/promotion-checklist/']) {
    await page.goto(p);
    await expect(page.locator('meta[property="og:image"]'), p).toHaveAttribute(
      'content',
      new RegExp(`/og${p.replace(/\/$/, '')}\\.png$`),
    );
  }
  expect(images.size).toBeGreaterThanOrEqual(11);
});

test.describe('without JavaScript: nothing claims to be in progress or asks for what cannot happen', () => {
  test.use({ javaScriptEnabled: false });

  test('Your data lists what may be kept, with no “Reading…” or “Checking…” that never resolves', async ({ page }) => {
    await page.goto('/your-data/');
    await expect(page.getByText(/JavaScript/).first()).toBeVisible();
    // the island's server render is on the page, but hidden while scripting is off
    const waiting = [page.getByText('Reading what this browser keeps'), page.getByText('Checking…')];
    for (const text of waiting) {
      expect(await text.count()).toBeGreaterThan(0);
      for (const one of await text.all()) await expect(one).toBeHidden();
    }
    await expect(page.getByRole('button', { name: 'Erase everything' })).toBeHidden();
  });

  for (const path of ['/tools/network-size/', '/articles/is-there-a-purpose-behind-your-networking/']) {
    test(`the estimator neither guesses at the quiz nor asks for changes its switched-off fields cannot take (${path})`, async ({
      page,
    }) => {
      await page.goto(path);
      const estimator = page.locator('.estimator');
      for (const text of [/You have not taken the/, /Change the numbers to see/]) {
        const found = estimator.getByText(text);
        expect(await found.count(), String(text)).toBe(1);
        await expect(found).toBeHidden();
      }
      // what it can say without JavaScript stays
      await expect(
        estimator.getByText('A message you post reaches your connections, then theirs if it is passed on.'),
      ).toBeVisible();
    });
  }
});
