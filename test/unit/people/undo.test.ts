import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleDb } from '../../../src/tools/people/db';
import { addNetwork } from '../../../src/tools/people/edits';
import { createPeopleStore } from '../../../src/tools/people/store';
import { makePeople } from '../../support/people-db';

let n = 0;
const opened: PeopleDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('undo keeps what the reader did after the step', () => {
  for (const where of ['database', 'memory'] as const) {
    it(`(${where}) undoing a bulk change gives the networks back and keeps a contact logged and a snooze set since`, async () => {
      const db = new PeopleDb(`undo-${++n}`);
      opened.push(db);
      await db.open();
      let clock = 1000;
      const store = createPeopleStore(where === 'database' ? db : null, { storage: undefined, now: () => clock });
      if (where === 'database') {
        await db.people.bulkPut(makePeople(3));
        await store.start();
        await expect.poll(() => store.$people.get().length).toBe(3);
      } else {
        await store.start();
        store.$people.set(makePeople(3));
      }
      const ids = makePeople(3).map((p) => p.id);
      await store.change('Added 3', ids, (cur) => ({ put: addNetwork(cur, 'career', clock), remove: [] }));
      clock = 5000;
      const contact = { date: '2026-12-07', how: 'met', notes: 'Coffee', give: null, plan: null } as const;
      expect(await store.logContact(ids[0]!, contact)).toBe(true);
      expect(await store.save(ids[1]!, { snoozedUntil: '2027-01-04' })).toBe(true);
      await store.undo();
      const read = async () => (where === 'database' ? await db.people.toArray() : [...store.$people.get()]);
      await expect.poll(async () => (await read()).every((p) => p.networks.length === 0)).toBe(true);
      const [first, second] = (await read()).sort((a, b) => a.id.localeCompare(b.id));
      expect(first?.contacts).toMatchObject([contact]);
      expect(second?.snoozedUntil).toBe('2027-01-04');
      store.stop();
    });
  }
});
