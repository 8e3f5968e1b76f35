import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { replacePeople } from '../../../src/tools/people/backup';
import { PeopleDb } from '../../../src/tools/people/db';
import { makePeople } from '../../support/people-db';

it('opening an older data file never lowers a calendar event’s SEQUENCE (a calendar would ignore the next file)', async () => {
  const db = new PeopleDb();
  await db.open();
  await db.settings.put({ key: 'calendar', value: { 'p-000000': { sequence: 3, due: '2027-01-04' } } });
  const file = {
    calendar: { 'p-000000': { sequence: 1, due: '2026-12-07' }, 'p-000001': { sequence: 2, due: null } },
    self: { organization: 'Globex', title: 'Director' },
  };
  expect(await replacePeople(makePeople(2), file, 'Replaced', 1)).toBe(true);
  expect((await db.settings.get('calendar'))?.value).toEqual({
    'p-000000': { sequence: 3, due: '2027-01-04' },
    'p-000001': { sequence: 2, due: null },
  });
  expect((await db.settings.get('self'))?.value).toEqual(file.self);
  expect(await db.people.count()).toBe(2);
  db.close();
});
