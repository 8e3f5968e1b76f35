/**
 * The people as other tools read them (src/tools/people/reader.ts, raw IndexedDB): the reader's
 * own organization comes along, and a planned contact is taken back only while it is still the
 * one with the tool's key.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleDb } from '../../../src/tools/people/db';
import { planContact, readPeople, unplanContact } from '../../../src/tools/people/reader';
import { makePeople } from '../../support/people-db';

let n = 0;
const opened: PeopleDb[] = [];
async function database() {
  const name = `reader-${++n}`;
  const db = new PeopleDb(name);
  opened.push(db);
  await db.open();
  await db.people.bulkPut(makePeople(2));
  return { db, name };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the people reader', () => {
  it('reads the reader’s own organization and title, or null before they said', async () => {
    const { db, name } = await database();
    expect((await readPeople(name)).self).toBeNull();
    await db.settings.put({ key: 'self', value: { organization: 'Globex', title: 'Sales manager' } });
    const read = await readPeople(name);
    expect(read.self).toEqual({ organization: 'Globex', title: 'Sales manager' });
    expect(read.people).toHaveLength(2);
    await db.settings.put({ key: 'self', value: { organization: 3 } as never });
    expect((await readPeople(name)).self).toBeNull();
  });

  it('takes back a planned contact only while it still has the key that set it', async () => {
    const { db, name } = await database();
    const key = 'checklist:plan-0001:op-steps-up';
    const planned = { date: '2027-02-03', reason: 'Meet one or two.', key };
    expect(await planContact('p-000000', planned, 5, name)).toBe(true);
    expect(await unplanContact('p-000000', 'checklist:plan-0001:op-peers', 6, name)).toBe(false);
    expect((await db.people.get('p-000000'))!.plannedContact).toEqual(planned);
    expect(await unplanContact('p-000000', key, 7, name)).toBe(true);
    const person = (await db.people.get('p-000000'))!;
    expect(person.plannedContact).toBeNull();
    expect(person.changed.plannedContact).toBe(7);
    expect(await unplanContact('nobody', key, 8, name)).toBe(false);
  });
});
