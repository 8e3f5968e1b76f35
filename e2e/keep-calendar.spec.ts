/**
 * Your people's calendar file of the contacts due, as a reader gets it: downloaded, a contact
 * logged (in the database, then with the form), downloaded again; both files read back with ical.js: every UID kept, the SEQUENCE of the
 * changed event raised, a CANCELLED event for a person no longer due, and no email address.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import type { Page } from '@playwright/test';
import { makePerson } from '../test/support/people-db';
import { expect, test } from './fixtures';
import { keepList, openPeople, storedPeople, storePeople } from './people-helpers';

/** the calendar file the page offers, read with ical.js: uid → its event */
async function download(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar file' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('keeping-in-touch.ics');
  const text = readFileSync((await file.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => ({
    uid: String(c.getFirstPropertyValue('uid')),
    sequence: Number(c.getFirstPropertyValue('sequence')),
    start: String(c.getFirstPropertyValue('dtstart')),
    status: (c.getFirstPropertyValue('status') as string | null) ?? null,
    summary: String(c.getFirstPropertyValue('summary')),
  }));
  return { text, events: new Map(events.map((e) => [e.uid, e])) };
}

// dates far from any clock the test runs on: the cadences started long ago, so both are overdue
// (their events fall on the reader's today), and a contact logged on a set day moves one event
const due = [
  makePerson(0, { name: 'Ana Ruiz', relation: 'peer', cadence: 'month', cadenceSince: '2001-01-02' }),
  makePerson(1, { name: 'Ben Lee', relation: 'above', cadence: 'quarter', cadenceSince: '2001-01-02' }),
  makePerson(2, { name: 'Cy Tanaka', relation: 'outside', cadence: 'year', cadenceSince: '2001-01-02' }),
];
/** Wednesday 9 December 2026 in the browser (UTC) */
const NOW = new Date('2026-12-09T15:00:00Z');
const uid = (i: number) => `keep-in-touch-${due[i]!.id}@127.0.0.1`;

test('a second calendar file after a logged contact keeps every UID, raises the SEQUENCE of what changed, and cancels who is no longer due', async ({
  page,
}) => {
  await openPeople(page);
  await storePeople(page, due);
  const first = await download(page);
  await expect(
    page.getByRole('status').filter({ hasText: 'Downloaded a calendar file with 3 people due a contact.' }),
  ).toBeVisible();
  // the focus stays on the button
  await expect(page.getByRole('button', { name: 'Download calendar file' })).toBeFocused();
  expect([...first.events.keys()].sort()).toEqual([uid(0), uid(1), uid(2)].sort());
  for (const e of first.events.values()) expect([e.sequence, e.status]).toEqual([0, null]);
  expect(first.text).not.toContain('@example.com');

  // Ben's contact logged on Monday 3 May 2100; Cy's cadence turned off
  const [, ben, cy] = await storedPeople(page);
  await storePeople(page, [
    { ...ben!, contacts: [{ id: 'c1', date: '2100-05-03', how: 'call', notes: '', give: null, plan: null }] },
    { ...cy!, cadence: 'off' },
  ]);
  const second = await download(page);
  expect([...second.events.keys()].sort()).toEqual([...first.events.keys()].sort());
  expect(second.events.get(uid(0))).toMatchObject({ sequence: 0, start: first.events.get(uid(0))!.start });
  // a quarter from 3 May 2100 is Tuesday 3 August 2100
  expect(second.events.get(uid(1))).toMatchObject({ sequence: 1, start: '2100-08-03', status: null });
  expect(second.events.get(uid(2))).toMatchObject({ sequence: 1, status: 'CANCELLED' });
});

test('a contact logged with the form raises that person’s SEQUENCE in the next file, and only theirs', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await openPeople(page);
  await storePeople(page, due);
  const first = await download(page);
  // all three are overdue: their events fall on today
  for (const e of first.events.values()) expect(e.start).toBe('2026-12-09');
  await keepList(page, 'Overdue')
    .getByRole('listitem')
    .filter({ hasText: 'Ben Lee' })
    .getByRole('button', { name: 'Log a contact' })
    .click();
  const form = page.getByRole('form', { name: 'Log a contact with Ben Lee' });
  await expect(form.getByLabel('Date')).toHaveValue('2026-12-09');
  await form.getByRole('group', { name: 'How' }).getByLabel('Call').check();
  await form.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ben Lee' })).toBeVisible();
  const second = await download(page);
  expect([...second.events.keys()].sort()).toEqual([...first.events.keys()].sort());
  // a quarter from Wednesday 9 December 2026 is Tuesday 9 March 2027
  expect(second.events.get(uid(1))).toMatchObject({ sequence: 1, start: '2027-03-09', status: null });
  for (const i of [0, 2]) expect(second.events.get(uid(i))).toMatchObject({ sequence: 0, start: '2026-12-09' });
});
