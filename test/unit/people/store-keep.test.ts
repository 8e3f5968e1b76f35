import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { nextDue } from '../../../src/tools/people/cadence';
import { PeopleDb } from '../../../src/tools/people/db';
import type { Person } from '../../../src/tools/people/person';
import { createPeopleStore, type PeopleStore } from '../../../src/tools/people/store';
import { makePeople } from '../../support/people-db';

let n = 0;
const opened: PeopleDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
const ids = () => {
  let i = 0;
  return () => `c${++i}`;
};
const today = '2026-12-09';

/** a store on a fresh database (`stored`), or in memory, holding these people */
async function open(where: 'stored' | 'memory', people: Person[]) {
  if (where === 'memory') {
    const store = createPeopleStore(null, { storage: undefined, now: () => 1000, newId: ids() });
    await store.start();
    store.$people.set(people);
    return { store, read: async (id: string) => store.$people.get().find((p) => p.id === id) };
  }
  const db = new PeopleDb(`keep${++n}`);
  opened.push(db);
  await db.open();
  await db.people.bulkPut(people);
  const store = createPeopleStore(db, { storage: undefined, now: () => 1000, newId: ids() });
  await store.start();
  return { store, read: (id: string) => db.people.get(id), db };
}

const due = async (store: PeopleStore, read: (id: string) => Promise<Person | undefined>, id: string) =>
  nextDue((await read(id))!, store.$cadences.get());

for (const where of ['stored', 'memory'] as const)
  describe(`keeping in touch in the people store (${where === 'stored' ? 'IndexedDB' : 'in memory'})`, () => {
    it('a network cadence makes its people, and only they, due from the day it was turned on', async () => {
      const people = makePeople(3, (i) => ({ networks: i === 0 ? ['social'] : ['career'] }));
      const { store, read } = await open(where, people);
      await store.setNetworkCadence('social', 'month', today);
      expect(store.$cadences.get()).toEqual({ social: { every: 'month', since: today } });
      expect(await due(store, read, 'p-000000')).toBe('2027-01-11');
      expect(await due(store, read, 'p-000001')).toBeNull();
      // changing the cadence keeps the day it was turned on; off forgets it
      await store.setNetworkCadence('social', 'quarter', '2026-12-20');
      expect(store.$cadences.get()).toEqual({ social: { every: 'quarter', since: today } });
      await store.setNetworkCadence('social', null, '2026-12-20');
      expect(store.$cadences.get()).toEqual({});
      expect(await due(store, read, 'p-000000')).toBeNull();
    });

    it('log a contact: the next due date moves; edit it: it follows; delete it: it moves back', async () => {
      const { store, read } = await open(
        where,
        makePeople(1, () => ({ networks: ['social'] })),
      );
      await store.setNetworkCadence('social', 'month', today);
      expect(await due(store, read, 'p-000000')).toBe('2027-01-11');
      const contact = { date: '2026-10-20', how: 'call' as const, notes: 'Coffee', give: null, plan: null };
      expect(await store.logContact('p-000000', contact)).toBe(true);
      expect((await read('p-000000'))?.contacts).toEqual([{ ...contact, id: 'c1' }]);
      expect(await due(store, read, 'p-000000')).toBe('2026-11-20');
      expect(await store.editContact('p-000000', 'c1', { date: '2026-11-02', give: 'introduction' })).toBe(true);
      expect((await read('p-000000'))?.contacts).toEqual([
        { ...contact, date: '2026-11-02', give: 'introduction', id: 'c1' },
      ]);
      expect(await due(store, read, 'p-000000')).toBe('2026-12-02');
      expect(await store.deleteContact('p-000000', 'c1')).toBe(true);
      expect((await read('p-000000'))?.contacts).toEqual([]);
      expect(await due(store, read, 'p-000000')).toBe('2027-01-11');
      // a contact that is not there changes nothing
      expect(await store.deleteContact('p-000000', 'c1')).toBe(false);
      expect(await store.editContact('p-000000', 'c1', { notes: 'x' })).toBe(false);
    });

    it('logging the planned contact clears it; another contact keeps it; either ends a snooze', async () => {
      const plannedContact = { date: '2026-12-10', reason: 'Meet the people a level up', key: 'checklist:p:meet' };
      const { store, read } = await open(
        where,
        makePeople(1, () => ({ plannedContact, snoozedUntil: '2027-01-01', cadence: 'month', cadenceSince: today })),
      );
      await store.logContact('p-000000', { date: today, how: 'met', notes: '', give: null, plan: null });
      expect(await read('p-000000')).toMatchObject({ plannedContact, snoozedUntil: null });
      await store.logContact('p-000000', { date: today, how: 'met', notes: '', give: null, plan: plannedContact.key });
      expect((await read('p-000000'))?.plannedContact).toBeNull();
      expect((await read('p-000000'))?.contacts.map((c) => c.plan)).toEqual([null, plannedContact.key]);
    });

    it('a person’s own cadence and a snooze are plain fields: saved, and the due date follows them', async () => {
      const { store, read } = await open(where, makePeople(1));
      expect(await due(store, read, 'p-000000')).toBeNull();
      await store.save('p-000000', { cadence: 'two-weeks', cadenceSince: today });
      expect(await due(store, read, 'p-000000')).toBe('2026-12-23');
      await store.save('p-000000', { snoozedUntil: '2027-01-09' });
      expect(await due(store, read, 'p-000000')).toBe('2027-01-09');
      await store.save('p-000000', { cadence: 'off' });
      expect(await due(store, read, 'p-000000')).toBeNull();
    });
  });

it('network cadences are kept in the database: another tab and a reload see them', async () => {
  const { store, db } = await open('stored', makePeople(1));
  await store.setNetworkCadence('past', 'half-year', today);
  const again = createPeopleStore(db!, { storage: undefined });
  await again.start();
  await new Promise((r) => setTimeout(r, 50));
  expect(again.$cadences.get()).toEqual({ past: { every: 'half-year', since: today } });
  again.stop();
  store.stop();
});
