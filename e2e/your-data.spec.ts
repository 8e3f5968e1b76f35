import { expect, test } from './fixtures';

test('Your data lists what is stored, shows it, and erases it all', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('upproach:theme', 'dark');
    localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"brand"}');
    localStorage.setItem('someone-else', 'not ours');
  });
  await page.goto('/your-data/');
  await expect(page.getByText('This site keeps 2 items in this browser.')).toBeVisible();
  await page.getByText(/Show what is stored .* under “upproach:purpose:v1”/).click();
  await expect(page.locator('pre').filter({ hasText: '"purpose": "brand"' })).toBeVisible();
  await page.getByRole('button', { name: 'Erase everything' }).click();
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
  expect(await other.evaluate(() => localStorage.getItem('upproach:purpose:v1'))).toBeNull();
});

test('the footer links to Your data from every page', async ({ page }) => {
  await page.goto('/articles/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Your data' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your data');
});
