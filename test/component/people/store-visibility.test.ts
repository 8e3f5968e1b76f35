// @vitest-environment happy-dom
/**
 * A planned contact written on another tool's page (the checklist, through the people reader,
 * without Dexie) reaches an open "Your people" page when it comes back into view.
 */
import 'fake-indexeddb/auto';
import { afterEach, expect, it } from 'vitest';
import { PeopleDb } from '../../../src/tools/people/db';
import { planContact } from '../../../src/tools/people/planned';
import { createPeopleStore } from '../../../src/tools/people/store';
import { makePeople } from '../../support/people-db';

const opened: PeopleDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

it('reads the people again when the page comes back into view', async () => {
  const db = new PeopleDb('visibility');
  opened.push(db);
  await db.open();
  await db.people.bulkPut(makePeople(2));
  const store = createPeopleStore(db, { storage: undefined });
  await store.start();
  await expect.poll(() => store.$people.get().length).toBe(2);
  const planned = { date: '2027-01-04', reason: 'Meet the people a level up', key: 'checklist:p:level-up' };
  expect(await planContact('p-000001', planned, 5, 'visibility')).toBe(true);
  document.dispatchEvent(new Event('visibilitychange'));
  await expect.poll(() => store.$people.get().find((p) => p.id === 'p-000001')?.plannedContact).toEqual(planned);
  store.stop();
});
