import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairRule } from '../../../src/purposes/model';
import { networkIds, type NetworkId } from '../../../src/purposes/networks';
import { countPerNetwork, countUnsorted, keptApartPeople } from '../../../src/tools/people/counts';
import { newPerson } from '../../../src/tools/people/person';
import { loadPurposeModel } from '../../support/purpose-model';

const network = fc.constantFrom(...networkIds);
/** people with any networks (repeats included, as a damaged record could hold) and a suggestion */
const people = fc
  .array(
    fc.record({
      name: fc.oneof(fc.constantFrom('Ana Núñez', 'ana', 'Zoë', 'Bob', ''), fc.string({ maxLength: 6 })),
      networks: fc.array(network, { maxLength: 8 }),
      suggested: fc.array(network, { maxLength: 3 }),
    }),
    { maxLength: 15 },
  )
  .map((rows) =>
    rows.map((r, i) =>
      newPerson(`id-${i}`, 0, {
        name: r.name,
        networks: r.networks,
        suggestion: r.suggested.length ? { networks: r.suggested, because: 'A rule' } : null,
      }),
    ),
  );

describe('counting people per network', () => {
  it('counts a person once in each network they sit in, never their suggestions; every count adds up', () => {
    fc.assert(
      fc.property(people, (list) => {
        const counts = countPerNetwork(list);
        expect(Object.keys(counts).sort()).toEqual([...networkIds].sort());
        for (const n of networkIds) expect(counts[n]).toBe(list.filter((p) => p.networks.includes(n)).length);
        const memberships = list.reduce((sum, p) => sum + new Set(p.networks).size, 0);
        expect(networkIds.reduce((sum, n) => sum + counts[n], 0)).toBe(memberships);
        expect(countUnsorted(list)).toBe(list.filter((p) => p.networks.length === 0).length);
      }),
    );
  });

  it('counts nobody in a network only suggested', () => {
    const suggested = newPerson('a', 0, { suggestion: { networks: ['career'], because: 'Recruiter' } });
    expect(countPerNetwork([suggested]).career).toBe(0);
    expect(countUnsorted([suggested])).toBe(1);
  });
});

describe('people in two networks kept apart', () => {
  const model = loadPurposeModel();
  /** the purpose model's pairs kept in separate networks: Social and Personal Brand */
  const separate = (a: NetworkId, b: NetworkId) => a !== 'past' && b !== 'past' && pairRule(model, a, b) === 'separate';

  it('lists exactly the people who sit in two of the networks that are kept apart, with those networks, by name', () => {
    fc.assert(
      fc.property(people, fc.subarray([...networkIds]), (list, among) => {
        const found = keptApartPeople(list, among, separate, 'en-US');
        const expected = list.filter((p) =>
          among.some((a) => among.some((b) => p.networks.includes(a) && p.networks.includes(b) && separate(a, b))),
        );
        expect(found.map((f) => f.person.id).sort()).toEqual(expected.map((p) => p.id).sort());
        for (const { person, networks } of found) {
          expect(networks.length).toBeGreaterThanOrEqual(2);
          for (const n of networks) {
            expect(among).toContain(n);
            expect(person.networks).toContain(n);
            expect(networks.some((m) => separate(n, m) || separate(m, n))).toBe(true);
          }
        }
        const collator = new Intl.Collator('en-US');
        for (let i = 1; i < found.length; i++)
          expect(collator.compare(found[i - 1]!.person.name, found[i]!.person.name)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('names a person in Social and Personal Brand, not one in Social and Career, nor one whose Personal Brand is only suggested', () => {
    const both = newPerson('a', 0, { name: 'Mary Jones', networks: ['social', 'brand', 'career'] });
    const shared = newPerson('b', 0, { name: 'Sam Lee', networks: ['social', 'career'] });
    const suggested = newPerson('c', 0, {
      name: 'Ama Mensah',
      networks: ['social'],
      suggestion: { networks: ['brand'], because: 'A rule' },
    });
    const among: NetworkId[] = ['social', 'career', 'brand'];
    expect(keptApartPeople([shared, both, suggested], among, separate)).toEqual([
      { person: both, networks: ['social', 'brand'] },
    ]);
    // outside the networks asked about, nobody clashes
    expect(keptApartPeople([both], ['social', 'career'], separate)).toEqual([]);
  });
});
