/**
 * Keeping in touch in "Your people", against the built site: contact cadences per network, due
 * dates from the last logged contact, logging, deleting, snoozing, a second import, keyboard
 * only, axe in both themes at 320 px. The browser's clock is fixed at Wednesday 9 December 2026,
 * 10:00 in New York, so "this week" is 9 through 15 December.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nextDue } from '../src/tools/people/cadence';
import { makePeople } from '../test/support/people-db';
import { linkedinExport } from '../test/support/people-fixtures';
import { axeTags, expect, seedStorage, test } from './fixtures';
import {
  importFile,
  keepList,
  openPeople,
  storeCadences,
  storedCadences,
  storedPeople,
  storePeople,
  TOOL,
} from './people-helpers';

test.use({ timezoneId: 'America/New_York' });
test.describe.configure({ timeout: 120_000 });

const NOW = new Date('2026-12-09T15:00:00Z');
const keep = (page: Page) => page.getByRole('region', { name: 'Keeping in touch', exact: true });
const row = (page: Page, list: Parameters<typeof keepList>[1], name: string) =>
  keepList(page, list).getByRole('listitem').filter({ hasText: name });

/** nothing due is ever shown as NaN, an invalid date or undefined */
async function noBadWords(page: Page) {
  const text = await page.locator('.people').innerText();
  expect(text).not.toMatch(/NaN|Invalid Date|undefined|Infinity/);
}

/** who has a due date, by name, from what is stored */
async function dueNames(page: Page) {
  const [people, cadences] = await Promise.all([storedPeople(page), storedCadences(page)]);
  return people
    .filter((p) => nextDue(p, cadences) !== null)
    .map((p) => p.name)
    .sort();
}

