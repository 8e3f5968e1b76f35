import { readFileSync } from 'node:fs';
import { encodeShare } from '../src/tools/quiz/share-code';
import { leaning, loadQuestions } from '../test/support/quiz-model';
import { expect, seedStorage, test } from './fixtures';

test('Your data lists what is stored, shows it, and erases it all', async ({ page }) => {
  await seedStorage(
    page,
    { theme: 'dark', purpose: { v: 1, purpose: 'brand' } },
    { others: { 'someone-else': 'not ours' } },
  );
  await page.goto('/your-data/');
  await expect(page.getByText('This site keeps 2 items in this browser.')).toBeVisible();
  await page.getByText(/Show what is stored .* under “upproach:purpose:v1”/).click();
  await expect(page.locator('pre').filter({ hasText: '"purpose": "brand"' })).toBeVisible();
  // "Erase everything" asks first: pressing it alone erases nothing, and "Keep everything" keeps it all
  await page.getByRole('button', { name: 'Erase everything' }).click();
  const confirm = page.getByRole('group', { name: 'Confirm erasing everything' });
  await expect(confirm).toContainText('Erase everything this site keeps in this browser?');
  await expect(page.getByText('This site keeps 2 items in this browser.')).toBeVisible();
  await page.getByRole('button', { name: 'Keep everything' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(page.getByText('This site keeps 2 items in this browser.')).toBeVisible();
  expect((await page.evaluate(() => Object.keys(localStorage))).sort()).toEqual([
    'someone-else',
    'upproach:purpose:v1',
    'upproach:theme',
  ]);
  await expect(page.getByRole('status')).toHaveText('');
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByRole('status')).toHaveText('Erased everything this site kept in this browser.');
  await expect(page.getByText('This site keeps nothing in this browser right now.')).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['someone-else']);
  await page.reload();
  await expect(page.getByText('This site keeps nothing in this browser right now.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Erase everything' })).toBeDisabled();
});

test('Your data follows changes made in another tab', async ({ page, context }) => {
  await page.goto('/your-data/');
  await expect(page.getByText('This site keeps nothing in this browser right now.')).toBeVisible();
  const other = await context.newPage();
  await other.goto('/about/');
  await other.evaluate(() => localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"social"}'));
  await expect(page.getByText('This site keeps 1 item in this browser.')).toBeVisible();
  await page.getByRole('button', { name: 'Erase your networking purpose' }).click();
  await expect(page.getByText('This site keeps nothing in this browser right now.')).toBeVisible();
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
  const tool = page;
  await tool.goto('/tools/purpose-quiz/');
  await expect(tool.locator('#purpose-quiz .quiz')).toHaveAttribute('data-hydrated', 'true');
  await tool.getByRole('button', { name: 'Start the quiz' }).click();
  await tool.locator('input[type=radio]').first().check();
  await tool.getByRole('button', { name: /^Next/ }).click();
  await expect(tool.locator('legend')).toContainText('Question 2 of');
  expect(await tool.evaluate(() => localStorage.getItem('upproach:quiz:v1'))).not.toBeNull();
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
  await data.getByRole('button', { name: 'Erase everything' }).click();
  await data.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(data.getByText('This site keeps nothing in this browser right now.')).toBeVisible();

  await expect(tool.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(tool.locator('legend')).toHaveCount(0);
  // said in words, in the quiz's polite live region, not a silent reset
  await expect(
    tool.getByRole('status').filter({ hasText: 'Your quiz answers were erased on another page of this site' }),
  ).toBeVisible();
  await expect(
    estimator.getByRole('status').filter({ hasText: 'Your numbers were erased on another page of this site' }),
  ).toBeVisible();
  // back at its starting value (0), not the 5 typed before
  await expect(estimator.getByLabel('1. Support clique', { exact: true })).toHaveValue('0');
  await expect(
    checklist.getByRole('status').filter({ hasText: 'Your checklist was erased on another page of this site' }),
  ).toBeVisible();
  await expect(checklist.getByLabel('New role title')).toHaveValue('');
  // once: OK closes it for good
  await tool.getByRole('button', { name: 'OK' }).click();
  await expect(tool.getByText(/erased on another page/)).toHaveCount(0);
});

test('erasing only the networking purpose on Your data: the quiz result no longer offers the estimator “set to” it', async ({
  page,
  context,
}) => {
  test.slow(); // two pages hydrate in one browser
  const quiz = page;
  await quiz.goto('/tools/purpose-quiz/');
  // a shared result, kept as the reader's own: the quiz stores it and shares its purpose
  const model = loadQuestions();
  await quiz.goto(`/tools/purpose-quiz/#${encodeShare(model, leaning(model, 'social', 'open'))}`);
  await quiz.getByRole('button', { name: 'Keep this as my result' }).click();
  await expect(quiz.getByText('(set to Social)')).toBeVisible();

  const data = await context.newPage();
  await data.goto('/your-data/');
  await data.getByRole('button', { name: 'Erase your networking purpose' }).click();
  await expect(data.getByText('This site keeps 1 item in this browser.')).toBeVisible();

  await expect(quiz.getByText('(set to Social)')).toHaveCount(0);
  await expect(quiz.getByRole('link', { name: 'Estimate the size of your network' })).toBeVisible();
});

/** stored values by storage registry id */
const seeded = {
  theme: 'dark',
  purpose: '{"v":1,"purpose":"career"}',
  quiz: '{"v":1,"started":true,"step":3,"answers":{"strategy":"open","q1":"a"}}',
};

const ours = (page: import('@playwright/test').Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      Object.keys(localStorage)
        .filter((k) => k.startsWith('upproach:'))
        .sort()
        .map((k) => [k, localStorage.getItem(k)]),
    ),
  );

