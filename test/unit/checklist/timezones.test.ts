import { afterAll, describe, expect, it } from 'vitest';
import { formatLongDate, parseIsoDate } from '../../../src/tools/checklist/dates';
import { buildIcs } from '../../../src/tools/checklist/ics';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { loadChecklistContent } from '../../support/checklist-content';

/**
 * A date-only start date must mean the same day everywhere. The same plan is built under
 * time zones from UTC−12 to UTC+14 (Node applies a new process.env.TZ immediately) and must
 * not change by a single character.
 */
const zones = [
  'UTC',
  'Pacific/Kiritimati',
  'Etc/GMT+12',
  'America/Los_Angeles',
  'America/St_Johns',
  'Europe/London',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const { items, words } = loadChecklistContent();
const profile = { ...emptyProfile, role: 'Head of Sales', level: 'manager' as const, startDate: '2026-03-29' };
const now = new Date(Date.UTC(2026, 2, 1, 12, 0, 0));

function snapshot() {
  const plan = buildPlan(items, words, profile)!;
  return {
    due: plan.phases.map((p) => p.due),
    long: formatLongDate(parseIsoDate(profile.startDate)!, words.dates),
    ics: buildIcs({ planId: 'plan-in-every-zone', plan, profile, done: [], names: {}, now, text: words.calendar }),
  };
}

describe('time zones', () => {
  it('builds the same dated plan and calendar in every time zone', () => {
    process.env.TZ = 'UTC';
    const reference = snapshot();
    expect(reference.due).toEqual(['2026-03-29', '2026-04-27', '2026-05-27', '2026-06-26']);
    const offsets = new Set<number>();
    for (const zone of zones) {
      process.env.TZ = zone;
      // proves the zone really changed for this process (otherwise this test could not fail)
      offsets.add(new Date(Date.UTC(2026, 2, 29, 0, 30)).getTimezoneOffset());
      expect(snapshot(), zone).toEqual(reference);
    }
    expect(offsets.size).toBeGreaterThan(5);
  });
});
