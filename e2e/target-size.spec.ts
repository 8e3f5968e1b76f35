/**
 * Target size (WCAG 2.2, 2.5.8 AA) on the site's shared parts, at 320 px: every link, button,
 * summary and form control a pointer can hit is at least 24 × 24 CSS pixels, unless it is a link
 * inside a sentence (the "inline" exception), whose size the line of text sets.
 *
 * The quiz, estimator and checklist islands are measured by their own specs; everything around
 * them (the tool's frame, the header, the footer, the theme switch, the articles, the tools index
 * and Your data) is measured here.
 */
import type { Page } from '@playwright/test';
import { builtPages, expect, scrollThrough, seedStorage, test } from './fixtures';

const MIN = 24;

/** The targets on the page smaller than MIN × MIN that are not inline in a sentence. */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = 'a[href], button, summary, input:not([type=hidden]), select, textarea';
    const isInline = (el: Element) => getComputedStyle(el).display === 'inline';
    /** the text of the element's block that lies outside every target in it */
    const textAround = (el: Element): string => {
      let block: Element | null = el.parentElement;
      while (block && isInline(block)) block = block.parentElement;
      if (!block) return '';
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode())
        if (!node.parentElement?.closest(selector)) text += node.textContent ?? '';
      return text;
    };
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      // the tools' own islands are measured by their own specs
      if (el.closest('[data-tool] astro-island')) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || el.closest('[hidden], [inert]')) continue;
      // a radio button or checkbox inside its label: the label is the target
      const label = el.matches('input[type=radio], input[type=checkbox]') ? el.closest('label') : null;
      const { width, height } = (label ?? el).getBoundingClientRect();
      if (width === 0 && height === 0) continue; // not shown (display: none)
      // a visually hidden element (the skip link until it has focus) is no pointer target
      if (width <= 1 && height <= 1) continue;
      if (width >= min && height >= min) continue;
      // the inline exception: a link within a sentence, sized by the sentence's line
      if (isInline(el) && /\p{L}/u.test(textAround(el))) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
      small.push(`<${el.tagName.toLowerCase()}> “${name}” ${width.toFixed(1)} × ${height.toFixed(1)}`);
    }
    return small;
  }, MIN);
}

test.use({ viewport: { width: 320, height: 640 } });

for (const path of builtPages()) {
  test(`target size: every link and control on ${path} is at least 24 × 24 px, or inline in a sentence`, async ({
    page,
  }) => {
    await page.goto(path);
    await scrollThrough(page);
    expect(await smallTargets(page)).toEqual([]);
  });
}

test('target size: Your data with stored items and an opened file keeps every target at least 24 × 24 px', async ({
  page,
}) => {
  await seedStorage(page, { theme: 'dark', purpose: { v: 1, purpose: 'brand' } });
  await page.goto('/your-data/');
  await expect(page.getByText('This site keeps 2 items in this browser.')).toBeVisible();
  await page.getByRole('button', { name: 'Erase everything' }).click();
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('button', { name: 'Keep everything' }).click();
  const items = { theme: 'light', purpose: { v: 1, purpose: 'social' } };
  await page.getByLabel('Open a data file').setInputFiles({
    name: 'mine.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'upproach-data', version: 1, site: 'UPPROACH', items })),
  });
  await expect(page.getByRole('heading', { name: 'What mine.json holds' })).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
});
