import { describe, expect, it } from 'vitest';
import { loadNetworkModel } from '../../support/purpose-model';
import { makePerson } from '../../support/people-db';
import type { NetworkCadences } from '../../../src/tools/people/cadence';
import { givesFor, groupDue, snoozeUntil, todayIso, weekEnd } from '../../../src/tools/people/due';
import type { LoggedContact, Person } from '../../../src/tools/people/person';

const contact = (date: string, id = date): LoggedContact => ({
  id,
  date,
  how: 'call',
  notes: '',
  give: null,
  plan: null,
});
/** person i in the social network, with contacts on these days */
const member = (i: number, name: string, ...dates: string[]): Person =>
  makePerson(i, { name, networks: ['social'], contacts: dates.map((d) => contact(d)) });
const monthly: NetworkCadences = { social: { every: 'month', since: '2026-12-01' } };
const names = (list: readonly { person: Person }[]) => list.map((d) => d.person.name);

describe('who is due (groupDue)', () => {
  // Wednesday 9 December 2026: this week is Wednesday 9 through Tuesday 15
  const today = '2026-12-09';

  it('overdue before today, this week from today through the sixth day after, later after that', () => {
    const people = [
      member(0, 'Due Dec 8', '2026-11-08'),
      member(1, 'Due Dec 9', '2026-11-09'),
      member(2, 'Due Dec 15', '2026-11-15'),
      member(3, 'Due Dec 16', '2026-11-16'),
      // no cadence applies: never listed
      makePerson(4, { name: 'Not in a network', contacts: [contact('2020-01-01')] }),
    ];
    const groups = groupDue(people, monthly, today);
    expect(groups.weekEnd).toBe('2026-12-15');
    expect(names(groups.overdue)).toEqual(['Due Dec 8']);
    expect(names(groups.thisWeek)).toEqual(['Due Dec 9', 'Due Dec 15']);
    expect(names(groups.later)).toEqual(['Due Dec 16']);
    expect(groups.withCadence).toBe(4);
    expect(groups.never).toEqual([]);
  });

  it('never contacted: everyone with a cadence and no logged contact, due from the day it was turned on', () => {
    const people = [member(0, 'Zoë'), member(1, 'Ana'), member(2, 'Contacted', '2026-12-02')];
    const groups = groupDue(people, monthly, today);
    // turned on 1 December: due 1 January 2027 (a Friday)
    expect(groups.never.map((d) => [d.person.name, d.due, d.last])).toEqual([
      ['Ana', '2027-01-01', null],
      ['Zoë', '2027-01-01', null],
    ]);
    expect(names(groups.later)).toEqual(['Ana', 'Zoë', 'Contacted']);
  });

  it('sorted by due date, then name, then id', () => {
    const people = [
      member(0, 'b', '2026-11-20'),
      member(1, 'A', '2026-11-20'),
      member(2, 'a', '2026-11-20'),
      member(3, 'c', '2026-11-17'),
    ];
    expect(groupDue(people, monthly, today).later.map((d) => d.person.id)).toEqual([
      'p-000003',
      'p-000001',
      'p-000002',
      'p-000000',
    ]);
  });

  it('a snoozed person leaves this week and overdue until the snooze ends', () => {
    const due = member(0, 'Due Dec 8', '2026-11-08');
    const snoozed = { ...due, snoozedUntil: snoozeUntil(today, 'week') };
    expect(groupDue([snoozed], monthly, today).later.map((d) => d.due)).toEqual(['2026-12-16']);
    // the day the snooze ends, they are due
    expect(names(groupDue([snoozed], monthly, '2026-12-16').thisWeek)).toEqual(['Due Dec 8']);
  });

  it('month ends, a leap day and a weekend: real working days', () => {
    const on = (cadence: Person['cadence'], last: string) =>
      groupDue([makePerson(0, { cadence, cadenceSince: '2020-01-01', contacts: [contact(last)] })], {}, '2020-01-01')
        .later[0]?.due;
    // 31 January plus a month is 28 February 2027, a Sunday: Monday 1 March
    expect(on('month', '2027-01-31')).toBe('2027-03-01');
    // 31 October plus a month is 30 November, a Monday
    expect(on('month', '2026-10-31')).toBe('2026-11-30');
    // 29 February 2028 plus a year is 28 February 2029, a Wednesday
    expect(on('year', '2028-02-29')).toBe('2029-02-28');
    // 19 December plus two weeks is Saturday 2 January 2027: Monday 4 January
    expect(on('two-weeks', '2026-12-19')).toBe('2027-01-04');
  });

  it('refuses a today that is not a day', () => {
    expect(() => groupDue([], {}, '2026-02-30')).toThrow(RangeError);
  });
});

