import AxeBuilder from '@axe-core/playwright';
import { axeTags, builtPages, expect, scrollThrough, seedStorage, test } from './fixtures';

for (const theme of ['light', 'dark'] as const) {
  for (const path of builtPages()) {
    test(`axe: ${path} has no WCAG 2.2 AA violation (${theme} theme)`, async ({ page }) => {
      await seedStorage(page, { theme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await scrollThrough(page); // lazily hydrated islands are checked hydrated too
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    });
  }
}
