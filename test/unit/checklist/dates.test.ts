import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDay,
  daysBetween,
  daysInMonth,
  formatBasicDate,
  formatIsoDate,
  formatLongDate,
  formatShortDate,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  isValidPlainDate,
  parseIsoDate,
  toDayNumber,
  weekday,
  type PlainDate,
} from '../../../src/tools/checklist/dates';
import type { DateText } from '../../../src/tools/checklist/model';
import { loadChecklistContent } from '../../support/checklist-content';

const { dates } = loadChecklistContent().words;

const d = (iso: string): PlainDate => {
  const date = parseIsoDate(iso);
  if (!date) throw new Error(`bad test date ${iso}`);
  return date;
};

/** any real date the checklist accepts */
const plainDate = fc
  .record({
    year: fc.integer({ min: 1900, max: 2200 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .map((x) => ({ ...x, day: Math.min(x.day, daysInMonth(x.year, x.month)) }));

describe('parseIsoDate', () => {
  it('reads a plain calendar day', () => {
    expect(parseIsoDate('2027-01-04')).toEqual({ year: 2027, month: 1, day: 4 });
  });
  it.each([
    '2023-02-29',
    '2100-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-01-00',
    '2024-04-31',
    '2024-1-01',
    ' 2024-01-01',
    '2024-01-01T00:00',
    '1899-12-31',
    '2201-01-01',
    '',
    'tomorrow',
  ])('refuses %j', (text) => expect(parseIsoDate(text)).toBeNull());
  it.for([null, undefined, 20240101, {}, ['2024-01-01']])('refuses a non-string: %j', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });
  it('accepts 29 February only in leap years', () => {
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('2025-02-29')).toBeNull();
  });
});

describe('isCalendarDate', () => {
  it.each(['2027-01-04', '0002-01-04', '0001-01-01', '2024-02-29', '2027-01-01', '2027-12-31'])(
    'accepts %j: a real day in YYYY-MM-DD, even in years a date input passes through while typing',
    (text) => expect(isCalendarDate(text)).toBe(true),
  );
  it.each([
    '2027-02-31',
    '2023-02-29',
    '0000-01-01',
    '2027-00-10',
    '2027-01-00',
    '2027-13-01',
    '2027-1-4',
    'x2027-01-04',
    '2027-01-04x',
    '',
  ])('refuses %j', (text) => expect(isCalendarDate(text)).toBe(false));
});

describe('isValidPlainDate', () => {
  it.each([
    { year: 2024.5, month: 1, day: 1 },
    { year: 2024, month: 1.5, day: 1 },
    { year: 2024, month: 1, day: 1.5 },
    { year: 2024, month: 1, day: 0 },
    { year: 2024, month: 0, day: 1 },
    { year: Number.NaN, month: 1, day: 1 },
  ])('refuses $year-$month-$day', (date) => expect(isValidPlainDate(date)).toBe(false));
  it('accepts the first and last day of the range', () => {
    expect(isValidPlainDate({ year: 1900, month: 1, day: 1 })).toBe(true);
    expect(isValidPlainDate({ year: 2200, month: 12, day: 31 })).toBe(true);
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rules', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2024, 4)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});

describe('addDays and dateOfDay across month and year ends', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-29', 1, '2026-03-30'], // European DST change weekend
    ['2026-11-01', 1, '2026-11-02'], // US DST change
    ['2024-01-31', 29, '2024-02-29'],
    ['2024-12-15', 60, '2025-02-13'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(formatIsoDate(addDays(d(from), days))).toBe(to);
  });

  it('counts day 1 as the start date itself', () => {
    const start = d('2027-01-04');
    expect(formatIsoDate(dateOfDay(start, 1))).toBe('2027-01-04');
    expect(formatIsoDate(dateOfDay(start, 30))).toBe('2027-02-02');
    expect(formatIsoDate(dateOfDay(start, 60))).toBe('2027-03-04');
    expect(formatIsoDate(dateOfDay(start, 90))).toBe('2027-04-03');
  });

  it('handles a start on 31 January in a leap year', () => {
    const start = d('2028-01-31');
    expect([30, 60, 90].map((n) => formatIsoDate(dateOfDay(start, n)))).toEqual([
      '2028-02-29',
      '2028-03-30',
      '2028-04-29',
    ]);
  });
});

describe('properties', () => {
  // the last day of a 400-year cycle, which the day-number arithmetic treats on its own
  it.each(['2000-02-29', '2000-03-01', '1999-12-31', '2400-02-29', '1600-02-29'])('%s round-trips', (iso) => {
    const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
    expect(fromDayNumber(toDayNumber({ year, month, day }))).toEqual({ year, month, day });
  });

  it('day numbers round-trip for every date', () => {
    fc.assert(
      fc.property(plainDate, (date) => {
        expect(fromDayNumber(toDayNumber(date))).toEqual(date);
      }),
    );
  });

  it('adding n days moves exactly n days and lands on a real date', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: -400, max: 400 }), (date, n) => {
        const later = addDays(date, n);
        expect(daysBetween(date, later)).toBe(n);
        if (later.year >= 1900 && later.year <= 2200) expect(isValidPlainDate(later)).toBe(true);
      }),
    );
  });

  it('agrees with the UTC calendar of the JavaScript engine', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 0, max: 120 }), (date, n) => {
        const utc = new Date(Date.UTC(date.year, date.month - 1, date.day + n));
        const expected = { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
        expect(addDays(date, n)).toEqual(expected);
        expect(weekday(addDays(date, n))).toBe(utc.getUTCDay());
      }),
    );
  });

  it('formatting and parsing are inverse', () => {
    fc.assert(
      fc.property(plainDate, (date) => {
        expect(parseIsoDate(formatIsoDate(date))).toEqual(date);
      }),
    );
  });

  it('later day numbers never give earlier dates', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 1, max: 365 }), (start, n) => {
        expect(formatIsoDate(dateOfDay(start, n + 1)) > formatIsoDate(dateOfDay(start, n))).toBe(true);
      }),
    );
  });
});

describe('formatting', () => {
  it('writes the short, long and iCalendar forms', () => {
    const date = d('2027-01-04');
    expect(formatShortDate(date, dates)).toBe('Mon, Jan 4, 2027');
    expect(formatLongDate(date, dates)).toBe('Monday, January 4, 2027');
    expect(formatBasicDate(date)).toBe('20270104');
    expect(formatLongDate(d('2024-02-29'), dates)).toBe('Thursday, February 29, 2024');
    expect(formatShortDate(d('2028-12-31'), dates)).toBe('Sun, Dec 31, 2028');
  });

  it('writes dates in the order and with the names from the words', () => {
    const british: DateText = {
      ...dates,
      long: '{weekday} {day} {month} {year}',
      short: '{day} {month} {year}',
      weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    };
    expect(formatLongDate(d('2027-01-04'), british)).toBe('lundi 4 January 2027');
    expect(formatShortDate(d('2027-01-04'), british)).toBe('4 Jan 2027');
    // a missing name leaves a gap, never "undefined"
    expect(formatLongDate(d('2027-01-04'), { ...dates, months: [] })).toBe('Monday,  4, 2027');
    expect(formatLongDate(d('2027-01-04'), { ...dates, weekdays: [] })).toBe(', January 4, 2027');
  });
});
