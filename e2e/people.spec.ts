import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { makePeople } from '../test/support/people-db';
import { axeTags, expect, seedStorage, test } from './fixtures';
import { openPeople, storedPeople, storePeople, TOOL } from './people-helpers';

const heading = (page: import('@playwright/test').Page) => page.getByRole('heading', { name: 'People', exact: true });
const list = (page: import('@playwright/test').Page) => page.getByRole('list', { name: 'People, sorted by name' });

test('adds a person by hand with every field, keeps them after a reload, and labels suggestions as suggestions', async ({
  page,
}) => {
  await openPeople(page);
  // the reader's own organization and title are asked once
  await page.getByLabel('Your organization').fill('Globex');
  await page.getByLabel('Your role title').fill('Engineering Manager');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('You: Engineering Manager at Globex.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change' })).toBeFocused();

  await page.getByRole('button', { name: 'Add a person' }).click();
  await expect(page.getByRole('heading', { name: 'Add a person' })).toBeFocused();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Name', { exact: true }).fill('Mary Jones');
  await form.getByLabel('Greet as').fill('Mae');
  await form.getByLabel('Organization', { exact: true }).fill('globex');
  await form.getByLabel('Role title').fill('Vice President, Sales');
  await expect(page.getByText('Seniority: Vice president (the title has “Vice President”).')).toBeVisible();
  await expect(
    page.getByText(/Suggestion from the title and organization, not applied until you accept it/),
  ).toContainText('Strategic/Perspective, Resource/Operational');
  await form.getByLabel('Where they stand').selectOption({ label: 'Peer' });
  await form.getByLabel('Former colleague').check();
  await form.getByRole('checkbox', { name: 'Social' }).check();
  await form.getByLabel('How well you know them').selectOption({ label: 'Well' });
  await form.getByLabel('Notes').fill('Met at the <b>offsite</b>');
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  // focus returns to the button that opened the form, ready for the next person
  await expect(page.getByRole('button', { name: 'Add a person' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Saved Mary Jones.' })).toBeVisible();

  await page.reload();
  const row = list(page).getByRole('listitem');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(
    'Vice President, Sales, globex · Vice president · Peer · Former colleague · Networks: Social',
  );
  // still a suggestion: nothing is applied until the reader accepts it
  await expect(row).toContainText('Suggested: Strategic/Perspective, Resource/Operational, Past');
  await row.getByRole('button', { name: 'Accept the suggestion for Mary Jones' }).click();
  await expect(row).toContainText('Networks: Social, Strategic/Perspective, Resource/Operational, Past');
  await expect(row).not.toContainText('Suggested:');
  const [mary] = await storedPeople(page);
  expect(mary).toMatchObject({
    name: 'Mary Jones',
    greetAs: 'Mae',
    relation: 'peer',
    former: true,
    closeness: 'well',
    notes: 'Met at the <b>offsite</b>',
    networks: ['social', 'strategic', 'resource', 'past'],
  });
  // hostile text stays text
  await row.getByRole('button', { name: 'Edit Mary Jones' }).click();
  await expect(page.getByLabel('Notes')).toHaveValue('Met at the <b>offsite</b>');
  expect(await page.locator('.people b').count()).toBe(0);
});

test('search finds people by organization; assigning a network to 50 at once is undone in one step', async ({
  page,
}) => {
  await openPeople(page);
  // 50 of the 2,000 work at Northwind Traders
  await storePeople(
    page,
    makePeople(2000, (i) => (i % 40 === 7 ? { organization: 'Northwind Traders' } : {})),
  );
  await expect(page.getByText('2,000 people.')).toBeVisible();
  const search = page.getByLabel('Search by name, organization, or title');
  await search.fill('northwind');
  await expect(page.getByText('50 people of 2,000 shown.')).toBeVisible();
  await expect(list(page).getByRole('listitem').first()).toContainText('Northwind Traders');
  // every word must match, anywhere in name, organization or title
  await search.fill('northwind lead');
  await expect(page.getByText('50 people of 2,000 shown.')).toBeVisible();
  await search.fill('northwind recruiter');
  await expect(page.getByText('No one matches. Change the search or the filters.')).toBeVisible();
  await search.fill('northwind');
  const before = await storedPeople(page);
  await page.getByRole('button', { name: 'Select the 50 people shown' }).click();
  await expect(page.getByText('50 people selected.')).toBeVisible();
  const bulk = page.getByRole('group', { name: 'Change many at once' });
  await bulk.getByLabel('Network').selectOption({ label: 'Strategic/Perspective' });
  await bulk.getByRole('button', { name: 'Add to network' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 50 people to Strategic/Perspective.' })).toBeVisible();
  await expect
    .poll(async () => (await storedPeople(page)).filter((p) => p.networks.includes('strategic')).length)
    .toBe(50);
  await page.getByLabel('Network', { exact: true }).first().selectOption({ label: 'Strategic/Perspective' });
  await search.fill('');
  await expect(page.getByText('50 people of 2,000 shown.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo: Added 50 people to Strategic/Perspective.' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: Added 50 people' })).toBeVisible();
  await expect(page.getByText('No one matches. Change the search or the filters.')).toBeVisible();
  expect(await storedPeople(page)).toEqual(before);
});

test('with 30,000 people stored, fewer than 100 rows are in the page and the last person is reachable by keyboard', async ({
  page,
}) => {
  // writing 30,000 records takes a while on a busy machine; the tool itself opens them quickly
  test.setTimeout(300_000);
  await openPeople(page);
  const people = makePeople(30_000);
  await storePeople(page, people);
  await expect(page.getByText('30,000 people.')).toBeVisible({ timeout: 60_000 });
  expect(await list(page).getByRole('listitem').count()).toBeLessThan(100);
  const last = [...people]
    .sort(
      (a, b) => new Intl.Collator('en-US', { sensitivity: 'base' }).compare(a.name, b.name) || (a.id < b.id ? -1 : 1),
    )
    .at(-1)!;
  // Tab reaches the first row; End moves to the last person
  await page.getByLabel('Search by name, organization, or title').focus();
  const first = list(page).getByRole('checkbox').first();
  for (let i = 0; i < 30 && !(await first.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('End');
  const lastButton = page.getByRole('button', { name: `Edit ${last.name}`, exact: true });
  await expect(lastButton).toBeFocused();
  await expect(lastButton).toBeInViewport();
  await expect(lastButton.locator('xpath=ancestor::li')).toHaveAttribute('aria-posinset', '30000');
  expect(await list(page).getByRole('listitem').count()).toBeLessThan(100);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Edit ${last.name}` })).toBeFocused();
});

test('export, erase, then import on Your data gives back the same people', async ({ page }) => {
  await openPeople(page);
  await storePeople(
    page,
    makePeople(300, (i) => (i % 3 ? { networks: ['career'], notes: `note ${i}, “quoted”\nline two` } : {})),
  );
  const stored = await storedPeople(page);
  await page.goto('/your-data/');
  await expect(page.getByText('300 people stored.')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download my data' }).click(),
  ]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'upproach-data', version: 2 });
  expect(JSON.parse(text).people).toHaveLength(300);
  await page.getByRole('button', { name: 'Erase everything' }).click();
  await page.getByRole('button', { name: 'Yes, erase everything' }).click();
  await expect(page.getByText('This site keeps nothing in this browser right now.')).toBeVisible();
  expect(await storedPeople(page)).toEqual([]);
  await page
    .getByLabel('Open a data file')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect(page.getByText('300 people. Replaces the people stored now')).toBeVisible();
  await page.getByRole('button', { name: 'Replace the chosen items' }).click();
  await expect(page.getByText('300 people stored.')).toBeVisible();
  expect(await storedPeople(page)).toEqual(stored);
  // the tool shows them, and the erase and the download left a backup date behind only after the download
  await page.goto(TOOL);
  await expect(page.getByText('300 people.')).toBeVisible();
});

test('the last backup is the date a data file with the people was downloaded; old or missing, a gentle reminder', async ({
  page,
}) => {
  await openPeople(page);
  await storePeople(page, makePeople(3));
  await expect(page.getByText('No backup yet.')).toBeVisible();
  await expect(page.getByText('It may be time to download a new one on Your data.')).toBeVisible();
  await page.goto('/your-data/');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toBeVisible();
  await openPeople(page);
  const today = new Date().toLocaleDateString('en-US', { dateStyle: 'long' });
  await expect(page.getByText(`Last backup: ${today}.`)).toBeVisible();
  await expect(page.getByText('It may be time to download a new one')).toHaveCount(0);
});

test('IndexedDB blocked: the tool says so and works in memory for the visit', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto(TOOL);
  await expect(page.getByRole('alert')).toContainText('only for this visit');
  // the import writes to the database: the tool says plainly why it is not offered
  await expect(
    page.getByText('Bringing people in from a file needs the browser’s database', { exact: false }),
  ).toBeVisible();
  await expect(page.getByLabel('Choose a file')).toHaveCount(0);
  await page.getByRole('button', { name: 'Not now' }).click();
  await page.getByRole('button', { name: 'Add a person' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Ana Silva');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  await list(page).getByRole('checkbox', { name: 'Select Ana Silva' }).check();
  await page.getByRole('button', { name: 'Delete the selected people' }).click();
  await page.getByRole('button', { name: 'Yes, delete them' }).click();
  await expect(page.getByText('No one yet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Undo: Deleted 1 person.' }).click();
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
});

test('a database written by a newer version of the site is left untouched, with a message', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('upproach-people', 990);
        open.onupgradeneeded = () =>
          open.result.createObjectStore('people', { keyPath: 'id' }).put({ id: 'x', name: 'Kept' });
        open.onsuccess = () => (open.result.close(), resolve());
      }),
  );
  await page.goto(TOOL);
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of this site');
  await expect(page.getByRole('button', { name: 'Add a person' })).toHaveCount(0);
  expect(
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const open = indexedDB.open('upproach-people');
          open.onsuccess = () => {
            const get = open.result.transaction('people').objectStore('people').get('x');
            get.onsuccess = () => resolve([open.result.version, get.result]);
          };
        }),
    ),
  ).toEqual([990, { id: 'x', name: 'Kept' }]);
});

test('two people merged by hand keep everything both records held', async ({ page }) => {
  await openPeople(page);
  await storePeople(page, [
    ...makePeople(1, () => ({ name: 'Jo Berg', notes: 'first', emails: ['jo@a.example'], networks: ['social'] })),
    ...makePeople(2, () => ({
      name: 'Jo Berg',
      notes: 'second',
      emails: ['jo@b.example'],
      networks: ['career'],
    })).slice(1),
  ]);
  await page.getByRole('button', { name: 'Select the 2 people shown' }).click();
  await page.getByRole('button', { name: 'Merge the two' }).click();
  await expect(list(page).getByRole('listitem')).toHaveCount(1);
  const [jo] = await storedPeople(page);
  expect(jo).toMatchObject({
    notes: 'first\n\nsecond',
    emails: ['jo@a.example', 'jo@b.example'],
    networks: ['social', 'career'],
  });
  await page.getByRole('button', { name: /^Undo: Merged/ }).click();
  await expect(list(page).getByRole('listitem')).toHaveCount(2);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the tool with people, the editor and the changes to many (${theme} theme), usable at 320 px`, async ({
    page,
  }) => {
    await seedStorage(page, { theme });
    await page.setViewportSize({ width: 320, height: 720 });
    await openPeople(page);
    await storePeople(page, makePeople(40));
    const check = async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    };
    await check();
    await page.getByRole('button', { name: 'Select the 40 people shown' }).click();
    await list(page)
      .getByRole('button', { name: /^Edit / })
      .first()
      .click();
    await check();
  });
}

test('two tabs: edits to different fields both survive; the tab editing a field another tab changed says so', async ({
  page,
  context,
}) => {
  await openPeople(page);
  await storePeople(
    page,
    makePeople(1, () => ({ name: 'Liam Berg' })),
  );
  const other = await context.newPage();
  await openPeople(other);
  await page.getByRole('button', { name: 'Edit Liam Berg' }).click();
  const form = page.getByRole('form', { name: 'Edit Liam Berg' });
  await form.getByLabel('Notes').fill('from the first tab');
  await other.getByRole('button', { name: 'Edit Liam Berg' }).click();
  const otherForm = other.getByRole('form', { name: 'Edit Liam Berg' });
  await otherForm.getByLabel('Role title').fill('Head of Sales');
  await otherForm.getByLabel('Notes').fill('from the second tab');
  await otherForm.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Changed in another tab while you edit: Role title, Notes.')).toBeVisible();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(heading(page)).toBeFocused();
  const [liam] = await storedPeople(page);
  // the title changed only in the second tab survives; for the notes, the last save wins
  expect([liam?.title, liam?.notes]).toEqual(['Head of Sales', 'from the first tab']);
  await expect(other.getByRole('list', { name: 'People, sorted by name' })).toContainText('Head of Sales');
});
