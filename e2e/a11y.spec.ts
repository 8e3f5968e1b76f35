import AxeBuilder from '@axe-core/playwright';
import { axeTags as tags, expect, scrollThrough, seedStorage, sitemapPaths, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  test(`axe: every sitemap URL and the 404 page have no WCAG 2.2 AA violations (${theme} theme)`, async ({ page }) => {
    test.setTimeout(120_000);
    await seedStorage(page, { theme }, { everyLoad: true });
    const paths = [...(await sitemapPaths(page)), '/404.html'];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // bring lazily hydrated islands into view so they are checked hydrated too
      await scrollThrough(page);
      const results = await new AxeBuilder({ page }).withTags(tags).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    }
  });
}
