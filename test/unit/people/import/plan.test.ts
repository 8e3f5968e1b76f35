import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkIds, relationIds } from '@/purposes/networks';
import { newPerson, type Person } from '@/tools/people/person';
import { planImport, type Plan } from '@/tools/people/import/plan';
import { parseText } from '@/tools/people/import/read';
import type { Incoming } from '@/tools/people/import/types';
import { linkedinExport } from '../../../support/people-fixtures';

const ids = () => {
  let n = 0;
  return () => `new-${n++}`;
};
const plan = (stored: readonly Person[], incoming: readonly Incoming[], merge: ReadonlySet<number> = new Set()): Plan =>
  planImport(stored, incoming, [], { merge, now: 1000, makeId: ids() });

function incoming(text: string): readonly Incoming[] {
  const result = parseText(text);
  if (!result.ok) throw new Error(result.problem.code);
  return result.people;
}

/** the plan applied, as the commit does: the people stored afterwards */
function apply(stored: readonly Person[], p: Plan): Person[] {
  const after = new Map(p.updated.map((u) => [u.before.id, u.after]));
  return [...stored.map((s) => after.get(s.id) ?? s), ...p.added];
}

describe('an import plan', () => {
  const file = linkedinExport({ distinct: 200, repeats: 5, lookalikes: 4 });

  it('into an empty book: every distinct person new, repeats merged, lookalikes shown and kept apart', () => {
    const p = plan([], incoming(file.text));
    expect(p.read).toBe(209);
    expect(p.added).toHaveLength(204);
    expect(p.skipped.filter((s) => s.reason === 'twice-in-file')).toHaveLength(5);
    expect(p.duplicates).toHaveLength(4);
    expect(p.duplicates.every((d) => !d.stored)).toBe(true);
  });

  it('merges the lookalikes the reader chose to merge', () => {
    const rows = incoming(file.text);
    const first = plan([], rows);
    const merged = plan([], rows, new Set(first.duplicates.map((d) => d.at)));
    expect(merged.added).toHaveLength(200);
    expect(merged.duplicates).toHaveLength(4);
  });

  it('the same file again: nobody added, nobody changed', () => {
    const rows = incoming(file.text);
    const again = plan(apply([], plan([], rows)), rows);
    expect([again.added.length, again.updated.length, again.duplicates.length]).toEqual([0, 0, 0]);
    expect(again.skipped.filter((s) => s.reason === 'unchanged')).toHaveLength(204);
  });

  it('a newer export over edited people: no duplicate, what the reader added kept, moves followed', () => {
    const stored = apply([], plan([], incoming(linkedinExport({ distinct: 100 }).text))).map((p, i) =>
      i % 4 === 0
        ? { ...p, notes: `note ${i}`, networks: ['strategic' as const], greetAs: 'Dr. X', changed: { notes: 5 } }
        : p,
    );
    // the reader typed the organization of person 20 themselves
    const typed = stored.findIndex((p) => p.name.endsWith(' 20'));
    stored[typed] = { ...stored[typed]!, organization: 'My words', changed: { organization: 9 } };
    const newer = plan(stored, incoming(linkedinExport({ distinct: 120, version: 2 }).text));
    const after = apply(stored, newer);
    expect(newer.added).toHaveLength(20);
    expect(after).toHaveLength(120);
    expect(new Set(after.map((p) => p.profileUrl)).size).toBe(120);
    for (const [i, p] of stored.entries()) {
      const now = after.find((a) => a.id === p.id)!;
      expect([now.notes, now.networks, now.greetAs]).toEqual([p.notes, p.networks, p.greetAs]);
      if (i % 4 === 0) expect(now.notes).toBe(`note ${i}`);
    }
    const moved = after.find((p) => p.name.endsWith(' 10'))!;
    expect([moved.organization, moved.title]).toEqual(['New Horizons, LLC', 'Director of Partnerships']);
    expect(after[typed]!.organization).toBe('My words');
  });

  it('merges on any email as well as on the profile', () => {
    const mary = newPerson('m', 1, { name: 'Mary J', emails: ['mary@example.com'], source: 'hand', notes: 'Lunch' });
    const rows = incoming('First Name,Last Name,Email Address,Company\r\nMary,Jones,MARY@example.com,Acme\r\n');
    const p = plan([mary], rows);
    expect(p.added).toHaveLength(0);
    expect(p.updated[0]!.after).toMatchObject({ name: 'Mary J', organization: 'Acme', notes: 'Lunch' });
  });
});

