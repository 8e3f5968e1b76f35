import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { PeopleDb } from '@/tools/people/db';
import { commitImport } from '@/tools/people/import/commit';
import { parseText } from '@/tools/people/import/read';
import type { Incoming } from '@/tools/people/import/types';
import { newPerson } from '@/tools/people/person';
import { linkedinExport } from '../../../support/people-fixtures';

let n = 0;
const dbs: PeopleDb[] = [];
function openDb() {
  const db = new PeopleDb(`people-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function rows(distinct: number, version = 1): readonly Incoming[] {
  const result = parseText(linkedinExport({ distinct, version }).text);
  if (!result.ok) throw new Error(result.problem.code);
  return result.people;
}
const label = () => 'Imported';
const snapshot = async (db: PeopleDb) => ({
  people: (await db.people.toArray()).sort((a, b) => a.id.localeCompare(b.id)),
  undo: await db.undo.toArray(),
});

describe('storing an import', () => {
  it('writes every person and one undo entry naming the added and the people as they were', async () => {
    const db = openDb();
    const edited = newPerson('keep', 1, {
      name: 'Kept',
      profileUrl: 'https://linkedin.com/in/person-1-ab',
      notes: 'met in Lyon',
      source: 'linkedin',
    });
    await db.people.add(edited);
    const done = await commitImport(db, rows(2500), [], { merge: new Set(), label, now: 50 });
    expect(done.ok).toBe(true);
    expect(await db.people.count()).toBe(2500);
    const [entry] = await db.undo.toArray();
    expect(entry!.added).toHaveLength(2499);
    expect(entry!.before).toEqual([edited]);
    expect((await db.people.get('keep'))!.notes).toBe('met in Lyon');
  });

  it('a cancel half-way leaves the database as it was', async () => {
    const db = openDb();
    await commitImport(db, rows(100), [], { merge: new Set(), label, now: 1 });
    const before = await snapshot(db);
    const controller = new AbortController();
    const done = await commitImport(db, rows(3000, 2), [], {
      merge: new Set(),
      label,
      signal: controller.signal,
      onProgress: (share) => share > 0.4 && controller.abort(),
    });
    expect(done).toEqual({ ok: false, problem: 'cancelled' });
    expect(await snapshot(db)).toEqual(before);
  });

  it('storage running out half-way leaves the database as it was, and says so', async () => {
    const db = openDb();
    await commitImport(db, rows(50), [], { merge: new Set(), label, now: 1 });
    const before = await snapshot(db);
    let written = 0;
    db.people.hook('creating', () => {
      if (++written > 1500) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const done = await commitImport(db, rows(3000), [], { merge: new Set(), label });
    expect(done).toEqual({ ok: false, problem: 'quota' });
    expect(await snapshot(db)).toEqual(before);
  });
});
