/**
 * The review rhythm's count of Your people due a contact per network, with a fixed day: overdue
 * is before today, "in the next seven days" is today to six days on, a person counts in every
 * network they are in (a former colleague in the past network), and one with no cadence never.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadenceIds, networkIds } from '../../../src/purposes/networks';
import { parseIsoDate } from '../../../src/shared/dates';
import { dueCount } from '../../../src/tools/checklist/people-due';
import { nextDue } from '../../../src/tools/people/cadence';
import { newPerson, type Person } from '../../../src/tools/people/person';

const today = parseIsoDate('2026-12-07')!; // a Monday
const person = (fields: Partial<Person>) => newPerson('p', 0, fields);
// a logged contact two weeks before the due date it gives (two-weeks cadence, no weekend moves on weekdays)
const dueOn = (date: string, fields: Partial<Person> = {}): Person => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 14);
  const logged = d.toISOString().slice(0, 10);
  return person({
    networks: ['resource'],
    cadence: 'two-weeks',
    cadenceSince: '2026-01-01',
    contacts: [{ id: 'c', date: logged, how: 'met', notes: '', give: null, plan: null }],
    ...fields,
  });
};

describe('dueCount', () => {
  it('counts overdue before today and due from today to six days on (Friday 11 Dec in, Monday 14 Dec out)', () => {
    const people = ['2026-12-04', '2026-12-07', '2026-12-11', '2026-12-14', '2026-12-21'].map((d) => dueOn(d));
    expect(people.map((p) => nextDue(p, {}))).toEqual([
      '2026-12-04',
      '2026-12-07',
      '2026-12-11',
      '2026-12-14',
      '2026-12-21',
    ]);
    expect(dueCount({ people, cadences: {} }, 'resource', today)).toEqual({ overdue: 1, week: 2 });
    expect(dueCount({ people, cadences: {} }, 'strategic', today)).toEqual({ overdue: 0, week: 0 });
  });

  it('follows the network’s cadence, a person’s “off”, a snooze, and counts a former colleague in the past network', () => {
    const cadences = { past: { every: 'month' as const, since: '2026-10-01' } };
    const people = [
      person({ networks: ['past'] }), // the past network's month from 1 October: overdue
      person({ networks: ['past'], cadence: 'off' }), // off: never due
      person({ former: true, cadence: 'month', cadenceSince: '2026-11-09' }), // 9 December: this week
      dueOn('2026-12-01', { networks: ['past'], snoozedUntil: '2026-12-20' }), // snoozed past the week
      person({ former: true }), // no cadence
    ];
    expect(dueCount({ people, cadences }, 'past', today)).toEqual({ overdue: 1, week: 1 });
  });

  it('never counts more people than the network holds, and never NaN, for any cadence, contact and snooze', () => {
    const arb = fc.record({
      networks: fc.subarray([...networkIds]),
      former: fc.boolean(),
      cadence: fc.constantFrom(...cadenceIds, 'off' as const, null),
      since: fc.integer({ min: 0, max: 800 }),
      contact: fc.option(fc.integer({ min: 0, max: 800 }), { nil: null }),
      snooze: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    });
    const day = (n: number) => new Date(Date.UTC(2026, 11, 7 - n)).toISOString().slice(0, 10);
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 20 }), (specs) => {
        const people = specs.map((s) =>
          person({
            networks: s.networks,
            former: s.former,
            cadence: s.cadence,
            cadenceSince: day(s.since),
            snoozedUntil: s.snooze === null ? null : day(-s.snooze),
            contacts:
              s.contact === null
                ? []
                : [{ id: 'c', date: day(s.contact), how: 'call', notes: '', give: null, plan: null }],
          }),
        );
        for (const network of networkIds) {
          const { overdue, week } = dueCount({ people, cadences: {} }, network, today);
          const inIt = people.filter((p) => p.networks.includes(network) || (network === 'past' && p.former)).length;
          expect(Number.isInteger(overdue) && Number.isInteger(week)).toBe(true);
          expect(overdue + week).toBeLessThanOrEqual(inIt);
        }
      }),
    );
  });
});
