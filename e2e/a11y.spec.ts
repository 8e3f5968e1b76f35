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

for (const theme of ['light', 'dark'] as const) {
  test(`axe: /your-data/ with stored items, the erase question and an opened file (${theme} theme)`, async ({
    page,
  }) => {
    await seedStorage(page, { theme, purpose: { v: 1, purpose: 'brand' } });
    await page.goto('/your-data/');
    await expect(page.getByText('This site keeps 2 items in this browser.')).toBeVisible();
    await page.getByRole('button', { name: 'Erase everything' }).click();
    const items = { theme: 'light', purpose: { v: 1, purpose: 'social' }, quiz: { v: 1, step: 'x' } };
    await page.getByLabel('Open a data file').setInputFiles({
      name: 'mine.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'upproach-data', version: 1, site: 'UPPROACH', items })),
    });
    await expect(page.getByRole('heading', { name: 'What mine.json holds' })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  });
}
