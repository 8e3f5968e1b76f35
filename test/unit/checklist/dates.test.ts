import fc from 'fast-check';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { START_MAX, START_MIN, dateOfDay, dueDate, parseStartDate } from '../../../src/tools/checklist/dates';
import {
  addDays,
  formatBasicDate,
  formatIsoDate,
  formatLongDate,
  formatPlainDate,
  formatShortDate,
  isCalendarDate,
  parseIsoDate,
  workingDay,
  type PlainDate,
} from '../../../src/shared/dates';
import { buildCalendar } from '../../../src/tools/checklist/ics';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile, validateProfile } from '../../../src/tools/checklist/profile';
import { MAX_PLAN_DAY } from '../../../src/tools/checklist/model';
import { words } from '../../../src/tools/checklist/words';
import { checklistContent } from '../../support/checklist-content';

const content = checklistContent();
const d = (iso: string): PlainDate => parseIsoDate(iso)!;
const complete = { ...emptyProfile, role: 'Head of Sales', level: 'manager' as const };
const profile = (startDate: string) => ({ ...complete, startDate });
/** any real date the checklist writes */
const plainDate = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 11, 31)), noInvalidDate: true })
  .map((date) => d(date.toISOString().slice(0, 10)));

describe('dates as readers see them', () => {
  it('are written out in American English, on the same day in every time zone', () => {
    const day = { year: 2027, month: 1, day: 4 };
    expect([formatLongDate(day), formatShortDate(day), formatPlainDate(day)]).toEqual([
      'Monday, January 4, 2027',
      'Mon, Jan 4, 2027',
      'January 4, 2027',
    ]);
  });
});

describe('parseIsoDate and isCalendarDate', () => {
  it.each([
    ['2027-01-04', true, true],
    ['2024-02-29', true, true],
    ['2000-02-29', true, true],
    ['1900-01-01', true, true],
    ['2200-12-31', true, true],
    // a date input passes through years like 0002 while the reader types 2027
    ['0002-01-04', false, true],
    ['1899-12-31', false, true],
    ['2201-01-01', false, true],
    ['2023-02-29', false, false],
    ['2100-02-29', false, false],
    ['2024-04-31', false, false],
    ['2024-13-01', false, false],
    ['2024-00-10', false, false],
    ['2024-01-00', false, false],
    ['0000-01-01', false, false],
    ['0001-01-01', false, true],
    ['2024-1-01', false, false],
    [' 2024-01-01', false, false],
    ['2024-01-01T00:00', false, false],
    ['tomorrow', false, false],
    ['', false, false],
  ])('%j: a checklist date %s, a calendar day %s', (text, checklist, calendar) => {
    expect(parseIsoDate(text) !== null).toBe(checklist);
    expect(isCalendarDate(text)).toBe(calendar);
  });

  it.each([null, undefined, 20240101, {}, ['2024-01-01']])('refuses a non-string: %j', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });
});

describe('adding days across month ends, leap days and DST weekends', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2024-01-31', 29, '2024-02-29'],
    ['2024-12-15', 60, '2025-02-13'],
  ])('%s + %i days = %s', (from, days, to) => {
    expect(formatIsoDate(addDays(d(from), days))).toBe(to);
  });

  it.each([
    ['2027-01-04', [1, 30, 60, 90], ['2027-01-04', '2027-02-02', '2027-03-04', '2027-04-03']],
    ['2028-01-31', [30, 60, 90], ['2028-02-29', '2028-03-30', '2028-04-29']],
  ])('counts day 1 as the start date itself (%s)', (start, days, expected) => {
    expect(days.map((n) => formatIsoDate(dateOfDay(d(start), n)))).toEqual(expected);
  });

  it('moves n days there and n days back to the same date, and writes what it reads (property)', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(addDays(addDays(date, n), -n)).toEqual(date);
        expect(parseIsoDate(formatIsoDate(date))).toEqual(date);
        expect(formatIsoDate(dateOfDay(date, 2)) > formatIsoDate(date)).toBe(true);
      }),
    );
  });
});

