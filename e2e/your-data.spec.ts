import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { encodeShare } from '../src/tools/quiz/share-code';
import { leaning, loadQuestions } from '../test/support/quiz-model';
import { storageRegistry } from '../src/shared/storage/registry';
import { expect, seedStorage, test } from './fixtures';

const NOTHING = 'This site keeps nothing in this browser right now.';
const keeps = (n: number) => `This site keeps ${n} ${n === 1 ? 'item' : 'items'} in this browser.`;
/** what the site keeps in this browser, by key */
const ours = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('upproach:'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );
const eraseEverything = async (page: Page) => {
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText(NOTHING)).toBeVisible();
};
const open = (page: Page, name: string, text: string | Buffer) =>
  page.getByLabel('Open a data file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('Your data lists what is stored, shows it, and erases it all', async ({ page }) => {
  await seedStorage(page, { theme: 'dark', purpose: { v: 1, purpose: 'brand' } }, { others: { 'someone-else': 'x' } });
  await page.goto('/your-data/');
  await expect(page.getByText(keeps(2))).toBeVisible();
  await page.getByText(/Show what is stored .* under “upproach:purpose:v1”/).click();
  await expect(page.locator('pre').filter({ hasText: '"purpose": "brand"' })).toBeVisible();
  // "Erase everything" asks first: pressing it alone erases nothing, and "Keep everything" keeps it all
  await page.getByRole('button', { name: 'Erase everything' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm erasing everything' });
  await expect(confirm).toContainText('Erase everything this site keeps in this browser?');
  await page.getByRole('button', { name: 'Keep everything' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText(keeps(2))).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).sort())).toEqual([
    'someone-else',
    'upproach:purpose:v1',
    'upproach:theme',
  ]);
  await expect(page.getByRole('status')).toHaveText('');
  await eraseEverything(page);
  await expect(page.getByRole('status')).toHaveText('Erased everything this site kept in this browser.');
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['someone-else']);
  await page.reload();
  await expect(page.getByText(NOTHING)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Erase everything' })).toBeDisabled();
});

test('Your data follows changes made in another tab', async ({ page, context }) => {
  await page.goto('/your-data/');
  await expect(page.getByText(NOTHING)).toBeVisible();
  const other = await context.newPage();
  await other.goto('/about/');
  await other.evaluate(() => localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"social"}'));
  await expect(page.getByText(keeps(1))).toBeVisible();
  await page.getByRole('button', { name: 'Erase your networking purpose' }).click();
  await expect(page.getByText(NOTHING)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('upproach:purpose:v1'))).toBeNull();
  // Each tab may run in its own renderer process; Chromium passes localStorage writes
  // between them asynchronously, so the other tab sees the erase shortly, not instantly.
  await expect.poll(() => other.evaluate(() => localStorage.getItem('upproach:purpose:v1'))).toBeNull();
});

test('the footer links to Your data from every page', async ({ page }) => {
  await page.goto('/articles/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');
});

