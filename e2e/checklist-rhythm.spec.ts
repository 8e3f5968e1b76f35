/**
 * Keeping in touch and the three-step start, as a reader uses them in Chromium against the
 * built site: review rhythms chosen by keyboard, the suggestion labelled as one, the plan's
 * review items and the downloaded calendar (parsed with ical.js here, in the test process)
 * saying the same, choices kept after a reload, and the three-step start shown first when the
 * reader says they were never good at networking (on screen; the printed plan keeps to its items).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expect, openTool, seedStorage, test } from './fixtures';
import { savedChecklist } from '../test/support/saved-checklist';

const TOOL = '/tools/promotion-checklist/';
const HOSTILE = '<img src=x onerror=alert(1)>; "Ana", {date}';

const saved = (profile: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  savedChecklist({ internal: ['accounting'], external: ['customers'], ...profile }, extra);
const seed = (page: Page, value: unknown) => seedStorage(page, { checklist: value });
const open = (page: Page) => openTool(page, TOOL, '.cl');

const network = (page: Page, name: RegExp) => page.getByRole('group', { name });

async function download(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

function vevents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
}

test('choose review rhythms by keyboard; the calendar holds one RRULE event per reviewed network, as the plan says', async ({
  page,
}) => {
  await seed(page, saved());
  await open(page);
  const operational = network(page, /^Your operational network/);
  const strategic = network(page, /^Your strategic network/);
  const past = network(page, /^Your past network/);
  // nothing is in the calendar until the reader chooses; the suggestion is marked and said to be one
  for (const group of [operational, strategic, past]) {
    await expect(group.getByRole('radio', { name: 'Not in my calendar' })).toBeChecked();
  }
  await expect(operational.getByRole('radio', { name: 'Every two weeks (suggested)' })).toBeVisible();
  await expect(strategic.getByRole('radio', { name: 'Every three months (suggested)' })).toBeVisible();
  await expect(operational).toContainText('Suggested, not a research finding: every two weeks.');
  await expect(operational).toContainText('Often and to the point, as the work requires');

  // keyboard only: the checked radio is the group's stop; arrows move and choose
  await operational.getByRole('radio', { name: 'Not in my calendar' }).focus();
  await page.keyboard.press('ArrowUp'); // every three months
  await page.keyboard.press('ArrowUp'); // every month
  await page.keyboard.press('ArrowUp'); // every two weeks
  const twoWeeks = operational.getByRole('radio', { name: /^Every two weeks/ });
  await expect(twoWeeks).toBeChecked();
  await expect(twoWeeks).toBeFocused();
  await page.keyboard.press('Tab'); // on to the next network's checked radio
  await expect(strategic.getByRole('radio', { name: 'Not in my calendar' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(strategic.getByRole('radio', { name: /^Every three months/ })).toBeChecked();

  // the 90-day review (Saturday, April 3, 2027, moved to Monday the 5th) gets one item per reviewed network
  const items = page.locator('[data-item^="review-network:"]');
  await expect(items).toHaveCount(2);
  const operationalItem = 'Review your operational network every two weeks, from Mon, Apr 19, 2027.';
  const strategicItem = 'Review your strategic network every three months, from Mon, Jul 5, 2027.';
  await expect(items.nth(0).locator('.cl-item-text')).toHaveText(operationalItem);
  await expect(items.nth(1).locator('.cl-item-text')).toHaveText(strategicItem);

  const ics = await download(page);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  const events = vevents(ics);
  expect(events).toHaveLength(6);
  const recurring = events.filter((e) => e.hasProperty('rrule')).map((e) => new ICAL.Event(e));
  expect(recurring).toHaveLength(2);
  expect(recurring.map((e) => e.component.getFirstPropertyValue('rrule')!.toString())).toEqual([
    'FREQ=WEEKLY;INTERVAL=2',
    'FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO',
  ]);
  expect(recurring.map((e) => e.description.split('\n')[0])).toEqual([operationalItem, strategicItem]);
  expect(recurring.map((e) => e.summary)).toEqual([
    'Review your operational network every two weeks (Ana Ruiz, Head of Sales)',
    'Review your strategic network every three months (Ana Ruiz, Head of Sales)',
  ]);
  const next = (event: InstanceType<typeof ICAL.Event>) => {
    const it = event.iterator();
    return [0, 1, 2].map(() => it.next()!.toString());
  };
  expect(next(recurring[0]!)).toEqual(['2027-04-19', '2027-05-03', '2027-05-17']);
  expect(next(recurring[1]!)).toEqual(['2027-07-05', '2027-10-04', '2028-01-03']);
  // the status line counts what the file holds
  await expect(page.locator('.cl [role="status"]').last()).toHaveText(
    'Calendar file promotion-checklist-ana-ruiz-head-of-sales.ics downloaded: 4 milestones and 2 repeating reviews.',
  );

  // a second download keeps the events' UIDs (a calendar updates them instead of doubling them)
  const uids = (text: string) => vevents(text).map((e) => String(e.getFirstPropertyValue('uid')));
  expect(uids(await download(page))).toEqual(uids(ics));

  // kept with the plan
  await page.reload();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  await expect(operational.getByRole('radio', { name: /^Every two weeks/ })).toBeChecked();
  await expect(strategic.getByRole('radio', { name: /^Every three months/ })).toBeChecked();
  await expect(past.getByRole('radio', { name: 'Not in my calendar' })).toBeChecked();
  await expect(items).toHaveCount(2);

  // back to none: the item and the event go
  await operational.getByRole('radio', { name: 'Not in my calendar' }).check();
  await expect(items).toHaveCount(1);
  const fewer = vevents(await download(page));
  expect(fewer.filter((e) => e.hasProperty('rrule'))).toHaveLength(1);
  await expect(page.locator('.cl [role="status"]').last()).toHaveText(
    'Calendar file promotion-checklist-ana-ruiz-head-of-sales.ics downloaded: 4 milestones and one repeating review.',
  );
});

test('a manager’s plan reviews the promoted person’s networks; a hostile name stays literal in the items and the calendar', async ({
  page,
}) => {
  await seed(page, saved({ audience: 'manager', name: HOSTILE }, { rhythms: { past: 'week', strategic: 'month' } }));
  await open(page);
  await expect(network(page, /^Their past network/).getByRole('radio', { name: /^Every week/ })).toBeChecked();
  const items = page.locator('[data-item^="review-network:"] .cl-item-text');
  await expect(items).toHaveText([
    `Review ${HOSTILE}’s past network with them every week, from Mon, Apr 12, 2027.`,
    `Review ${HOSTILE}’s strategic network with them every month, from Mon, May 3, 2027.`,
  ]);
  await expect(page.locator('.cl img')).toHaveCount(0);
  const recurring = vevents(await download(page))
    .filter((e) => e.hasProperty('rrule'))
    .map((e) => new ICAL.Event(e));
  expect(recurring.map((e) => e.description.split('\n')[0])).toEqual(await items.allTextContents());
  expect(recurring[0]!.summary).toBe(`Review ${HOSTILE}’s past network every week (${HOSTILE}, Head of Sales)`);
});

test('“I have never been good at networking” opens the plan with a three-step start, chosen by keyboard', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('Your name (optional)').fill('Ana Ruiz');
  await page.getByLabel('New role title').fill('Head of Sales');
  await page.getByLabel('Manager', { exact: true }).check();
  await page.getByLabel('Start date of the new role').fill('2027-01-04');
  const never = page.getByRole('checkbox', { name: 'I have never been good at networking' });
  await never.focus();
  await page.keyboard.press('Space');
  await expect(never).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Build my plan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ana Ruiz’s network plan' })).toBeFocused();

  const start = page.getByRole('region', { name: 'A three-step start' });
  await expect(start.getByRole('listitem')).toHaveCount(3);
  await expect(start).toContainText('ideal time to become a networker');
  // first: right after the plan's header, before the first phase
  const order = await page
    .locator('.cl-plan > *')
    .evaluateAll((els) => els.map((el) => el.className.split(' ')[0]).slice(0, 3));
  expect(order).toEqual(['cl-plan-header', 'cl-first-steps', 'cl-phase']);

  // on screen only: the printed plan keeps its dated items to two pages
  await page.emulateMedia({ media: 'print' });
  await expect(start).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // kept; and switched off again, the plan no longer shows it
  await page.reload();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  await expect(start).toBeVisible();
  await never.uncheck();
  await expect(start).toHaveCount(0);
});