describe('writing dates', () => {
  it.each([
    ['2027-01-04', 'Mon, Jan 4, 2027', 'Monday, January 4, 2027', '20270104'],
    ['2024-02-29', 'Thu, Feb 29, 2024', 'Thursday, February 29, 2024', '20240229'],
    ['2028-12-31', 'Sun, Dec 31, 2028', 'Sunday, December 31, 2028', '20281231'],
    ['1900-01-01', 'Mon, Jan 1, 1900', 'Monday, January 1, 1900', '19000101'],
  ])('%s is %s, %s and %s', (iso, short, long, basic) => {
    expect([formatShortDate(d(iso)), formatLongDate(d(iso)), formatBasicDate(d(iso))]).toEqual([short, long, basic]);
  });
});

const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('the working-day rule: a due date on a Saturday or Sunday moves to the following Monday', () => {
  it.each([
    ['2027-01-08', '2027-01-08', 'a Friday stays'],
    ['2027-01-09', '2027-01-11', 'a Saturday'],
    ['2027-01-10', '2027-01-11', 'a Sunday'],
    ['2027-07-31', '2027-08-02', 'a Saturday at a month’s end'],
    ['2022-12-31', '2023-01-02', 'a Saturday at a year’s end'],
    ['2020-02-29', '2020-03-02', 'a Saturday leap day'],
    ['2032-02-29', '2032-03-01', 'a Sunday leap day'],
    ['2027-02-28', '2027-03-01', 'a Sunday at February’s end'],
    ['2024-02-29', '2024-02-29', 'a Thursday leap day stays'],
  ])('%s → %s (%s)', (from, to) => {
    expect(formatIsoDate(workingDay(d(from)))).toBe(to);
  });

  it('moves any day to the first weekday on or after it (property)', () => {
    fc.assert(
      fc.property(plainDate, (date) => {
        const moved = formatIsoDate(workingDay(date));
        expect([0, 6]).not.toContain(weekday(moved));
        const days = (Date.parse(moved) - Date.parse(formatIsoDate(date))) / 86_400_000;
        expect(days).toBe([1, 0, 0, 0, 0, 0, 2][weekday(formatIsoDate(date))]);
      }),
    );
  });

  /** start → the due dates of days 1, 30, 60 and 90, each read from the calendar as written (see the moves) */
  it.each([
    // Saturday, April 3, 2027 (day 90) → Monday the 5th
    ['2027-01-04', ['2027-01-04', '2027-02-02', '2027-03-04', '2027-04-05']],
    // a Saturday start → Monday; Sunday, January 31 (day 30, a month’s end) → Monday, February 1
    ['2027-01-02', ['2027-01-04', '2027-02-01', '2027-03-02', '2027-04-01']],
    // Thursday, February 29, 2024 (day 60) stays; Saturday, March 30 (day 90) → Monday, April 1
    ['2024-01-01', ['2024-01-01', '2024-01-30', '2024-02-29', '2024-04-01']],
    // Saturday, February 29, 2020 (day 90, a leap day) → Monday, March 2
    ['2019-12-02', ['2019-12-02', '2019-12-31', '2020-01-30', '2020-03-02']],
    // Saturday, July 31, 2027 (day 90, a month’s end) → Monday, August 2
    ['2027-05-03', ['2027-05-03', '2027-06-01', '2027-07-01', '2027-08-02']],
  ])('a plan starting %s is due on %j in the plan and in its calendar file', (start, due) => {
    const plan = buildPlan(content, profile(start))!;
    expect(plan.phases.map((p) => p.due)).toEqual(due);
    const file = buildCalendar({
      plan,
      planId: 'p1234567',
      profile: profile(start),
      done: [],
      names: {},
      now: new Date(0),
    });
    const starts = new ICAL.Component(ICAL.parse(file.text))
      .getAllSubcomponents('vevent')
      .map((e) => new ICAL.Event(e).startDate.toString());
    expect(starts).toEqual(due);
  });

  it('is said with the plan and before it', () => {
    expect(words.workingDays).toBe('A due date that falls on a Saturday or Sunday moves to the following Monday.');
    expect(words.previewRest(['a'])).toContain(words.workingDays);
  });
});