test('an import makes nobody due; a network’s cadence makes its people due; a contact logged, deleted, a snooze; a second import makes nobody new due', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await page.goto(TOOL);
  await page.getByRole('button', { name: 'Not now' }).click();
  await importFile(page, 'Connections.csv', linkedinExport({ distinct: 30 }).text);
  // people are stored: keeping in touch comes first, and nobody is due
  await expect(keep(page)).toContainText('No contact cadence is on, so nobody is due.');
  expect(await dueNames(page)).toEqual([]);
  // the reader accepts the suggested networks for everyone
  await page.getByRole('button', { name: 'Select the 30 people shown' }).click();
  await page.getByRole('button', { name: 'Accept the suggestions' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Accepted the suggestions for' })).toBeVisible();
  const career = (await storedPeople(page))
    .filter((p) => p.networks.includes('career'))
    .map((p) => p.name)
    .sort();
  expect(career.length).toBeGreaterThan(2);
  expect(career.length).toBeLessThan(30);

  // the contact cadence for one network, the suggested one (every quarter)
  const cadences = keep(page).getByRole('group', { name: 'Contact cadence per network' });
  await expect(cadences).toContainText('suggestions, not research findings');
  await cadences.getByLabel('Career/Business Opportunity').selectOption({ label: 'Every quarter (suggested)' });
  await expect(page.getByRole('status').filter({ hasText: 'Contact cadence for Career' })).toBeVisible();
  // those people, and only they, are due: a quarter from today (Tuesday 9 March 2027)
  expect(await dueNames(page)).toEqual(career);
  await expect(keepList(page, 'Never contacted').getByRole('listitem')).toHaveCount(career.length);
  for (const name of career)
    await expect(row(page, 'Never contacted', name)).toContainText('Due Tue, Mar 9, 2027 · No contact logged');
  await expect(keepList(page, 'Overdue')).toContainText('Nobody.');
  await expect(keepList(page, 'Due this week')).toContainText('Nobody.');
  await expect(keepList(page, 'Due this week')).toContainText('Today through Tuesday, December 15, 2026');

  // log a contact made on 1 September: due a quarter later, 1 December, so overdue
  const [first, second] = career as [string, string];
  await row(page, 'Never contacted', first).getByRole('button', { name: 'Log a contact' }).click();
  const form = page.getByRole('form', { name: `Log a contact with ${first}` });
  await expect(form.getByLabel('Date')).toBeFocused();
  await expect(form.getByLabel('Date')).toHaveValue('2026-12-09');
  await form.getByLabel('Date').fill('2026-09-01');
  await form.getByRole('group', { name: 'How' }).getByLabel('Call').check();
  await form.getByLabel('Notes').fill('Coffee near the office');
  await expect(form.getByLabel('Give')).toHaveValue('');
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(row(page, 'Overdue', first)).toContainText('Due Tue, Dec 1, 2026 · Last contact: Tue, Sep 1, 2026');
  await expect(keepList(page, 'Never contacted').getByRole('listitem')).toHaveCount(career.length - 1);
  await expect(keep(page)).toContainText('This week: 1 person to contact, 1 of them overdue.');
  // focus stays in the list, never on the page's body
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');

  // delete that logged contact (in the person's history): the due date moves back
  await row(page, 'Overdue', first)
    .getByRole('button', { name: `History of ${first}` })
    .click();
  const history = page.getByRole('region', { name: `Keeping in touch with ${first}` });
  await expect(history).toContainText('Next due: Tuesday, December 1, 2026.');
  await expect(history.getByRole('list', { name: 'Logged contacts' })).toContainText(
    'Tuesday, September 1, 2026 · Call · Coffee near the office',
  );
  await history.getByRole('button', { name: 'Delete the contact of Tuesday, September 1, 2026' }).click();
  // asked once, since it cannot be undone; the focus goes to the answer
  const sure = history.getByRole('group', {
    name: 'Delete the contact of Tuesday, September 1, 2026? It cannot be undone.',
  });
  await expect(sure.getByRole('button', { name: 'Yes, delete it' })).toBeFocused();
  await sure.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(history).toContainText('Next due: Tuesday, March 9, 2027.');
  await expect(history).toContainText('None yet.');
  await expect(keepList(page, 'Overdue')).toContainText('Nobody.');
  await expect(row(page, 'Never contacted', first)).toContainText('Due Tue, Mar 9, 2027');
  await page.getByRole('button', { name: 'Cancel' }).click();
  // closing the editor hands the focus back to their History, now in another list
  await expect(row(page, 'Never contacted', first).getByRole('button', { name: `History of ${first}` })).toBeFocused();

  // a contact on 10 September makes the second person due this week (Thursday 10 December); a snooze moves them out
  await row(page, 'Never contacted', second).getByRole('button', { name: 'Log a contact' }).click();
  await page
    .getByRole('form', { name: `Log a contact with ${second}` })
    .getByLabel('Date')
    .fill('2026-09-10');
  await page.getByRole('button', { name: 'Save contact' }).click();
  await expect(row(page, 'Due this week', second)).toContainText('Due Thu, Dec 10, 2026');
  await row(page, 'Due this week', second).getByRole('button', { name: 'Snooze' }).click();
  await page
    .getByRole('group', { name: `Snooze ${second}` })
    .getByRole('button', { name: 'One week' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: `Snoozed ${second} until Wednesday, December 16, 2026.` }),
  ).toBeVisible();
  await expect(keepList(page, 'Due this week')).toContainText('Nobody.');
  await expect(keep(page)).toContainText('Nobody is due this week.');
  await noBadWords(page);

  // everything is kept over a reload
  await page.reload();
  await expect(keepList(page, 'Never contacted').getByRole('listitem')).toHaveCount(career.length - 1);
  await expect(keep(page).getByLabel('Career/Business Opportunity')).toHaveValue('quarter');
  await expect(keepList(page, 'Due this week')).toContainText('Nobody.');

  // a newer export with ten more people: nobody new is due
  const before = await dueNames(page);
  await importFile(page, 'Connections (1).csv', linkedinExport({ distinct: 40, version: 2 }).text);
  await expect(page.getByText('40 people.')).toBeVisible();
  expect(await dueNames(page)).toEqual(before);
  await expect(keepList(page, 'Never contacted').getByRole('listitem')).toHaveCount(career.length - 1);
  await noBadWords(page);
});

/**
 * 40 people, 30 in the social network with a monthly cadence turned on 20 November (due 21
 * December); a peer with a planned contact overdue (last contact 20 October), one due this week
 * (last contact 11 November, due Friday 11 December)
 */
