import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadenceIds, networkIds } from '../../../src/purposes/networks';
import { addDays, formatIsoDate, parseIsoDate, weekdayOf } from '../../../src/shared/dates';
import { lastContact, nextDue, type NetworkCadences } from '../../../src/tools/people/cadence';
import type { LoggedContact, Person } from '../../../src/tools/people/person';
import { makePerson } from '../../support/people-db';

/** any day from 1900 to the end of 2198 (a year's cadence from it stays inside the site's years) */
const day = fc
  .integer({ min: 0, max: 108_900 })
  .map((n) => formatIsoDate(addDays({ year: 1900, month: 1, day: 1 }, n)));
const contact = day.map((date): LoggedContact => ({ id: date, date, how: 'met', notes: '', give: null, plan: null }));
const cadence = fc.constantFrom(...cadenceIds);
const person = fc.record({
  cadence: fc.constantFrom(null, 'off' as const, ...cadenceIds),
  cadenceSince: fc.option(day),
  networks: fc.subarray([...networkIds]),
  contacts: fc.array(contact, { maxLength: 6 }),
  // a snooze that is a day, none, or something that is not a day (a damaged record)
  snoozedUntil: fc.oneof(fc.constant(null), day, fc.constantFrom('', '2027-02-30', 'soon')),
});
const networks = fc.dictionary(
  fc.constantFrom(...networkIds),
  fc.record({ every: cadence, since: day }),
) as fc.Arbitrary<NetworkCadences>;

describe('nextDue', () => {
  it('for any logged contacts, cadence and snooze: a real working day or a snooze end, never before the last contact or the snooze', () => {
    fc.assert(
      fc.property(person, networks, (fields, cadences) => {
        const p = makePerson(0, fields);
        const due = nextDue(p, cadences);
        if (due === null) return;
        const parsed = parseIsoDate(due);
        expect(parsed).not.toBeNull();
        const last = lastContact(p);
        if (last !== null) expect(due > last).toBe(true);
        const snooze = parseIsoDate(p.snoozedUntil) ? p.snoozedUntil! : null;
        if (snooze !== null) expect(due >= snooze).toBe(true);
        // off a weekend unless it is the day a snooze ends
        if (due !== snooze) expect([0, 6]).not.toContain(weekdayOf(parsed!));
      }),
      { numRuns: 500 },
    );
  });

  it('is null exactly when no cadence applies: off, or no network cadence', () => {
    const on: NetworkCadences = { social: { every: 'month', since: '2026-12-01' } };
    expect(nextDue(makePerson(0, { networks: ['career'] }), on)).toBeNull();
    expect(nextDue(makePerson(0, { networks: ['social'], cadence: 'off', cadenceSince: '2026-12-01' }), on)).toBeNull();
    expect(nextDue(makePerson(0, { networks: ['social'] }), on)).toBe('2027-01-01');
  });

  it('a person’s own cadence with no start day (an older file) runs from the day it was set, never ignored', () => {
    const set = Date.UTC(2026, 10, 30, 12); // 30 November 2026, midday UTC
    const person = makePerson(0, { cadence: 'month', cadenceSince: null, changed: { cadence: set } });
    expect(nextDue(person, {})).toBe('2026-12-30');
  });

  it('someone who joins a network after its cadence was turned on is due a cadence after they joined, not at once', () => {
    const on: NetworkCadences = { social: { every: 'month', since: '2026-01-05' } };
    const joined = Date.UTC(2026, 10, 2, 12); // 2 November 2026
    const late = makePerson(0, { networks: ['social'], changed: { networks: joined } });
    expect(nextDue(late, on)).toBe('2026-12-02');
    // one who was in it before keeps the network's start
    const early = makePerson(1, { networks: ['social'], changed: { networks: Date.UTC(2025, 0, 1) } });
    expect(nextDue(early, on)).toBe('2026-02-05');
  });

  it('runs from the last logged contact, in any order; the most frequent network cadence wins; a person’s own beats the networks’', () => {
    const on: NetworkCadences = {
      social: { every: 'quarter', since: '2026-01-05' },
      career: { every: 'month', since: '2026-06-01' },
    };
    const contacts = ['2026-10-14', '2026-11-02', '2026-09-01'].map((date): LoggedContact => ({
      id: date,
      date,
      how: 'call',
      notes: '',
      give: null,
      plan: null,
    }));
    const p: Person = makePerson(0, { networks: ['social', 'career'], contacts });
    // 2 November plus a month
    expect(nextDue(p, on)).toBe('2026-12-02');
    expect(nextDue({ ...p, cadence: 'year', cadenceSince: '2026-12-01' }, on)).toBe('2027-11-02');
    // a snooze past the due date moves it
    expect(nextDue({ ...p, snoozedUntil: '2026-12-20' }, on)).toBe('2026-12-20');
    expect(nextDue({ ...p, snoozedUntil: '2026-11-20' }, on)).toBe('2026-12-02');
  });
});