describe('the start dates the checklist accepts', () => {
  it('are those from which every due date, up to the last day a phase may fall on and moved to a working day, can be written', () => {
    expect([START_MIN, START_MAX]).toEqual(['1900-01-01', '2199-12-29']);
    expect(parseIsoDate(formatIsoDate(addDays(dateOfDay(d(START_MAX), MAX_PLAN_DAY), 2)))).not.toBeNull();
    expect(parseIsoDate(formatIsoDate(addDays(dateOfDay(addDays(d(START_MAX), 1), MAX_PLAN_DAY), 2)))).toBeNull();
  });

  it.each([
    ['1899-12-31', 'start-invalid'],
    [START_MIN, undefined],
    ['2026-12-01', undefined],
    [START_MAX, undefined],
    ['2200-01-01', 'start-invalid'],
    ['2200-10-04', 'start-invalid'],
  ])('%s: %s', (start, error) => {
    expect(validateProfile(profile(start)).startDate).toBe(error);
    expect(parseStartDate(start) === null).toBe(error !== undefined);
    expect(buildPlan(content, profile(start)) === null).toBe(error !== undefined);
  });

  it('are said in the form’s hint and error', () => {
    for (const text of [words.form.startDateHint, words.errors['start-invalid']])
      expect(text).toContain('January 1, 1900 to December 29, 2199');
  });

  it('give every phase a due date and one calendar event, from any accepted start (property)', () => {
    const [first, last] = [START_MIN, START_MAX].map((iso) => Date.parse(iso));
    const start = fc
      .oneof(fc.integer({ min: first!, max: last! }), fc.constantFrom(first!, last!))
      .map((ms) => new Date(ms).toISOString().slice(0, 10));
    fc.assert(
      fc.property(start, (iso) => {
        const plan = buildPlan(content, profile(iso))!;
        for (const phase of plan.phases) {
          expect(parseIsoDate(phase.due), `${iso} ${phase.id}`).not.toBeNull();
          expect(phase.due).toBe(formatIsoDate(dueDate(d(iso), phase.day)));
          expect([0, 6], `${iso} ${phase.id}`).not.toContain(weekday(phase.due));
        }
        const file = buildCalendar({
          plan,
          planId: 'p1234567',
          profile: profile(iso),
          done: [],
          names: {},
          now: new Date(0),
        });
        expect(file.milestones).toBe(plan.phases.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('time zones', () => {
  const original = process.env.TZ;
  afterAll(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it('give the same dated plan and calendar file in every one, from UTC−12 to UTC+14', () => {
    const snapshot = () => {
      const plan = buildPlan(content, profile('2026-03-29'))!;
      const now = new Date(Date.UTC(2026, 2, 1, 12));
      return {
        due: plan.phases.map((p) => p.due),
        long: formatLongDate(d('2026-03-29')),
        ics: buildCalendar({ plan, planId: 'every-zone', profile: profile('2026-03-29'), done: [], names: {}, now })
          .text,
      };
    };
    process.env.TZ = 'UTC';
    const reference = snapshot();
    // Sunday, March 29, 2026 (the start) → Monday the 30th
    expect(reference.due).toEqual(['2026-03-30', '2026-04-27', '2026-05-27', '2026-06-26']);
    const offsets = new Set<number>();
    for (const zone of [
      'Pacific/Kiritimati',
      'Etc/GMT+12',
      'America/Los_Angeles',
      'America/St_Johns',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Pacific/Chatham',
    ]) {
      process.env.TZ = zone;
      // the zone really changed for this process (otherwise this test could not fail)
      offsets.add(new Date(Date.UTC(2026, 2, 29, 0, 30)).getTimezoneOffset());
      expect(snapshot(), zone).toEqual(reference);
    }
    expect(offsets.size).toBeGreaterThan(5);
  });
});
