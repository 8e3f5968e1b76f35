import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleDb } from '../../../src/tools/people/db';
import { addNetwork } from '../../../src/tools/people/edits';
import { createPeopleStore, UNDO_KEPT } from '../../../src/tools/people/store';
import { makePeople } from '../../support/people-db';

let n = 0;
const opened: PeopleDb[] = [];
/** a fresh database, and a store on it (a tab) */
async function tab(name: string, people = makePeople(0)) {
  const db = new PeopleDb(name);
  opened.push(db);
  await db.open();
  if (people.length) await db.people.bulkPut(people);
  const store = createPeopleStore(db, { storage: undefined, now: () => 1000 });
  await store.start();
  return { db, store };
}
const settle = () => new Promise((r) => setTimeout(r, 50));
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the people store', () => {
  it('one bulk change is one undo step: undo gives back the people exactly as they were', async () => {
    const { db, store } = await tab(`t${++n}`, makePeople(60));
    const before = await db.people.toArray();
    const ids = before.slice(0, 50).map((p) => p.id);
    expect(await store.change('Added 50', ids, (cur) => ({ put: addNetwork(cur, 'career', 5), remove: [] }))).toBe(
      true,
    );
    expect(await db.people.where('networks').equals('career').count()).toBe(50);
    await store.undo();
    expect(await db.people.toArray()).toEqual(before);
    expect(await db.undo.count()).toBe(0);
  });

  it('a change that fails half-way leaves the database as it was, and says so', async () => {
    const { db, store } = await tab(`t${++n}`, makePeople(10));
    const before = await db.people.toArray();
    const ok = await store.change(
      'Broken',
      before.map((p) => p.id),
      (cur) => ({
        // the second record has no id: the write throws after the deletes
        put: [...addNetwork(cur, 'social', 5).slice(0, 1), { name: 'no id' } as never],
        remove: [cur[9]!.id],
      }),
    );
    expect(ok).toBe(false);
    expect(await db.people.toArray()).toEqual(before);
    expect(await db.undo.count()).toBe(0);
    expect(store.$message.get()).toMatch(/Nothing stored was lost/);
  });

  it('deleting is undone, and only the last few steps are kept', async () => {
    const { db, store } = await tab(`t${++n}`, makePeople(10));
    for (let i = 0; i < UNDO_KEPT + 2; i++)
      await store.change(`Deleted ${i}`, [`p-00000${i}`], () => ({ put: [], remove: [`p-00000${i}`] }));
    expect(await db.people.count()).toBe(10 - UNDO_KEPT - 2);
    expect(await db.undo.count()).toBe(UNDO_KEPT);
    await store.undo();
    expect(await db.people.get(`p-00000${UNDO_KEPT + 1}`)).toBeDefined();
  });

  it('two tabs editing different fields of one person both keep theirs; for the same field the last save wins', async () => {
    const name = `t${++n}`;
    const a = await tab(name, makePeople(1));
    const b = await tab(name);
    await a.store.save('p-000000', { notes: 'from A' });
    await b.store.save('p-000000', { title: 'from B' });
    const p = await a.db.people.get('p-000000');
    expect([p?.notes, p?.title]).toEqual(['from A', 'from B']);
    expect(p?.changed).toMatchObject({ notes: 1000, title: 1000 });
    await a.store.save('p-000000', { notes: 'A again' });
    await b.store.save('p-000000', { notes: 'B wins' });
    expect((await a.db.people.get('p-000000'))?.notes).toBe('B wins');
    // the other tab follows
    await settle();
    expect(a.store.$people.get()[0]?.notes).toBe('B wins');
  });

  it('without IndexedDB the tool works in memory for the visit, undo included', async () => {
    const store = createPeopleStore(null, { storage: undefined });
    await store.start();
    expect(store.$status.get()).toBe('memory');
    const id = await store.add({ name: 'Ana' });
    await store.change('Deleted Ana', [id!], () => ({ put: [], remove: [id!] }));
    expect(store.$people.get()).toEqual([]);
    await store.undo();
    expect(store.$people.get().map((p) => p.name)).toEqual(['Ana']);
  });

  it('a database written by a newer version of the site is left untouched', async () => {
    const name = `t${++n}`;
    await new Promise<void>((resolve) => {
      const open = indexedDB.open(name, 990);
      open.onupgradeneeded = () => open.result.createObjectStore('people', { keyPath: 'id' }).put({ id: 'x' });
      open.onsuccess = () => (open.result.close(), resolve());
    });
    const db = new PeopleDb(name);
    const store = createPeopleStore(db, { storage: undefined });
    await store.start();
    expect(store.$status.get()).toBe('newer');
    const version = await new Promise((resolve) => {
      const open = indexedDB.open(name);
      open.onsuccess = () => (resolve(open.result.version), open.result.close());
    });
    expect(version).toBe(990);
  });
});