async function seeded(page: Page) {
  await page.clock.setFixedTime(NOW);
  await openPeople(page);
  await storeCadences(page, { social: { every: 'month', since: '2026-11-20' } });
  const contact = (date: string) => [{ id: date, date, how: 'met', notes: '', give: null, plan: null }] as const;
  await storePeople(
    page,
    makePeople(40, (i) => ({
      networks: i < 30 ? ['social'] : [],
      relation: i === 0 ? 'peer' : null,
      contacts: i === 0 ? [...contact('2026-10-20')] : i === 1 ? [...contact('2026-11-11')] : [],
      plannedContact:
        i === 0 ? { date: '2026-12-10', reason: 'Meet the people a level up', key: 'checklist:promoted:meet' } : null,
    })),
  );
}

test('keyboard only: log a contact from the due list, with the give and the planned contact', async ({ page }) => {
  await seeded(page);
  const overdue = keepList(page, 'Overdue');
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  const name = (await overdue.locator('strong > bdi').first().textContent())!;
  const log = overdue.getByRole('button', { name: 'Log a contact' });
  await page.getByRole('heading', { name: 'Keeping in touch' }).focus();
  for (let i = 0; i < 20 && !(await log.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(log).toBeFocused();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: `Log a contact with ${name}` });
  await expect(form.getByLabel('Date')).toBeFocused();
  // the date's month, day and year, then how
  const met = form.getByLabel('Met');
  for (let i = 0; i < 5 && !(await met.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(met).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(form.getByLabel('Call')).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.type('Lunch');
  await page.keyboard.press('Tab');
  await expect(form.getByLabel('Give')).toBeFocused();
  // a peer: the gives that suit a peer
  await expect(form.getByLabel('Give').locator('option')).toHaveText([
    'None',
    'Your team’s capacity',
    'An early heads-up',
    'An introduction',
  ]);
  await form.getByLabel('Give').selectOption({ label: 'An introduction' });
  await page.keyboard.press('Tab');
  const planned = form.getByLabel('This was the planned contact: Meet the people a level up');
  await expect(planned).toBeFocused();
  await expect(planned).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(form.getByRole('button', { name: 'Save contact' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(overdue).toContainText('Nobody.');
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  const [stored] = await storedPeople(page);
  expect(stored?.plannedContact).toBeNull();
  expect(stored?.contacts.at(-1)).toMatchObject({
    date: '2026-12-09',
    how: 'call',
    notes: 'Lunch',
    give: 'introduction',
    plan: 'checklist:promoted:meet',
  });
  // a bad date is refused with a message, nothing stored
  await keepList(page, 'Due this week').getByRole('button', { name: 'Log a contact' }).first().click();
  const next = page.getByRole('form', { name: /^Log a contact with/ });
  await next.getByLabel('Date').fill('2027-05-01');
  await next.getByRole('button', { name: 'Save contact' }).click();
  await expect(next.getByRole('alert')).toHaveText('Give the day the contact happened, from 1900 to today.');
  await expect(next.getByLabel('Date')).toBeFocused();
});

test('in a person’s editor: their own cadence, a snooze ended, a logged contact edited in place', async ({ page }) => {
  await seeded(page);
  // person 35 is in no network: no cadence applies
  const name = (await storedPeople(page))[35]!.name;
  await page.getByLabel('Search by name, organization, or title').fill(name);
  await page.getByRole('button', { name: `Edit ${name}`, exact: true }).click();
  const mine = page.getByRole('region', { name: `Keeping in touch with ${name}` });
  await expect(mine).toContainText('Not due: no contact cadence applies.');
  await expect(mine).toContainText('None of their networks has a contact cadence on.');
  await mine.getByLabel('Contact cadence').selectOption({ label: 'Every two weeks' });
  // from today, Wednesday 9 December
  await expect(mine).toContainText('Next due: Wednesday, December 23, 2026.');
  expect((await storedPeople(page))[35]).toMatchObject({ cadence: 'two-weeks', cadenceSince: '2026-12-09' });
  await mine.getByRole('button', { name: 'Snooze' }).click();
  await mine.getByRole('button', { name: 'One month' }).click();
  await expect(mine).toContainText(
    'Next due: Monday, January 11, 2027. No contact logged yet. Snoozed until Monday, January 11, 2027.',
  );
  await mine.getByRole('button', { name: 'End snooze' }).click();
  await expect(mine).toContainText('Next due: Wednesday, December 23, 2026.');
  await expect(mine.getByRole('button', { name: 'Log a contact' })).toBeFocused();
  // log one, then edit it in place: the due date follows
  await mine.getByRole('button', { name: 'Log a contact' }).click();
  await mine.getByLabel('Date').fill('2026-12-01');
  await mine.getByLabel('Notes').fill('Short call');
  await mine.getByRole('button', { name: 'Save contact' }).click();
  await expect(mine).toContainText('Next due: Tuesday, December 15, 2026.');
  await expect(mine.getByRole('button', { name: 'Log a contact' })).toBeFocused();
  await mine.getByRole('button', { name: 'Edit the contact of Tuesday, December 1, 2026' }).click();
  const edit = mine.getByRole('form', { name: 'Edit the logged contact' });
  await expect(edit.getByLabel('Notes')).toHaveValue('Short call');
  await edit.getByLabel('Date').fill('2026-12-04');
  await edit.getByLabel('Email').check();
  await edit.getByRole('button', { name: 'Save contact' }).click();
  await expect(mine.getByRole('button', { name: 'Edit the contact of Friday, December 4, 2026' })).toBeFocused();
  await expect(mine.getByRole('list', { name: 'Logged contacts' })).toHaveText(
    /Friday, December 4, 2026 · Email · Short call/,
  );
  // two weeks from 4 December is Friday 18 December
  await expect(mine).toContainText('Next due: Friday, December 18, 2026.');
  // off: not due, even where a network's cadence is on
  await mine.getByLabel('Contact cadence').selectOption({ label: 'Off' });
  await expect(mine).toContainText('Not due: no contact cadence applies.');
  await noBadWords(page);
});

test('with 30,000 people due, each list draws a few rows and shows more on request', async ({ page }) => {
  test.setTimeout(300_000);
  await page.clock.setFixedTime(NOW);
  await openPeople(page);
  await storeCadences(page, { social: { every: 'month', since: '2026-11-01' } });
  await storePeople(
    page,
    makePeople(30_000, () => ({ networks: ['social'] })),
  );
  await expect(keep(page)).toContainText('This week: 30,000 people to contact, 30,000 of them overdue.', {
    timeout: 60_000,
  });
  await expect(keepList(page, 'Overdue').getByRole('listitem')).toHaveCount(20);
  await keepList(page, 'Overdue').getByRole('button', { name: 'Show 20 more' }).click();
  await expect(keepList(page, 'Overdue').getByRole('listitem')).toHaveCount(40);
  await expect(keepList(page, 'Overdue').getByRole('listitem').nth(20).getByRole('button').first()).toBeFocused();
  await expect(keepList(page, 'Overdue')).toContainText('40 of 30,000 shown.');
});

for (const theme of ['light', 'dark'] as const)
  test(`axe: keeping in touch, a contact being logged, a snooze and a person’s history (${theme} theme), at 320 px`, async ({
    page,
  }) => {
    await seedStorage(page, { theme });
    await page.setViewportSize({ width: 320, height: 720 });
    await seeded(page);
    const check = async () => {
      const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('.people *')]
          .filter((el) => el.getBoundingClientRect().right > 321)
          .map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`)
          .slice(0, 8),
      );
      expect(wide).toEqual([]);
      // every control of keeping in touch is at least 24 × 24 px
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('.people-keep, .people-keep-person')]
          .flatMap((part) => [...part.querySelectorAll('button, input, select')])
          .filter((el) => {
            const box = el.getBoundingClientRect();
            return box.width < 24 || box.height < 24;
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(small).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await noBadWords(page);
    };
    await check();
    const due = keepList(page, 'Due this week');
    await due.getByRole('button', { name: 'Log a contact' }).first().click();
    await due.getByRole('button', { name: 'Snooze' }).first().click();
    await check();
    await keepList(page, 'Overdue')
      .getByRole('button', { name: /^History of/ })
      .click();
    await check();
  });
