import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildRows, filterRows, noFilters } from '../../../src/tools/people/list';
import { newPerson } from '../../../src/tools/people/person';
import { createSorter } from '../../../src/tools/people/rules';
import { loadPeopleRules } from '../../support/people-db';

const sorter = createSorter(loadPeopleRules());
const self = { organization: 'Globex Corporation', title: 'Engineering Manager' };
const titles = ['Vice President, Sales', 'Senior Recruiter', 'Engineering Manager', 'Intern', '', 'Chief of Staff'];
const orgs = ['Globex Corporation', 'Initech', 'Émile & Co', ''];
const person = fc.record({
  name: fc.oneof(fc.constantFrom('Ana Núñez', 'ana nunez', 'Zoë', 'Bob', ''), fc.string({ maxLength: 8 })),
  title: fc.constantFrom(...titles),
  organization: fc.constantFrom(...orgs),
  former: fc.boolean(),
});

describe('the list of people', () => {
  it('holds every person once, sorted by name, with the seniority, suggestion and search text the rules give', () => {
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), (fields) => {
        const people = fields.map((f, i) => newPerson(`id-${i}`, 0, f));
        const rows = buildRows(people, sorter, self);
        expect(rows.map((r) => r.person.id).sort()).toEqual(people.map((p) => p.id).sort());
        const collator = new Intl.Collator('en-US', { sensitivity: 'base' });
        for (let i = 1; i < rows.length; i++)
          expect(collator.compare(rows[i - 1]!.person.name, rows[i]!.person.name)).toBeLessThanOrEqual(0);
        for (const row of rows) {
          expect(row.seniority).toEqual(sorter.seniority(row.person.title));
          expect(row.suggestion).toEqual(sorter.suggest(row.person, self));
        }
      }),
    );
  });

  it('finds a person by any word of their name, organization or title, accents and case aside', () => {
    const people = [
      newPerson('a', 0, { name: 'Ana Núñez', organization: 'Initech', title: 'Senior Recruiter' }),
      newPerson('b', 0, { name: 'Bob Stone', organization: 'Émile & Co', title: 'Intern' }),
    ];
    const rows = buildRows(people, sorter, self);
    const found = (query: string) => filterRows(rows, query, noFilters).map((r) => r.person.id);
    expect(found('nunez')).toEqual(['a']);
    expect(found('EMILE intern')).toEqual(['b']);
    expect(found('recruiter initech')).toEqual(['a']);
    expect(found('')).toEqual(['a', 'b']);
    expect(found('nobody')).toEqual([]);
  });

  it('filters on suggestions and seniority as the rules give them', () => {
    const people = titles.map((title, i) => newPerson(`p${i}`, 0, { name: `P${i}`, title, organization: 'Initech' }));
    const rows = buildRows(people, sorter, self);
    const suggested = filterRows(rows, '', { ...noFilters, network: 'suggested' }).map((r) => r.person.id);
    expect(suggested).toEqual(people.filter((p) => sorter.suggest(p, self)).map((p) => p.id));
    const none = filterRows(rows, '', { ...noFilters, seniority: 'none' }).map((r) => r.person.id);
    expect(none).toEqual(people.filter((p) => !sorter.seniority(p.title)).map((p) => p.id));
  });
});
