import { builtPages, expect, readPdf, scrollThrough, test } from './fixtures';

const articlePaths = [
  '/articles/is-there-a-purpose-behind-your-networking/',
  '/articles/you-received-a-promotion-what-about-your-network/',
];

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

test('the home page introduces UPPROACH, both articles and the four tools', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('do it better');
  const main = page.getByRole('main');
  for (const name of [/Is There a Purpose/, /You Received a Promotion/])
    await expect(main.getByRole('link', { name })).toBeVisible();
  await expect(main.getByRole('region', { name: 'Tools' }).getByRole('listitem')).toHaveCount(4);
});

for (const path of builtPages()) {
  test(`keyboard: on ${path} the skip link comes first and Tab reaches every link and control`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.goto(path);
    await scrollThrough(page); // hydrate every island: their controls are disabled until then
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
    expect(targets.filter((t) => !reached.has(t.k)).map((t) => t.what)).toEqual([]);
  });
}

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

test('the feed, the sitemap and robots.txt are valid and name this site’s absolute addresses', async ({ page }) => {
  await page.goto('/');
  /** a file parsed as XML in the browser: its elements' text (and Atom link attributes), or null when invalid */
  const read = async (file: string, selector: string) => {
    const text = await (await page.request.get(file)).text();
    return page.evaluate(
      ([xml, sel]) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        if (doc.querySelector('parsererror')) return null;
        return [...doc.querySelectorAll(sel)].map(
          (el) => el.textContent || `${el.getAttribute('rel')} ${el.getAttribute('href')}`,
        );
      },
      [text, selector] as const,
    );
  };
  const absolute = (urls: string[] | null) => urls?.map((u) => new URL(u.replace(/^self /, '')).pathname);
  expect(absolute(await read('/rss.xml', 'item > link'))).toEqual(articlePaths);
  expect(await read('/rss.xml', 'item:first-of-type > title')).toEqual(['Is There a Purpose Behind Your Networking?']);
  expect(await read('/rss.xml', 'pubDate')).toEqual([]);
  // the feed names its own absolute address
  expect(absolute(await read('/rss.xml', 'channel > link[rel="self"]'))).toEqual(['/rss.xml']);
  expect(absolute(await read('/sitemap-index.xml', 'loc'))).toEqual(['/sitemap-0.xml']);
  expect((await read('/sitemap-0.xml', 'loc'))?.every((u) => /^https?:\/\//.test(u))).toBe(true);
  const robots = await (await page.request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  expect(new URL(/^Sitemap: (\S+)$/m.exec(robots)![1]!).pathname).toBe('/sitemap-index.xml');
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

/**
 * The site's own words on every page: the header, footer, pages, cards, tool frames' surroundings
 * and Your data, leaving out the tools' islands (their own specs check them) and the author's
 * published text (faithful to the seed, with its own punctuation).
 */
async function siteBlocks(page: import('@playwright/test').Page): Promise<string[]> {
  return page.$$eval('body :is(p, li, h1, h2, h3, h4, summary, td, th, legend, label, title)', (els) =>
    els
      .filter(
        (el) =>
          !el.closest(
            '[data-tool], .article-content > :not(.author-box, .article-nav, .corrections), .corrections li, .author-box p:last-child, .author-bio',
          ),
      )
      .filter((el) => !el.querySelector('p, li'))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()),
  );
}

test('site-wide words: American English, the serial comma, and no sentence starting with a numeral', async ({
  page,
}) => {
  const british =
    /\b(colour|behaviour|favour|honour|organis|recognis|personalis|customis|summaris|centre|catalogue|travell|modell|judgement|programme|whilst|amongst|holidays|meals out)/i;
  // "A, B and C": a list of three or more whose last item has no comma before "and" (a sentence
  // that has already closed a list with ", and" is left alone; "or" is left out: "a step or two")
  const noSerialComma = (sentence: string) =>
    [
      ...sentence.matchAll(
        /, (?!(?:which|that|then|so|but|where|when|while)\b)(?:(?!and\b|or\b)[\w’-]+ ){0,3}[\w’-]+ and /g,
      ),
    ].some((m) => !/, (?:and|or)\b/.test(sentence.slice(0, m.index)));
  const problems: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    for (const block of await siteBlocks(page)) {
      if (british.test(block)) problems.push(`${path}: British spelling: ${block}`);
      for (const sentence of block.split(/(?<=[.!?])\s+/)) {
        if (noSerialComma(sentence)) problems.push(`${path}: no serial comma: ${sentence}`);
        if (/^\d/.test(sentence) && /[.!?]$/.test(sentence))
          problems.push(`${path}: starts with a numeral: ${sentence}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('the checklist has one name everywhere: “Promotion checklist”', async ({ page }) => {
  const name = 'Promotion checklist';
  const checklistPath = '/tools/promotion-checklist/';
  for (const path of ['/', '/tools/']) {
    await page.goto(path);
    await expect(page.getByRole('main').getByRole('link', { name, exact: true })).toHaveAttribute(
      'href',
      checklistPath,
    );
  }
  await page.goto(checklistPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page).toHaveTitle(`${name} · UPPROACH`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', name);
  await expect(page.locator('meta[property="og:image:alt"]')).toHaveAttribute('content', new RegExp(`\\. ${name}\\. `));
  await page.goto(articlePaths[1]!);
  await expect(page.locator('.article-tools a')).toHaveText([name, 'Your people']);
  await expect(page.locator('section.tool#promotion-checklist h2').first()).toHaveText(name);
  await page.goto('/your-data/');
  await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
  // and no other name for it on any page
  for (const path of builtPages()) {
    await page.goto(path);
    const text = (await page.locator('html').textContent()) ?? '';
    const meta = await page.$$eval('meta[content]', (ms) => ms.map((m) => m.getAttribute('content')).join(' '));
    expect(`${text} ${meta}`, path).not.toMatch(/network checklist/i);
  }
});

test('one timeline: the site describes the plan as the first 30–60 days, never “the 60 days after a promotion”', async ({
  page,
}) => {
  for (const path of builtPages()) {
    await page.goto(path);
    const meta = await page.$$eval('meta[content]', (ms) => ms.map((m) => m.getAttribute('content')).join(' '));
    const text = `${(await page.locator('html').textContent()) ?? ''} ${meta}`;
    expect(text, path).not.toMatch(/(?<!30[–-])\b60 days after/);
  }
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
