/**
 * The promotion checklist with the reader's people, against the built site: people brought in
 * from a generated LinkedIn export through Your people's import, their suggested networks
 * accepted and the reader's own organization said; a "Who:" line offers the people who fit its
 * item, picking one (by keyboard) plans the contact for the item's due date, a contact logged
 * for it ticks the item; a manager's plan offers the manager's own contacts; erasing the people
 * brings back the checklist as it is without them. axe in both themes at 320 px.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { linkedinExport } from '../test/support/people-fixtures';
import { savedChecklist } from '../test/support/saved-checklist';
import { axeTags, expect, openTool, seedStorage, storageKey, test } from './fixtures';
import { storedPeople } from './people-helpers';

const TOOL = '/tools/promotion-checklist/';
const PEOPLE = '/tools/your-people/';
/** Ana Ruiz, manager level, from 2027-01-04, same organization: "Meet one or two senior managers or directors…" */
const SAVED = savedChecklist();
/** the reader works at Globex: its VPs, heads and chief officers in the export are above a manager */
const OWN = 'Globex';
/** connection 19 of the generated export: Sam García 19, Chief Operating Officer at Globex */
const CHIEF = 'Sam García 19';
const LEVEL_UP = /^Who: Meet one or two senior managers or directors/;

// sixty people are imported and listed: room for a busy machine (never a gate on time)
test.describe.configure({ timeout: 90_000 });

/** Your people: say the reader's organization, import the export, accept every suggestion */
async function importPeople(page: Page) {
  await page.goto(PEOPLE);
  const about = page.getByRole('form', { name: 'About you' });
  await about.getByLabel('Your organization').fill(OWN);
  await about.getByLabel('Your role title').fill('Sales manager');
  await about.getByRole('button', { name: 'Save' }).click();
  await expect(about).toHaveCount(0);
  const csv = linkedinExport({ distinct: 60 }).text;
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByRole('heading', { name: 'Before anything is stored' })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: /^Import .* new and update/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported from/ })).toBeVisible({ timeout: 60_000 });
  await page.getByRole('button', { name: /^Select the .* shown$/ }).click();
  await page.getByRole('button', { name: 'Accept the suggestions' }).click();
  const list = page.getByRole('list', { name: 'People, sorted by name' });
  await expect(list).not.toContainText('Suggested:');
}

const whoGroup = (page: Page, item: RegExp) => page.getByRole('group', { name: item });
const line = (page: Page, item: RegExp, n: number, of: number) =>
  whoGroup(page, item).getByRole('combobox', { name: `Name ${n} of ${of}`, exact: true });

/** the plan's markup, the thing "as it is without people" is compared by */
const planHtml = (page: Page) => page.locator('.cl-plan').evaluate((el) => el.outerHTML);

/** pick a person on a line by keyboard: type part of the name, Down to the first match, Enter */
async function pickByKeyboard(page: Page, field: ReturnType<typeof line>, typed: string) {
  await field.focus();
  await page.keyboard.type(typed);
  await expect(field).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowDown');
  const active = await field.getAttribute('aria-activedescendant');
  expect(active).toBeTruthy();
  await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-expanded', 'false');
  await expect(field).toBeFocused();
}