describe('today and this week in the reader’s time zone', () => {
  // the last second of 31 December 2026 and the first of 1 January 2027, in each zone
  const cases = [
    ['Pacific/Kiritimati', '2026-12-31T09:59:59Z', '2026-12-31T10:00:00Z'],
    ['Asia/Kolkata', '2026-12-31T18:29:59Z', '2026-12-31T18:30:00Z'],
    ['America/New_York', '2027-01-01T04:59:59Z', '2027-01-01T05:00:00Z'],
    ['Pacific/Pago_Pago', '2027-01-01T10:59:59Z', '2027-01-01T11:00:00Z'],
  ] as const;
  for (const [zone, before, after] of cases)
    it(`${zone}: the day turns at local midnight`, () => {
      expect(todayIso(Date.parse(before), zone)).toBe('2026-12-31');
      expect(todayIso(Date.parse(after), zone)).toBe('2027-01-01');
    });

  it('at one instant, a person due 31 December is overdue in Kiritimati and due today in Pago Pago', () => {
    const instant = Date.parse('2026-12-31T10:30:00Z');
    // last contact 17 December, every two weeks: due Thursday 31 December
    const people = [
      makePerson(0, {
        name: 'Sam',
        cadence: 'two-weeks',
        cadenceSince: '2026-12-01',
        contacts: [contact('2026-12-17')],
      }),
    ];
    const kiritimati = groupDue(people, {}, todayIso(instant, 'Pacific/Kiritimati'));
    const pagoPago = groupDue(people, {}, todayIso(instant, 'Pacific/Pago_Pago'));
    expect(names(kiritimati.overdue)).toEqual(['Sam']);
    expect(names(pagoPago.thisWeek)).toEqual(['Sam']);
    expect(kiritimati.weekEnd).toBe('2027-01-07');
    expect(pagoPago.weekEnd).toBe('2027-01-05');
  });

  it('this week crosses a month end and a year end', () => {
    expect(weekEnd({ year: 2026, month: 12, day: 28 })).toEqual({ year: 2027, month: 1, day: 3 });
    expect(weekEnd({ year: 2028, month: 2, day: 25 })).toEqual({ year: 2028, month: 3, day: 2 });
  });
});

describe('snoozes and gives', () => {
  it('a snooze of a week, two weeks or a month ends on a real working day', () => {
    expect(snoozeUntil('2026-12-28', 'week')).toBe('2027-01-04');
    expect(snoozeUntil('2026-12-28', 'two-weeks')).toBe('2027-01-11');
    // 28 February 2027 is a Sunday
    expect(snoozeUntil('2027-01-31', 'month')).toBe('2027-03-01');
    // a snooze started on a Saturday ends on the Monday a week later
    expect(snoozeUntil('2027-01-02', 'week')).toBe('2027-01-11');
    expect(snoozeUntil('2028-01-31', 'month')).toBe('2028-02-29');
  });

  it('the gives offered suit where the person stands, and the past network’s suit a former colleague', () => {
    const gives = loadNetworkModel().gives;
    const ids = (p: Partial<Person>) =>
      givesFor({ relation: null, former: false, networks: [], ...p }, gives).map((g) => g.id);
    expect(ids({})).toEqual([]);
    expect(ids({ relation: 'above' })).toEqual(['more-useful', 'follow-up', 'notes']);
    expect(ids({ relation: 'report' })).toEqual(['heads-up']);
    expect(ids({ former: true })).toEqual(['introduction', 'thanks', 'return-favor']);
    expect(ids({ networks: ['past'], relation: 'above' })).toEqual([
      'introduction',
      'more-useful',
      'follow-up',
      'notes',
      'thanks',
      'return-favor',
    ]);
  });
});
