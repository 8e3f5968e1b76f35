import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { networkIds } from '../../../src/purposes/networks';
import { addNetwork, mergeTwo, removeNetwork, setRelation } from '../../../src/tools/people/edits';
import { buildRows, filterRows, noFilters } from '../../../src/tools/people/list';
import { parsePerson } from '../../../src/tools/people/person-codec';
import { createSorter } from '../../../src/tools/people/rules';
import { loadPeopleRules, makePeople, makePerson } from '../../support/people-db';

const arbPerson = fc
  .record({
    i: fc.nat(1000),
    name: fc.string(),
    organization: fc.string(),
    notes: fc.string(),
    emails: fc.uniqueArray(fc.emailAddress(), { maxLength: 3 }),
    networks: fc.subarray([...networkIds]),
    former: fc.boolean(),
    relation: fc.constantFrom('above', 'peer', 'report', 'outside', null),
  })
  .map(({ i, ...fields }) => makePerson(i, fields as never));

describe('merging two people by hand', () => {
  it('never loses what either record held: every email, phone, network and note survives', () => {
    fc.assert(
      fc.property(arbPerson, arbPerson, (a, b) => {
        const m = mergeTwo(a, b, 5);
        expect(m.id).toBe(a.id);
        for (const x of [a, b]) {
          for (const e of x.emails) expect(m.emails).toContain(e);
          for (const n of x.networks) expect(m.networks).toContain(n);
          if (x.notes.trim()) expect(m.notes).toContain(x.notes.trim());
          if (x.former) expect(m.former).toBe(true);
        }
        expect(m.name).toBe(a.name.trim() ? a.name : b.name);
        expect(m.relation).toBe(a.relation ?? b.relation);
        expect(new Set(m.networks).size).toBe(m.networks.length);
      }),
    );
  });
});

describe('changes to many at once', () => {
  it('add a network to those not in it, stamping the field; taking it out is the reverse', () => {
    const people = makePeople(4, (i) => ({ networks: i % 2 ? ['career'] : [] }));
    const added = addNetwork(people, 'career', 9);
    expect(added.map((p) => p.id)).toEqual(['p-000000', 'p-000002']);
    expect(added.every((p) => p.networks.includes('career') && p.changed.networks === 9)).toBe(true);
    expect(removeNetwork(people, 'career', 9).map((p) => p.id)).toEqual(['p-000001', 'p-000003']);
    expect(setRelation(people, 'report', 9)).toHaveLength(4);
  });
});

describe('the list', () => {
  const sorter = createSorter(loadPeopleRules());
  const rows = buildRows(makePeople(200), sorter, null);
  it('is sorted by name, and a search needs every word somewhere in name, organization or title (accents aside)', () => {
    const names = rows.map((r) => r.person.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('en-US', { sensitivity: 'base' }).compare));
    const found = filterRows(rows, 'GARCIA hooli', noFilters);
    expect(found.length).toBeGreaterThan(0);
    for (const r of found) expect(r.person.name).toContain('García');
    for (const r of found) expect(r.person.organization).toBe('Hooli');
    expect(filterRows(rows, '', noFilters)).toBe(rows);
  });
  it('filters by network, relation and seniority, none included', () => {
    expect(filterRows(rows, '', { ...noFilters, seniority: 'vp' }).every((r) => r.seniority?.id === 'vp')).toBe(true);
    expect(filterRows(rows, '', { ...noFilters, seniority: 'none' }).every((r) => r.seniority === null)).toBe(true);
    expect(filterRows(rows, '', { ...noFilters, network: 'none' })).toHaveLength(200);
    expect(filterRows(rows, '', { ...noFilters, network: 'suggested' }).every((r) => r.suggestion)).toBe(true);
    expect(filterRows(rows, '', { ...noFilters, relation: 'peer' })).toHaveLength(0);
  });
});

describe('a person read back from a file', () => {
  it('is exactly what was written, and anything else is refused without a throw', () => {
    fc.assert(
      fc.property(arbPerson, (p) => {
        expect(parsePerson(JSON.parse(JSON.stringify(p)))).toEqual(p);
      }),
    );
    fc.assert(
      fc.property(fc.anything(), (v) => {
        expect(() => parsePerson(v)).not.toThrow();
      }),
    );
    const p = makePerson(1);
    for (const broken of [
      { ...p, networks: ['friends'] },
      { ...p, id: 3 },
      { ...p, relation: 'boss' },
      { ...p, former: 'yes' },
    ])
      expect(parsePerson(broken)).toBeNull();
  });
});
