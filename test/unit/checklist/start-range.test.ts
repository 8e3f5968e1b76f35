/**
 * The start dates the checklist accepts are exactly those for which every due date exists: a
 * plan built from any accepted start has a due date for every phase, and its calendar file holds
 * one event for each, the number the page announces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_PLAN_DAY,
  START_MAX,
  START_MIN,
  addDays,
  dateOfDay,
  formatIsoDate,
  parseIsoDate,
  parseStartDate,
  toDayNumber,
  fromDayNumber,
} from '../../../src/tools/checklist/dates';
import { buildIcs, calendarPhases } from '../../../src/tools/checklist/ics';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile, validateProfile } from '../../../src/tools/checklist/profile';
import type { Profile } from '../../../src/tools/checklist/model';
import { checklistWordsSchema } from '../../../src/tools/checklist/schema';
import { loadChecklistContent } from '../../support/checklist-content';
import { freshImport } from '../../support/fresh-import';

const { items, words } = loadChecklistContent();
const profile = (startDate: string): Profile => ({
  ...emptyProfile,
  role: 'Head of Sales',
  level: 'manager',
  startDate,
});
const longDate = (iso: string) => {
  const d = parseIsoDate(iso)!;
  return `${words.dates.months[d.month - 1]} ${d.day}, ${d.year}`;
};

describe('checklist start dates', () => {
  it('accepts start dates up to the last one whose every due date exists', async () => {
    // module-level values: read as the module computes them now
    const fresh = await freshImport(() => import('../../../src/tools/checklist/dates'));
    expect([fresh.MIN_DATE, fresh.START_MIN, fresh.START_MAX, fresh.MAX_DATE]).toEqual([
      '1900-01-01',
      '1900-01-01',
      '2199-12-31',
      '2200-12-31',
    ]);
    expect(fresh.parseStartDate('2199-12-31')).toEqual({ year: 2199, month: 12, day: 31 });
    expect(fresh.parseStartDate('2200-01-01')).toBeNull();
    expect(parseIsoDate(formatIsoDate(dateOfDay(parseIsoDate(START_MAX)!, MAX_PLAN_DAY)))).not.toBeNull();
    // one day later, the last possible phase would fall outside the dates the checklist writes
    expect(parseIsoDate(formatIsoDate(dateOfDay(addDays(parseIsoDate(START_MAX)!, 1), MAX_PLAN_DAY)))).toBeNull();
  });

  it('refuses a start date from which a due date would not exist (2200-10-04 and later)', () => {
    for (const start of ['2200-01-01', '2200-10-04', '2200-12-31']) {
      expect(parseStartDate(start), start).toBeNull();
      expect(validateProfile(profile(start)).startDate, start).toBe('start-invalid');
      expect(buildPlan(items, words, profile(start)), start).toBeNull();
    }
    for (const start of [START_MIN, '2026-12-01', START_MAX])
      expect(validateProfile(profile(start)).startDate, start).toBeUndefined();
    expect(parseStartDate(formatIsoDate(addDays(parseIsoDate(START_MIN)!, -1)))).toBeNull();
  });

  it('gives every phase a due date and writes one event per phase, from any accepted start (property)', () => {
    const first = toDayNumber(parseIsoDate(START_MIN)!);
    const last = toDayNumber(parseIsoDate(START_MAX)!);
    const start = fc
      .oneof(fc.integer({ min: first, max: last }), fc.constantFrom(first, last, last - 90))
      .map((n) => formatIsoDate(fromDayNumber(n)));
    fc.assert(
      fc.property(start, (iso) => {
        const plan = buildPlan(items, words, profile(iso))!;
        expect(plan).not.toBeNull();
        for (const phase of plan.phases) expect(parseIsoDate(phase.due), `${iso} ${phase.id}`).not.toBeNull();
        const ics = buildIcs({
          plan,
          planId: 'p',
          profile: profile(iso),
          done: [],
          names: {},
          now: new Date(0),
          text: words.calendar,
        });
        const events = ics.split('BEGIN:VEVENT').length - 1;
        expect(events).toBe(plan.phases.length);
        expect(calendarPhases(plan)).toHaveLength(events);
      }),
      { numRuns: 300 },
    );
  });

  it('says the accepted range in the hint and in the error', () => {
    for (const text of [words.form.startDateHint, words.errors['start-invalid']]) {
      expect(text).toContain(longDate(START_MIN));
      expect(text).toContain(longDate(START_MAX));
    }
  });

  it('lets no phase fall after the last day the range allows for', () => {
    const wordsFile = { ...words };
    const late = {
      ...wordsFile,
      phases: wordsFile.phases.map((p, i) => (i === 0 ? { ...p, day: MAX_PLAN_DAY + 1 } : p)),
    };
    expect(checklistWordsSchema.safeParse(wordsFile).success).toBe(true);
    expect(checklistWordsSchema.safeParse(late).success).toBe(false);
  });
});
