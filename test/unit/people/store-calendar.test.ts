/**
 * The store's calendar file: what a file said is stored with it (the 'calendar' setting), so the
 * next file, in this tab or another, raises the SEQUENCE of what changed; a stored value that is
 * not what the tool writes is read as no previous file; in memory it lasts the visit.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarSent } from '../../../src/tools/people/db';
import { PeopleDb } from '../../../src/tools/people/db';
import { createPeopleStore } from '../../../src/tools/people/store';

let n = 0;
const opened: PeopleDb[] = [];
async function tab(name: string) {
  const db = new PeopleDb(name);
  opened.push(db);
  await db.open();
  const store = createPeopleStore(db, { storage: undefined, now: () => 1000 });
  await store.start();
  return { db, store };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
/** a build that says person a is due on `due` and records what it was given */
const build = (due: string, seen: CalendarSent[]) => (previous: CalendarSent) => {
  seen.push(previous);
  const last = previous.a;
  const sequence = last === undefined ? 0 : last.due === due ? last.sequence : last.sequence + 1;
  return { text: `file ${due}`, sent: { ...previous, a: { sequence, due } } };
};

describe('the calendar file in the store', () => {
  it('stores what each file said, and gives it to the next file, in this tab and another', async () => {
    const name = `cal${++n}`;
    const { db, store } = await tab(name);
    const seen: CalendarSent[] = [];
    expect((await store.calendarFile(build('2027-01-04', seen)))?.text).toBe('file 2027-01-04');
    expect((await db.settings.get('calendar'))?.value).toEqual({ a: { sequence: 0, due: '2027-01-04' } });
    const other = await tab(name);
    await other.store.calendarFile(build('2027-02-04', seen));
    expect(seen).toEqual([{}, { a: { sequence: 0, due: '2027-01-04' } }]);
    expect((await db.settings.get('calendar'))?.value).toEqual({ a: { sequence: 1, due: '2027-02-04' } });
  });

  it('reads a stored value that is not what the tool writes as no previous file, and replaces it', async () => {
    const { db, store } = await tab(`cal${++n}`);
    await db.settings.put({ key: 'calendar', value: { a: { sequence: 'x', due: 3 } } as never });
    const seen: CalendarSent[] = [];
    await store.calendarFile(build('2027-01-04', seen));
    expect(seen).toEqual([{}]);
    expect((await db.settings.get('calendar'))?.value).toEqual({ a: { sequence: 0, due: '2027-01-04' } });
  });

  it('without IndexedDB keeps what the files said for the visit', async () => {
    const store = createPeopleStore(null, { storage: undefined });
    await store.start();
    const seen: CalendarSent[] = [];
    await store.calendarFile(build('2027-01-04', seen));
    await store.calendarFile(build('2027-03-04', seen));
    expect(seen[1]).toEqual({ a: { sequence: 0, due: '2027-01-04' } });
  });
});