test('download my data, erase everything, open the file: the same stored values come back', async ({ page }) => {
  await seedStorage(page, seeded);
  await page.goto('/your-data/');
  await expect(page.getByText('This site keeps 3 items in this browser.')).toBeVisible();
  const before = await ours(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download my data' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^upproach-data-\d{4}-\d{2}-\d{2}\.json$/);
  const text = readFileSync((await download.path())!, 'utf8');
  const file = JSON.parse(text);
  expect(file).toMatchObject({ format: 'upproach-data', version: 1, site: 'UPPROACH' });
  expect(Number.isFinite(Date.parse(file.exported))).toBe(true);
  expect(Object.keys(file.items)).toEqual(['theme', 'purpose', 'quiz']);
  await expect(page.getByRole('status')).toHaveText(/^Downloaded upproach-data-/);

  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText('This site keeps nothing in this browser right now.')).toBeVisible();
  expect(await ours(page)).toEqual({});

  // by keyboard: the file picker is a labelled control; the review's heading takes the focus
  await page
    .getByLabel('Open a data file')
    .setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByRole('heading', { name: /^What upproach-data-.* holds$/ })).toBeFocused();
  for (const name of ['Colour theme', 'Your networking purpose', 'Purpose quiz answers'])
    await expect(page.getByRole('checkbox', { name })).toBeChecked();
  expect(await ours(page)).toEqual({});
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Colour theme' })).toBeFocused();
  await page.getByRole('button', { name: 'Replace the chosen items' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toHaveText(
    'Brought in: colour theme, your networking purpose and purpose quiz answers.',
  );
  await expect(page.getByText('This site keeps 3 items in this browser.')).toBeVisible();
  expect(await ours(page)).toEqual(before);
});

test('a file with one corrupt entry brings in the others only when confirmed, and leaves the corrupt one untouched', async ({
  page,
}) => {
  await seedStorage(page, { quiz: seeded.quiz });
  await page.goto('/your-data/');
  await expect(page.getByText('This site keeps 1 item in this browser.')).toBeVisible();
  const file = {
    format: 'upproach-data',
    version: 1,
    site: 'UPPROACH',
    exported: '2026-12-01T20:00:00.000Z',
    items: {
      theme: 'light',
      purpose: { v: 1, purpose: 'social' },
      quiz: { v: 1, started: true, step: 'three', answers: {} },
    },
  };
  await page
    .getByLabel('Open a data file')
    .setInputFiles({ name: 'edited.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByRole('heading', { name: 'What edited.json holds' })).toBeVisible();
  await expect(page.getByText(/This entry is damaged or from another version, so it cannot be imported/)).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Purpose quiz answers' })).toHaveCount(0);
  // nothing changes until the reader confirms
  expect(await ours(page)).toEqual({ 'upproach:quiz:v1': seeded.quiz });
  await page.getByRole('button', { name: 'Replace the chosen items' }).click();
  await expect(page.getByRole('status')).toHaveText('Brought in: colour theme and your networking purpose.');
  expect(await ours(page)).toEqual({
    'upproach:purpose:v1': '{"v":1,"purpose":"social"}',
    'upproach:quiz:v1': seeded.quiz,
    'upproach:theme': 'light',
  });
});

test('a 10 MB file is refused with a message, and nothing stored changes', async ({ page }) => {
  test.setTimeout(90_000); // handing 10 MB to the file input takes a while on a busy machine
  await seedStorage(page, seeded);
  await page.goto('/your-data/');
  await expect(page.getByText('This site keeps 3 items in this browser.')).toBeVisible();
  const before = await ours(page);
  const big = Buffer.alloc(10 * 1024 * 1024, 0x20);
  await page
    .getByLabel('Open a data file')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: big });
  await expect(page.getByRole('alert')).toHaveText(
    /^This file is 10\.5 MB, far too large to be a data file from this site.*Nothing was changed\.$/,
  );
  await expect(page.getByRole('button', { name: 'Replace the chosen items' })).toHaveCount(0);
  expect(await ours(page)).toEqual(before);
  // a truncated file is named as such
  await page.getByLabel('Open a data file').setInputFiles({
    name: 'cut.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"upproach-data","version":1,"site":"UPP'),
  });
  await expect(page.getByRole('alert')).toHaveText(/^This file is not a complete data file: it is cut short/);
  expect(await ours(page)).toEqual(before);
});