const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'Á', '🌟'), maxLength: 4 });
const email = fc.constantFrom('a@x.io', 'b@x.io', 'c@x.io', 'd@x.io');
const url = fc.constantFrom('', 'https://linkedin.com/in/a', 'https://linkedin.com/in/b', 'https://linkedin.com/in/c');
const incomingArb = fc.record({
  name: text,
  organization: text,
  title: text,
  emails: fc.uniqueArray(email, { maxLength: 2 }),
  phones: fc.uniqueArray(fc.constantFrom('1', '2', '3'), { maxLength: 2 }),
  profileUrl: url,
  connectedOn: fc.constantFrom(null, '2024-03-05'),
  notes: text,
  source: fc.constantFrom('linkedin' as const, 'vcard' as const),
});
const storedArb = fc
  .tuple(
    incomingArb,
    fc.record({
      greetAs: text,
      relation: fc.constantFrom(null, ...relationIds),
      networks: fc.uniqueArray(fc.constantFrom(...networkIds), { maxLength: 2 }),
      notes: text,
      former: fc.boolean(),
      source: fc.constantFrom('hand' as const, 'linkedin' as const, 'google' as const),
      changed: fc.record({ organization: fc.constant(7), title: fc.constant(8) }, { requiredKeys: [] }),
    }),
  )
  .map(([base, reader]) => newPerson('s', 1, { ...base, ...reader }));

describe('the merge never loses what the reader added (property)', () => {
  it('for any stored people and any file', () => {
    fc.assert(
      fc.property(
        fc.array(storedArb, { maxLength: 6 }).map((people) => people.map((p, i) => ({ ...p, id: `s${i}` }))),
        fc.array(incomingArb, { maxLength: 8 }).map((rows) => rows.map((r, i) => ({ ...r, at: i + 2 }))),
        fc.func(fc.boolean()),
        (stored, rows, mergeIt) => {
          const merge = new Set(rows.map((r) => r.at).filter((at) => mergeIt(at)));
          const p = plan(stored, rows, merge);
          const after = apply(stored, p);
          expect(after.length).toBeGreaterThanOrEqual(stored.length);
          for (const before of stored) {
            const now = after.find((a) => a.id === before.id)!;
            for (const f of [
              'greetAs',
              'relation',
              'networks',
              'former',
              'closeness',
              'cadence',
              'plannedContact',
              'changed',
              'createdAt',
              'source',
            ] as const)
              expect(now[f]).toEqual(before[f]);
            if (before.notes.trim()) expect(now.notes).toBe(before.notes);
            if (before.name.trim()) expect(now.name).toBe(before.name);
            if (before.profileUrl) expect(now.profileUrl).toBe(before.profileUrl);
            expect(now.emails).toEqual(expect.arrayContaining([...before.emails]));
            expect(now.phones).toEqual(expect.arrayContaining([...before.phones]));
            for (const f of ['organization', 'title'] as const)
              if (before.source === 'hand' || before.changed[f] !== undefined) {
                if (before[f]) expect(now[f]).toBe(before[f]);
              }
          }
          // every email of the file is kept, by one person only (unless two stored people shared it already)
          for (const e of rows.flatMap((r) => r.emails)) {
            const holders = after.filter((a) => a.emails.includes(e)).length;
            expect(holders).toBeGreaterThanOrEqual(1);
            expect(holders).toBeLessThanOrEqual(Math.max(1, stored.filter((a) => a.emails.includes(e)).length));
          }
          // never a duplicate: the same file again, with the same choices, adds and changes nobody
          const again = plan(after, rows, merge);
          expect([again.added.length, again.updated.length]).toEqual([0, 0]);
        },
      ),
      { numRuns: 500 },
    );
  });
});
