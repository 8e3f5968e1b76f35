import { applyCorrections, normalise, parseSeed } from '../test/support/seed';
import { expect, test } from './fixtures';

const articles = [
  { path: '/articles/is-there-a-purpose-behind-your-networking/', index: 0 },
  { path: '/articles/you-received-a-promotion-what-about-your-network/', index: 1 },
];

/** Text blocks of the published article, in order, leaving out tools, author box and navigation. */
async function publishedBlocks(page: import('@playwright/test').Page): Promise<string[]> {
  return page.$$eval('article.article-body :is(h1, h2, h3, p, li)', (els) =>
    els
      .filter((el) => !el.closest('.tool, .toc, .author-box, .corrections, .article-nav, .eyebrow, .byline, noscript'))
      .filter((el) => !el.matches('.eyebrow, .byline, .article-tools'))
      .map((el) => el.textContent ?? ''),
  );
}

for (const { path, index } of articles) {
  test(`${path} publishes every seed block in order`, async ({ page }) => {
    await page.goto(path);
    const seed = parseSeed()[index]!;
    const corrections = await page.$$eval('.corrections li', (lis) => lis.length);
    const listed = await page.$$eval('.corrections li', (lis) =>
      lis.map((li) => {
        const m = /“(.+)”\s*→?\s*became\s*“(.+)”/.exec((li.textContent ?? '').replace(/\s+/g, ' '));
        return { original: m?.[1] ?? '', corrected: m?.[2] ?? '' };
      }),
    );
    expect(listed.every((c) => c.original && c.corrected)).toBe(true);
    expect(listed).toHaveLength(corrections);
    const expected = [seed.title, ...applyCorrections(seed.blocks, listed)];
    const published = (await publishedBlocks(page)).map(normalise);
    expect(published).toEqual(expected);
  });
}

for (const { path } of articles) {
  test(`${path}: the embedded tools sit after the post's own text`, async ({ page }) => {
    await page.goto(path);
    const misplaced = await page.$$eval('article.article-body :is(h2, h3, p, li)', (els) => {
      const tools = [...document.querySelectorAll('article.article-body section.tool')];
      return els
        .filter((el) => !el.closest('.tool, .toc, .author-box, .corrections, .article-nav, noscript, header'))
        .filter((el) => tools.some((tool) => el.compareDocumentPosition(tool) & Node.DOCUMENT_POSITION_PRECEDING))
        .map((el) => (el.textContent ?? '').slice(0, 60));
    });
    expect(await page.locator('article.article-body section.tool').count()).toBeGreaterThan(0);
    expect(misplaced, 'text of the post after a tool').toEqual([]);
  });
}

test('the earlier posts the article names are plain titles, not links', async ({ page }) => {
  await page.goto(articles[0]!.path);
  for (const title of [
    'Operational Networks Enable You to Make Better Decisions',
    'Small Networks Equal Small Opportunities',
  ]) {
    const cite = page.locator('cite', { hasText: title });
    await expect(cite).toHaveCount(1);
    await expect(page.locator('a', { hasText: title })).toHaveCount(0);
  }
});

test('the author box text is the about page, not a copy under each article', async ({ page }) => {
  const box = parseSeed()[0]!.authorBox;
  await page.goto('/about/');
  const text = normalise((await page.locator('main').textContent()) ?? '');
  for (const paragraph of box) expect(text).toContain(paragraph);
  await page.goto(articles[1]!.path);
  const articleText = normalise((await page.locator('main').textContent()) ?? '');
  expect(articleText).not.toContain(box[2]!);
});

test('an article has a table of contents, reading time and previous/next links', async ({ page }) => {
  await page.goto(articles[0]!.path);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link', { name: 'Social Network' })).toHaveAttribute('href', '#social-network');
  await toc.getByRole('link', { name: 'Personal Brand Building Network' }).click();
  await expect(page).toHaveURL(/#personal-brand-building-network$/);
  await expect(page.locator('#personal-brand-building-network')).toBeInViewport();
  await expect(page.locator('.byline')).toContainText(/\d+ min read/);
  const next = page.getByRole('link', { name: /Next article/ });
  await expect(next).toHaveAttribute('href', articles[1]!.path);
  await next.click();
  await expect(page.getByRole('link', { name: /Previous article/ })).toHaveAttribute('href', articles[0]!.path);
});

test('article metadata: canonical, Open Graph and Article JSON-LD with the author', async ({ page }) => {
  await page.goto(articles[1]!.path);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', new RegExp(`${articles[1]!.path}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  const description = await page.locator('meta[name=description]').getAttribute('content');
  expect(description!.length).toBeLessThanOrEqual(160);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld['@type']).toBe('Article');
  expect(ld.headline).toBe(parseSeed()[1]!.title);
  expect(ld.author).toMatchObject({ '@type': 'Person', name: 'Tom Staskiewicz' });
  expect(ld).not.toHaveProperty('datePublished');
});

test('the about page describes the author as a Person with the page as his address', async ({ page }) => {
  await page.goto('/about/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld).toMatchObject({ '@type': 'Person', name: 'Tom Staskiewicz' });
  expect(new URL(ld.url).pathname).toBe('/about/');
  expect(ld.url).toBe(await page.locator('link[rel=canonical]').getAttribute('href'));
});

test('each article names the tools it embeds, and the links jump to them', async ({ page }) => {
  const expected = [
    { path: articles[0]!.path, tools: ['purpose-quiz', 'network-size'] },
    { path: articles[1]!.path, tools: ['promotion-checklist'] },
  ];
  for (const { path, tools } of expected) {
    await page.goto(path);
    const links = page.locator('.article-tools:not(.article-people) a');
    // and every article links to Your people, a tool of its own page
    await expect(page.locator('.article-people a')).toHaveAttribute('href', '/tools/your-people/');
    await expect(links).toHaveCount(tools.length);
    for (const [i, id] of tools.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', `#${id}`);
      await expect(page.locator(`section.tool#${id}`)).toHaveCount(1);
    }
  }
  await page.goto(articles[1]!.path);
  await page.locator('.article-tools:not(.article-people) a').first().click();
  await expect(page.locator('section.tool#promotion-checklist')).toBeInViewport();
});
