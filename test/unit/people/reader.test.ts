import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleDb } from '../../../src/tools/people/db';
import { DB_STORED_VERSION } from '../../../src/tools/people/db-name';
import { planContact, unplanAll, unplanContact } from '../../../src/tools/people/planned';
import { readPeople } from '../../../src/tools/people/reader';
import { createPeopleStore } from '../../../src/tools/people/store';
import { makePeople, makePerson } from '../../support/people-db';

let n = 0;
const name = () => `reader-${++n}`;
const opened: Dexie[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
/** the people database as the people tool opens it, closed after the test */
async function openDb(db: string) {
  const people = new PeopleDb(db);
  opened.push(people);
  await people.open();
  return people;
}
const exists = async (db: string) => (await indexedDB.databases()).some((d) => d.name === db);

/** a database as version 1 of the site wrote it: people without the keeping-in-touch fields */
async function versionOne(db: string, records: readonly Record<string, unknown>[]) {
  const old = new Dexie(db);
  old.version(1).stores({
    people: 'id, profileUrl, *emails, name, organization, *networks, relation',
    undo: '++id, at',
    settings: 'key',
  });
  await old.open();
  await old.table('people').bulkPut([...records]);
  old.close();
}
const withoutNewFields = (i: number) => {
  const { contacts: _c, snoozedUntil: _s, cadenceSince: _f, ...old } = makePerson(i);
  return old;
};

describe('the people reader (other tools)', () => {
  it('with no database: no people, and no database is made', async () => {
    const db = name();
    expect(await readPeople(db)).toEqual({ people: [], cadences: {}, self: null });
    expect(await exists(db)).toBe(false);
    expect(await planContact('p-000001', { date: '2027-01-04', reason: 'x', key: 'k' }, 1, db)).toBe(false);
    expect(await exists(db)).toBe(false);
  });

  it('reads every person, the network cadences and the own organization; a damaged record is left out', async () => {
    const db = name();
    const people = await openDb(db);
    await people.people.bulkPut(makePeople(5));
    await people.people.put({ id: 'bad', name: 42 } as never);
    await people.settings.bulkPut([
      { key: 'cadences', value: { career: { every: 'quarter', since: '2026-12-07' } } },
      { key: 'self', value: { organization: 'Acme, Inc.', title: 'Director' } },
    ]);
    const read = await readPeople(db);
    expect(read.people.map((p) => p.id).sort()).toEqual(makePeople(5).map((p) => p.id));
    expect(read.cadences).toEqual({ career: { every: 'quarter', since: '2026-12-07' } });
    expect(read.self).toEqual({ organization: 'Acme, Inc.', title: 'Director' });
  });

  it('tampered settings read as none, the people still read', async () => {
    const db = name();
    const people = await openDb(db);
    await people.people.bulkPut(makePeople(2));
    await people.settings.bulkPut([
      { key: 'cadences', value: { career: { every: 'weekly', since: 'soon' } } } as never,
      { key: 'self', value: 'me' } as never,
    ]);
    const read = await readPeople(db);
    expect(read).toMatchObject({ cadences: {}, self: null });
    expect(read.people).toHaveLength(2);
  });

  it("reads a first version's database (people without logged contacts) with the new fields empty", async () => {
    const db = name();
    await versionOne(db, [withoutNewFields(0)]);
    const [person] = (await readPeople(db)).people;
    expect(person).toMatchObject({ id: 'p-000000', contacts: [], snoozedUntil: null, cadenceSince: null });
  });

  it('a planned contact written here is what the people tool reads, with its time of change', async () => {
    const db = name();
    const people = await openDb(db);
    await people.people.bulkPut(makePeople(3));
    const planned = { date: '2027-01-04', reason: 'Meet the people a level up', key: 'checklist:plan-1:level-up' };
    expect(await planContact('p-000001', planned, 5000, db)).toBe(true);
    expect(await planContact('nobody', planned, 5000, db)).toBe(false);
    const stored = await people.people.get('p-000001');
    expect(stored).toMatchObject({ plannedContact: planned, changed: { plannedContact: 5000 } });
    expect((await people.people.get('p-000002'))?.plannedContact).toBeNull();
  });
});

describe('the people database, version 2', () => {
  it('opening a first version database fills the keeping-in-touch fields and keeps everything else', async () => {
    const db = name();
    const old = withoutNewFields(3);
    await versionOne(db, [old]);
    const people = await openDb(db);
    expect(await people.people.get(old.id as string)).toEqual({
      ...old,
      contacts: [],
      snoozedUntil: null,
      cadenceSince: null,
    });
  });
});

describe('logging a contact', () => {
  const planned = { date: '2027-01-04', reason: 'Meet the people a level up', key: 'checklist:plan-1:level-up' };
  for (const where of ['database', 'memory'] as const) {
    it(`(${where}) the planned contact it was is done and cleared; another logged contact leaves it; a snooze ends`, async () => {
      const db = name();
      const people = await openDb(db);
      await people.people.bulkPut(makePeople(2, () => ({ plannedContact: planned, snoozedUntil: '2027-02-01' })));
      const ids = ['a', 'b'];
      const store = createPeopleStore(where === 'database' ? people : null, {
        storage: undefined,
        now: () => 1000,
        newId: () => ids.shift()!,
      });
      if (where === 'memory') {
        await store.start();
        store.$people.set(makePeople(2, () => ({ plannedContact: planned, snoozedUntil: '2027-02-01' })));
      } else await store.start();
      const contact = { date: '2027-01-05', how: 'call', notes: '', give: null } as const;
      expect(await store.logContact('p-000000', { ...contact, plan: null })).toBe(true);
      expect(await store.logContact('p-000001', { ...contact, plan: planned.key })).toBe(true);
      const read = async (id: string) =>
        where === 'database' ? await people.people.get(id) : store.$people.get().find((p) => p.id === id);
      expect(await read('p-000000')).toMatchObject({ plannedContact: planned, snoozedUntil: null });
      expect(await read('p-000001')).toMatchObject({
        plannedContact: null,
        contacts: [{ id: 'b', ...contact, plan: planned.key }],
      });
      expect(await store.deleteContact('p-000001', 'b')).toBe(true);
      expect((await read('p-000001'))?.contacts).toEqual([]);
      expect(await store.deleteContact('p-000001', 'b')).toBe(false);
      store.stop();
    });
  }
});

describe('taking back a planned contact', () => {
  it('takes it back only while it still has the key that set it', async () => {
    const db = name();
    const people = await openDb(db);
    await people.people.bulkPut(makePeople(2));
    const key = 'checklist:plan-0001:op-steps-up';
    const planned = { date: '2027-02-03', reason: 'Meet one or two.', key };
    expect(await planContact('p-000000', planned, 5, db)).toBe(true);
    expect(await unplanContact('p-000000', 'checklist:plan-0001:op-peers', 6, db)).toBe(false);
    expect((await people.people.get('p-000000'))!.plannedContact).toEqual(planned);
    expect(await unplanContact('p-000000', key, 7, db)).toBe(true);
    const person = (await people.people.get('p-000000'))!;
    expect(person.plannedContact).toBeNull();
    expect(person.changed.plannedContact).toBe(7);
    expect(await unplanContact('nobody', key, 8, db)).toBe(false);
  });
});

describe('taking back every planned contact a tool set', () => {
  it('clears those whose key starts with the tool’s prefix, from any of its plans, and no other', async () => {
    const db = name();
    const people = await openDb(db);
    await people.people.bulkPut(makePeople(4));
    const plan = (key: string) => ({ date: '2027-02-03', reason: 'Meet one or two.', key });
    await planContact('p-000000', plan('checklist:plan-0001:op-steps-up'), 5, db);
    await planContact('p-000001', plan('checklist:an-older-plan:op-peers'), 5, db);
    await planContact('p-000002', plan('another-tool:1'), 5, db);
    expect(await unplanAll('checklist:', 9, db)).toBe(2);
    const after = await people.people.toArray();
    expect(after.map((p) => p.plannedContact?.key ?? null)).toEqual([null, null, 'another-tool:1', null]);
    expect(after.map((p) => p.changed.plannedContact)).toEqual([9, 9, 5, undefined]);
    expect(await unplanAll('checklist:', 10, db)).toBe(0);
  });

  it('makes no database where there is none', async () => {
    const db = name();
    expect(await unplanAll('checklist:', 1, db)).toBe(0);
    expect(await exists(db)).toBe(false);
  });
});

describe('a database written by a newer version of the site', () => {
  it('is the version this site writes, as the reader knows it', () => {
    expect(new PeopleDb(name()).verno * 10).toBe(DB_STORED_VERSION);
  });

  it('is never written by the reader', async () => {
    const db = name();
    const newer = new Dexie(db);
    newer.version(DB_STORED_VERSION / 10 + 1).stores({ people: 'id', settings: 'key' });
    await newer.open();
    const kept = { date: '2027-01-04', reason: 'x', key: 'checklist:plan:item' };
    await newer.table('people').put({ ...makePerson(0), plannedContact: kept });
    newer.close();
    expect(await planContact('p-000000', { ...kept, date: '2027-01-05' }, 1, db)).toBe(false);
    expect(await unplanAll('checklist:', 1, db)).toBe(0);
    await newer.open();
    expect((await newer.table('people').get('p-000000')).plannedContact).toEqual(kept);
    newer.close();
  });
});
