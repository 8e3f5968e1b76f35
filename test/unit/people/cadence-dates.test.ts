/**
 * The contact cadence on real calendars, with fixed clocks: month ends (31 January plus a month is
 * the end of February, then a month from the logged contact), leap days, a quarter from 30
 * November, two weeks across daylight-saving changes, the reader's day in time zones a browser
 * can report (+14 to −11, half-hour offsets and a half-hour DST) around midnight, a snooze later
 * or earlier than the due date, 'off' over a network's cadence, the most frequent network
 * cadence winning, and never an invalid date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cadenceIds, networkIds, type CadenceId } from '../../../src/purposes/networks';
import { formatIsoDate, localDate, parseIsoDate, weekdayOf } from '../../../src/shared/dates';
import { cadenceOf, nextDue, type NetworkCadences } from '../../../src/tools/people/cadence';
import { newPerson, type LoggedContact, type Person } from '../../../src/tools/people/person';

const contact = (date: string): LoggedContact => ({ id: date, date, how: 'call', notes: '', give: null, plan: null });
const own = (cadence: CadenceId, since: string, fields: Partial<Person> = {}) =>
  newPerson('p', 0, { cadence, cadenceSince: since, ...fields });
const at = (iso: string) => Date.parse(`${iso}Z`);
const day = (instant: number, zone: string) => formatIsoDate(localDate(instant, zone));

describe('month ends and leap days', () => {
  it('31 January plus a month is the end of February (a Sunday moves to Monday 1 March), never 2 or 3 March', () => {
    expect(nextDue(own('month', '2027-01-31'), {})).toBe('2027-03-01'); // 28 Feb 2027 is a Sunday
    expect(nextDue(own('month', '2028-01-31'), {})).toBe('2028-02-29'); // a Tuesday in a leap year
  });

  it('then runs a month from the logged contact, not from the clamped day', () => {
    expect(nextDue(own('month', '2028-01-31', { contacts: [contact('2028-02-29')] }), {})).toBe('2028-03-29');
    // the latest contact counts, in whatever order they were logged
    const both = [contact('2028-03-31'), contact('2028-02-29')];
    expect(nextDue(own('month', '2028-01-31', { contacts: both }), {})).toBe('2028-05-01'); // 30 April 2028 is a Sunday
  });

  it('29 February plus a year is 28 February', () => {
    expect(nextDue(own('year', '2028-02-29'), {})).toBe('2029-02-28');
    expect(nextDue(own('year', '2000-01-01', { contacts: [contact('2028-02-29')] }), {})).toBe('2029-02-28');
  });

  it('a quarter from 30 November is the end of February', () => {
    expect(nextDue(own('quarter', '2026-11-30'), {})).toBe('2027-03-01'); // 28 Feb 2027: Sunday → Monday
    expect(nextDue(own('quarter', '2027-11-30'), {})).toBe('2028-02-29');
  });

  it('two weeks is fourteen days across a daylight-saving change', () => {
    expect(nextDue(own('two-weeks', '2027-03-01'), {})).toBe('2027-03-15'); // US clocks go forward 14 March
    expect(nextDue(own('two-weeks', '2027-01-01', { contacts: [contact('2027-10-25')] }), {})).toBe('2027-11-08');
    expect(nextDue(own('two-weeks', '2027-03-22'), {})).toBe('2027-04-05'); // Lord Howe goes back half an hour 4 April
  });
});

describe('the reader’s day in time zones a browser can report', () => {
  it.each([
    ['Pacific/Kiritimati', '2026-12-31T09:59:00', '2026-12-31'],
    ['Pacific/Kiritimati', '2026-12-31T10:00:00', '2027-01-01'],
    ['Pacific/Pago_Pago', '2027-01-01T10:59:00', '2026-12-31'],
    ['Pacific/Pago_Pago', '2027-01-01T11:00:00', '2027-01-01'],
    ['Asia/Kolkata', '2026-12-06T18:29:00', '2026-12-06'],
    ['Asia/Kolkata', '2026-12-06T18:30:00', '2026-12-07'],
    ['America/New_York', '2027-03-14T04:59:00', '2027-03-13'],
    ['America/New_York', '2027-03-14T05:00:00', '2027-03-14'],
    ['America/New_York', '2027-03-15T03:59:00', '2027-03-14'],
    ['America/New_York', '2027-03-15T04:00:00', '2027-03-15'],
    ['America/New_York', '2027-11-08T04:59:00', '2027-11-07'],
    ['America/New_York', '2027-11-08T05:00:00', '2027-11-08'],
    ['Australia/Lord_Howe', '2027-01-15T12:59:00', '2027-01-15'],
    ['Australia/Lord_Howe', '2027-01-15T13:00:00', '2027-01-16'],
    ['Australia/Lord_Howe', '2027-04-04T13:29:00', '2027-04-04'],
    ['Australia/Lord_Howe', '2027-04-04T13:30:00', '2027-04-05'],
    ['Australia/Lord_Howe', '2027-06-15T13:29:00', '2027-06-15'],
    ['Australia/Lord_Howe', '2027-06-15T13:30:00', '2027-06-16'],
  ])('in %s, %s UTC is %s', (zone, instant, expected) => {
    expect(day(at(instant), zone)).toBe(expected);
  });

  it('a contact logged on the reader’s day one minute after midnight in Kiritimati runs from that day', () => {
    const logged = day(at('2026-12-31T10:01:00'), 'Pacific/Kiritimati');
    expect(nextDue(own('month', '2026-12-01', { contacts: [contact(logged)] }), {})).toBe('2027-02-01');
  });

  it('any instant in any of these zones is a real day within one day of UTC’s', () => {
    const zones = [
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Asia/Kolkata',
      'America/New_York',
      'Australia/Lord_Howe',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: at('1990-01-01T00:00:00'), max: at('2150-12-31T23:59:59') }),
        fc.constantFrom(...zones),
        (instant, zone) => {
          const local = parseIsoDate(day(instant, zone));
          expect(local).not.toBeNull();
          const utc = new Date(instant).toISOString().slice(0, 10);
          const diff = (Date.parse(`${formatIsoDate(local!)}T00:00:00Z`) - Date.parse(`${utc}T00:00:00Z`)) / 86_400_000;
          expect(Math.abs(diff)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe('snooze, off, and the networks’ cadences', () => {
  const cadences: NetworkCadences = {
    career: { every: 'quarter', since: '2027-01-04' },
    resource: { every: 'month', since: '2027-02-01' },
  };

  it('a snooze later than the due date moves it; one earlier changes nothing', () => {
    expect(nextDue(own('month', '2027-01-04', { snoozedUntil: '2027-02-20' }), {})).toBe('2027-02-20');
    expect(nextDue(own('month', '2027-01-04', { snoozedUntil: '2027-01-20' }), {})).toBe('2027-02-04');
    // a snooze that is not a date is ignored, never shown
    expect(nextDue(own('month', '2027-01-04', { snoozedUntil: '2027-02-30' }), {})).toBe('2027-02-04');
  });

  it('“off” on the person overrides every network’s cadence', () => {
    const person = newPerson('p', 0, { networks: ['career', 'resource'], cadence: 'off' });
    expect(cadenceOf(person, cadences)).toBeNull();
    expect(nextDue(person, cadences)).toBeNull();
  });

  it('the most frequent of the person’s networks’ cadences wins, from the day it was turned on', () => {
    const person = newPerson('p', 0, { networks: ['career', 'resource'] });
    expect(cadenceOf(person, cadences)).toEqual(cadences.resource);
    expect(nextDue(person, cadences)).toBe('2027-03-01');
    expect(nextDue(newPerson('p', 0, { networks: ['career'] }), cadences)).toBe('2027-04-05'); // 4 April: Sunday
    expect(nextDue(newPerson('p', 0, { networks: ['social'] }), cadences)).toBeNull();
  });

  it('for any cadence, start, contacts and snooze: null or a real working day (or the snooze), after the last contact', () => {
    const date = fc
      .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2150, 0, 1) })
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    const arb = fc.record({
      cadence: fc.constantFrom(...cadenceIds, 'off' as const, null),
      since: fc.option(date, { nil: null }),
      contacts: fc.array(date, { maxLength: 4 }),
      snooze: fc.option(fc.oneof(date, fc.constant('not a date')), { nil: null }),
      networks: fc.subarray([...networkIds]),
      every: fc.dictionary(
        fc.constantFrom(...networkIds),
        fc.record({ every: fc.constantFrom(...cadenceIds), since: date }),
      ),
    });
    fc.assert(
      fc.property(arb, (s) => {
        const person = newPerson('p', 0, {
          ...{ cadence: s.cadence, cadenceSince: s.since, networks: s.networks, snoozedUntil: s.snooze },
          contacts: s.contacts.map(contact),
        });
        const due = nextDue(person, s.every);
        if (due === null) return;
        const parsed = parseIsoDate(due);
        expect(parsed).not.toBeNull();
        expect(due).not.toMatch(/NaN|Invalid|undefined/);
        if (due !== s.snooze) expect([1, 2, 3, 4, 5]).toContain(weekdayOf(parsed!));
        const last = [...s.contacts].sort().at(-1);
        if (last) expect(due > last).toBe(true);
        if (s.snooze && parseIsoDate(s.snooze)) expect(due >= s.snooze).toBe(true);
      }),
    );
  });
});