/** store a logged contact for a person as Your people's "Log a contact" form does, straight in the database */
async function logContact(page: Page, personId: string, date: string, plan: string) {
  await page.evaluate(
    ([id, day, key]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('upproach-people');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('people', 'readwrite');
          const store = tx.objectStore('people');
          const get = store.get(id);
          get.onsuccess = () => {
            const person = get.result as { contacts: unknown[]; plannedContact: unknown };
            const contact = { id: 'c-1', date: day, how: 'met', notes: '', give: null, plan: key };
            store.put({ ...person, contacts: [...person.contacts, contact], plannedContact: null });
          };
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    [personId, date, plan] as const,
  );
}

test('a level-up item offers people above the reader at their organization; picking one by keyboard plans the contact for its due date, and a logged contact ticks it', async ({
  page,
}) => {
  await seedStorage(page, { checklist: SAVED });
  await openTool(page, TOOL, '.cl');
  // nobody stored: the lines are plain name fields, as always
  await expect(whoGroup(page, LEVEL_UP).getByRole('textbox', { name: 'Name 1 of 2' })).toBeVisible();
  await expect(page.getByRole('combobox')).toHaveCount(0);
  const without = await planHtml(page);

  await importPeople(page);
  await openTool(page, TOOL, '.cl');
  const first = line(page, LEVEL_UP, 1, 2);
  await expect(first).toBeVisible();
  await expect(whoGroup(page, LEVEL_UP)).toContainText(/6 of your people fit this item/);
  // Down without typing: the people above, most senior first (chief officers, then VPs, then heads)
  await first.focus();
  await page.keyboard.press('ArrowDown');
  const list = page.getByRole('listbox', { name: 'Your people for name 1 of 2' });
  await expect(list.getByRole('option')).toHaveCount(6);
  await expect(list.getByRole('option').first()).toContainText('Chief Operating Officer · Globex');
  await expect(list.getByRole('option').last()).toContainText('Head of Sales · Globex');
  // nobody outside Globex, nobody below a manager
  await expect(list).not.toContainText('Initech');
  await expect(list).not.toContainText('Software Engineer');
  await page.keyboard.press('Escape');
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await expect(first).toBeFocused();

  await pickByKeyboard(page, first, 'sam garc');
  await expect(first).toHaveValue(CHIEF);
  const status = whoGroup(page, LEVEL_UP).getByRole('status');
  await expect(status).toContainText(`Planned contact in Your people on`);
  await expect(status).toContainText(CHIEF);
  const due = await status.locator('time').getAttribute('datetime');
  // the item's due date is its phase's: the first 30 days
  const phaseDue = await page
    .locator('.cl-phase', { has: whoGroup(page, LEVEL_UP) })
    .locator('.cl-phase-title time')
    .getAttribute('datetime');
  expect(due).toBe(phaseDue);
  // the person picked is not offered again on the other line
  await line(page, LEVEL_UP, 2, 2).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox', { name: 'Your people for name 2 of 2' }).getByRole('option')).toHaveCount(5);
  await page.keyboard.press('Escape');

  const chief = (await storedPeople(page)).find((p) => p.name === CHIEF)!;
  const saved = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), storageKey('checklist')))!) as {
    planId: string;
    picks: Record<string, (string | null)[]>;
  };
  expect(saved.picks['op-steps-up']).toEqual([chief.id]);
  expect(chief.plannedContact).toEqual({
    date: due,
    reason: 'Meet one or two senior managers or directors, a step or two above your new level.',
    key: `checklist:${saved.planId}:op-steps-up`,
  });

  // the contact logged in Your people (here written as its form writes it) ticks the item on return
  await logContact(page, chief.id, '2027-01-20', chief.plannedContact!.key);
  await page.reload();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  const box = page.getByRole('checkbox', { name: /^Meet one or two senior managers/ });
  await expect(box).toBeChecked();
  await expect(whoGroup(page, LEVEL_UP).getByRole('status')).toHaveText('Logged in Your people on Wed, Jan 20, 2027.');
  // the reader may still untick it, and it stays unticked
  await box.uncheck();
  await page.reload();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Meet one or two senior managers/ })).not.toBeChecked();

  // writing another name by hand on the line takes the pick back
  await line(page, LEVEL_UP, 1, 2).fill('Someone else');
  await expect(whoGroup(page, LEVEL_UP).getByRole('status')).toHaveText('');

  // the messages greet a picked person as Your people does
  await pickByKeyboard(page, line(page, LEVEL_UP, 2, 2), 'sam garc');
  await page.getByRole('button', { name: 'Show messages to send' }).click();
  await expect(page.getByRole('textbox', { name: new RegExp(`: ${CHIEF}$`) })).toHaveValue(/^Hi Sam,/);

  // erasing the checklist on Your data takes back the contact it planned, as its own Erase does
  await page.goto('/your-data/');
  const planned = async () => (await storedPeople(page)).find((p) => p.name === CHIEF)!.plannedContact;
  expect(await planned()).not.toBeNull();
  await page.getByRole('button', { name: 'Erase promotion checklist' }).click();
  await expect(page.getByRole('button', { name: 'Erase promotion checklist' })).toHaveCount(0);
  await expect.poll(planned).toBeNull();

  // erasing the people: the checklist is drawn as without them
  await page.getByRole('button', { name: 'Erase your people' }).click();
  await expect(page.getByRole('button', { name: 'Erase your people' })).toHaveCount(0);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [
    storageKey('checklist'),
    JSON.stringify(SAVED),
  ] as const);
  await openTool(page, TOOL, '.cl');
  await expect(whoGroup(page, LEVEL_UP).getByRole('textbox', { name: 'Name 1 of 2' })).toBeVisible();
  expect(await planHtml(page)).toBe(without);
});