test('erasing on Your data resets the tools open in other tabs, and each says so once', async ({ page, context }) => {
  test.slow(); // four pages hydrate in one browser
  const quiz = page;
  await quiz.goto('/tools/purpose-quiz/');
  await expect(quiz.locator('#purpose-quiz .quiz')).toHaveAttribute('data-hydrated', 'true');
  await quiz.getByRole('button', { name: 'Start the quiz' }).click();
  await quiz.locator('input[type=radio]').first().check();
  await quiz.getByRole('button', { name: /^Next/ }).click();
  await expect(quiz.locator('legend')).toContainText('Question 2 of');
  expect(await quiz.evaluate(() => localStorage.getItem('upproach:quiz:v1'))).not.toBeNull();
  const estimator = await context.newPage();
  await estimator.goto('/tools/network-size/');
  await expect(estimator.locator('.estimator')).toHaveAttribute('data-hydrated', 'true');
  await estimator.getByLabel('1. Support clique', { exact: true }).fill('5');
  const checklist = await context.newPage();
  await checklist.goto('/tools/promotion-checklist/');
  await expect(checklist.locator('.cl[data-hydrated]')).toBeVisible();
  await checklist.getByLabel('New role title').fill('Head of Sales');

  const data = await context.newPage();
  await data.goto('/your-data/');
  await expect(data.getByText(/This site keeps \d+ items? in this browser\./)).toBeVisible();
  await eraseEverything(data);

  await expect(quiz.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(quiz.locator('legend')).toHaveCount(0);
  // said in words, in each tool's polite live region, not a silent reset
  for (const [tab, said] of [
    [quiz, 'Your quiz answers were erased on another page of this site'],
    [estimator, 'Your numbers were erased on another page of this site'],
    [checklist, 'Your checklist was erased on another page of this site'],
  ] as const)
    await expect(tab.getByRole('status').filter({ hasText: said })).toBeVisible();
  // back at its starting value (0), not the 5 typed before
  await expect(estimator.getByLabel('1. Support clique', { exact: true })).toHaveValue('0');
  await expect(checklist.getByLabel('New role title')).toHaveValue('');
  // once: OK closes it for good
  await quiz.getByRole('button', { name: 'OK' }).click();
  await expect(quiz.getByText(/erased on another page/)).toHaveCount(0);
});

test('erasing only the networking purpose on Your data: the quiz result no longer offers the estimator “set to” it', async ({
  page,
  context,
}) => {
  test.slow(); // two pages hydrate in one browser
  // a shared result, kept as the reader's own: the quiz stores it and shares its purpose
  const model = loadQuestions();
  await page.goto(`/tools/purpose-quiz/#${encodeShare(model, leaning(model, 'social', 'open'))}`);
  await page.getByRole('button', { name: 'Keep this as my result' }).click();
  await expect(page.getByText('(set to Social)')).toBeVisible();

  const data = await context.newPage();
  await data.goto('/your-data/');
  await data.getByRole('button', { name: 'Erase your networking purpose' }).click();
  await expect(data.getByText(keeps(1))).toBeVisible();

  await expect(page.getByText('(set to Social)')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Estimate the size of your network' })).toBeVisible();
});

/** stored values by storage registry id */
const seeded = {
  theme: 'dark',
  purpose: '{"v":1,"purpose":"career"}',
  quiz: '{"v":1,"started":true,"step":3,"answers":{"strategy":"open","q1":"a"}}',
};

test('download my data, erase everything, open the file: the same stored values come back', async ({ page }) => {
  await seedStorage(page, seeded);
  await page.goto('/your-data/');
  await expect(page.getByText(keeps(3))).toBeVisible();
  const before = await ours(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^upproach-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'upproach-data', version: 2, site: 'UPPROACH' });
  expect(Number.isFinite(Date.parse(file.exported))).toBe(true);
  expect(Object.keys(file.items)).toEqual(['theme', 'purpose', 'quiz']);
  await expect(page.getByRole('status')).toHaveText(/^Downloaded upproach-data-/);

  await eraseEverything(page);
  expect(await ours(page)).toEqual({});

  // by keyboard: the file picker is a labelled control; the review's heading takes the focus
  await open(page, download.suggestedFilename(), text);
  await expect(page.getByRole('heading', { name: /^What upproach-data-.* holds$/ })).toBeFocused();
  for (const name of ['Color theme', 'Your networking purpose', 'Purpose quiz answers'])
    await expect(page.getByRole('checkbox', { name })).toBeChecked();
  expect(await ours(page)).toEqual({});
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Color theme' })).toBeFocused();
  await page.getByRole('button', { name: 'Replace the chosen items' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(
    'Brought in: color theme, your networking purpose, and purpose quiz answers.',
  );
  await expect(page.getByText(keeps(3))).toBeVisible();
  expect(await ours(page)).toEqual(before);
});

test('a file with one corrupt entry brings in the others only when confirmed, and leaves the corrupt one untouched', async ({
  page,
}) => {
  await seedStorage(page, { quiz: seeded.quiz });
  await page.goto('/your-data/');
  await expect(page.getByText(keeps(1))).toBeVisible();
  const items = {
    theme: 'light',
    purpose: { v: 1, purpose: 'social' },
    quiz: { v: 1, started: true, step: 'three', answers: {} },
  };
  await open(page, 'edited.json', JSON.stringify({ format: 'upproach-data', version: 1, site: 'UPPROACH', items }));
  await expect(page.getByRole('heading', { name: 'What edited.json holds' })).toBeVisible();
  await expect(page.getByText(/This entry is damaged or from another version, so it cannot be imported/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Purpose quiz answers' })).toHaveCount(0);
  // nothing changes until the reader confirms
  expect(await ours(page)).toEqual({ 'upproach:quiz:v1': seeded.quiz });
  await page.getByRole('button', { name: 'Replace the chosen items' }).click();
  await expect(page.getByRole('status')).toHaveText('Brought in: color theme and your networking purpose.');
  expect(await ours(page)).toEqual({
    'upproach:purpose:v1': '{"v":1,"purpose":"social"}',
    'upproach:quiz:v1': seeded.quiz,
    'upproach:theme': 'light',
  });
});

// Files over the cap (40 MB, room for 30,000 people) are refused before they are read: the
// component test gives a file that size without handing 40 MB to the browser.
test('a 10 MB file that is no data file, or a truncated one, is refused with a message, and nothing stored changes', async ({
  page,
}) => {
  test.setTimeout(90_000); // handing 10 MB to the file input takes a while on a busy machine
  await seedStorage(page, seeded);
  await page.goto('/your-data/');
  await expect(page.getByText(keeps(3))).toBeVisible();
  const before = await ours(page);
  await open(page, 'big.json', Buffer.alloc(10 * 1024 * 1024, 0x20));
  await expect(page.getByRole('alert')).toHaveText(/^This file is not a complete data file.*Nothing was changed\.$/);
  await expect(page.getByRole('button', { name: 'Replace the chosen items' })).toHaveCount(0);
  expect(await ours(page)).toEqual(before);
  await open(page, 'cut.json', '{"format":"upproach-data","version":1,"site":"UPP');
  await expect(page.getByRole('alert')).toHaveText(/^This file is not a complete data file: it is cut short/);
  expect(await ours(page)).toEqual(before);
});

test('a color theme brought in or erased on Your data applies at once, in this tab and in the others', async ({
  page,
  context,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/your-data/');
  await expect(page.getByText(NOTHING)).toBeVisible();
  const other = await context.newPage();
  await other.emulateMedia({ colorScheme: 'light' });
  await other.goto('/about/');
  const themes = [page.locator('html'), other.locator('html')];
  for (const html of themes) await expect(html).toHaveAttribute('data-theme', 'light');

  await open(
    page,
    'dark.json',
    JSON.stringify({ format: 'upproach-data', version: 1, site: 'UPPROACH', items: { theme: 'dark' } }),
  );
  await page.getByRole('button', { name: 'Replace the chosen items' }).click();
  await expect(page.getByRole('status')).toHaveText('Brought in: color theme.');
  for (const html of themes) await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await expect(other.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  // erased: back to the system's preference, here and there
  await page.getByRole('button', { name: 'Erase color theme' }).click();
  for (const html of themes) await expect(html).toHaveAttribute('data-theme', 'light');
  await expect(other.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false');

  // the same after “Erase everything”
  await other.getByRole('button', { name: 'Dark theme' }).click();
  for (const html of themes) await expect(html).toHaveAttribute('data-theme', 'dark');
  await eraseEverything(page);
  for (const html of themes) await expect(html).toHaveAttribute('data-theme', 'light');
});

test('the theme button pressed on Your data shows there at once as a stored color theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/your-data/');
  await expect(page.getByText(NOTHING)).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.getByText(keeps(1))).toBeVisible();
  await expect(page.getByText('Show what is stored (4 bytes under “upproach:theme”)')).toBeVisible();
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.getByText('Show what is stored (5 bytes under “upproach:theme”)')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Your data says plainly what it needs, lists what may be kept, and promises nothing it cannot do', async ({
    page,
  }) => {
    await page.goto('/your-data/');
    const main = page.getByRole('main');
    await expect(main.locator('.notice')).toHaveText(
      /^This page needs JavaScript to show what this browser keeps, to erase it, and to save it to a file or bring it back from one\./,
    );
    // the useful static part: every item the site may keep, with its key, and how to erase it without JavaScript
    for (const { label, key, description } of Object.values(storageRegistry))
      await expect(main.getByRole('listitem').filter({ hasText: new RegExp(`^${label} \\(`) })).toHaveText(
        `${label} (${key}): ${description}`,
      );
    await expect(
      // (a regular expression: Playwright's plain-text match skips what is inside <noscript>)
      main.getByText(/^To erase them without JavaScript, clear this site’s data in your browser’s settings\.$/),
    ).toBeVisible();
    // nothing that needs JavaScript is shown: no control, no “changes made here”
    // (on the page, and hidden: toBeHidden alone would pass on nothing found)
    const otherTabs = main.getByText('Changes made here reach the tools in your other open tabs.');
    await expect(otherTabs).toHaveCount(1);
    await expect(otherTabs).toBeHidden();
    const controls = await main.locator('button, input').all();
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) await expect(control).toBeHidden();
    await expect(main.getByRole('link', { name: 'tools' })).toBeVisible();
  });
});