test('a manager’s plan offers the manager’s own contacts for the introductions they make, and nobody for the new leader’s own past network', async ({
  page,
}) => {
  await seedStorage(page, { checklist: savedChecklist({ audience: 'manager' }) });
  await importPeople(page);
  await openTool(page, TOOL, '.cl');
  const introduce = /^Who: Introduce Ana Ruiz to one or two senior managers or directors/;
  await expect(whoGroup(page, introduce).getByRole('combobox')).toHaveCount(2);
  const first = line(page, introduce, 1, 2);
  await first.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox', { name: 'Your people for name 1 of 2' }).getByRole('option')).toHaveCount(6);
  await page.keyboard.press('Escape');
  // "List the people Ana Ruiz should meet first, from your own network too": the manager's colleagues
  await expect(whoGroup(page, /^Who: List the people Ana Ruiz should meet first/).getByRole('combobox')).toHaveCount(3);
  // thanking the new leader's helpers is theirs: plain name fields
  const thank = whoGroup(page, /^Who: Encourage Ana Ruiz to thank/);
  await expect(thank.getByRole('textbox')).toHaveCount(3);
  await expect(thank.getByRole('combobox')).toHaveCount(0);
});

test('the contact logged with Your people’s form ticks the item', async ({ page }) => {
  await seedStorage(page, { checklist: SAVED });
  await importPeople(page);
  await openTool(page, TOOL, '.cl');
  await pickByKeyboard(page, line(page, LEVEL_UP, 1, 2), 'sam garc');
  await page.goto(PEOPLE);
  await page.getByRole('searchbox', { name: 'Search by name, organization, or title' }).fill(CHIEF);
  await page.getByRole('button', { name: `Edit ${CHIEF}` }).click();
  await page.getByRole('button', { name: 'Log a contact' }).click();
  await page.getByRole('radio', { name: 'Met' }).check();
  await expect(
    page.getByRole('checkbox', {
      name: 'This was the planned contact: Meet one or two senior managers or directors, a step or two above your new level.',
    }),
  ).toBeChecked();
  await page.getByRole('button', { name: 'Save contact' }).click();
  // the form closes once the database has the contact
  await expect(page.getByRole('button', { name: 'Save contact' })).toHaveCount(0);
  await openTool(page, TOOL, '.cl');
  await expect(page.getByRole('checkbox', { name: /^Meet one or two senior managers/ })).toBeChecked();
  await expect(whoGroup(page, LEVEL_UP).getByRole('status')).toContainText('Logged in Your people on');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe at 320 px (${theme}): the people offered, the list open on an option, and a person picked`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    await page.addInitScript((t) => localStorage.setItem('upproach:theme', t), theme);
    await seedStorage(page, { checklist: SAVED });
    await importPeople(page);
    await openTool(page, TOOL, '.cl');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const scan = async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
      // nothing wider than the page
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    };
    await scan();
    const first = line(page, LEVEL_UP, 1, 2);
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const option = page.getByRole('listbox', { name: 'Your people for name 1 of 2' }).getByRole('option').first();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    const box = await option.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    await scan();
    await page.keyboard.press('Enter');
    await expect(whoGroup(page, LEVEL_UP).getByRole('status')).toContainText('Planned contact in Your people');
    await scan();
  });
}
