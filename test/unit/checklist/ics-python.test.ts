/**
 * The calendar file read back by a second, independent parser: Python's icalendar (Debian's
 * python3-icalendar, which .ci/run installs). Every file of an enumerated set of plans (both
 * readers, every level, each interval for every network, hostile names) must parse, with one
 * event per milestone and one RRULE event per reviewed network, whose rule, start and texts are
 * what the plan says. Skipped, with the reason in its name, where python3 or icalendar is missing.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { reviewIntervalIds } from '../../../src/purposes/review-interval';
import { formatIsoDate } from '../../../src/shared/dates';
import { buildCalendar } from '../../../src/tools/checklist/ics';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { audiences, levels, networkIds, type Profile } from '../../../src/tools/checklist/model';
import { checklistContent } from '../../support/checklist-content';

/** the Python that can import icalendar: $PYTHON, the python3 on the PATH, or Debian's own */
function findPython(): { readonly python: string } | { readonly reason: string } {
  let found = false;
  for (const python of new Set([process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p) => p !== undefined))) {
    const run = spawnSync(python, ['-c', 'import icalendar'], { encoding: 'utf8' });
    if (run.error) continue;
    found = true;
    if (run.status === 0) return { python };
  }
  return {
    reason: found ? 'python3 has no icalendar module (apt-get install python3-icalendar)' : 'python3 is not installed',
  };
}
const python = findPython();
const reason = 'reason' in python ? python.reason : null;

/** reads the files given as JSON on stdin; writes each file's events as JSON */
const READER = `
import json, sys
from icalendar import Calendar
out = []
for text in json.load(sys.stdin):
    cal = Calendar.from_ical(text)
    events = []
    for ev in cal.walk('VEVENT'):
        rule = ev.get('RRULE')
        events.append({
            'start': ev.decoded('DTSTART').isoformat(),
            'summary': str(ev.get('SUMMARY')),
            'description': str(ev.get('DESCRIPTION')),
            'rrule': rule.to_ical().decode() if rule is not None else None,
        })
    out.append({'version': str(cal.get('VERSION')), 'events': events})
print(json.dumps(out))
`;

/** what the reader script writes for each file */
type Read = {
  version: string;
  events: { start: string; summary: string; description: string; rrule: string | null }[];
};

const HOSTILE = '<img src=x onerror=alert(1)>; Ana, "the boss"\\ ok 😀 {date}';

describe('the calendar file, read by Python’s icalendar', () => {
  it.skipIf(reason !== null)(
    `parses every enumerated plan’s file with its RRULE events${reason ? ` (skipped: ${reason})` : ''}`,
    () => {
      const content = checklistContent();
      const built = audiences.flatMap((audience) =>
        levels.flatMap((level) =>
          reviewIntervalIds.map((every) => {
            const name = level === 'executive' ? HOSTILE : 'Ana Ruiz';
            const role = 'Head of Sales, EMEA; Région Ñ';
            const profile: Profile = { ...emptyProfile, audience, name, role, level, startDate: '2024-12-31' };
            const rhythms = Object.fromEntries(networkIds.map((n) => [n, every]));
            const plan = buildPlan(content, profile, null, rhythms)!;
            const now = new Date(Date.UTC(2026, 11, 1));
            return {
              profile,
              plan,
              file: buildCalendar({ plan, planId: 'plan-1234', profile, done: [], names: {}, now }),
            };
          }),
        ),
      );
      const run = spawnSync('python' in python ? python.python : 'python3', ['-c', READER], {
        input: JSON.stringify(built.map((b) => b.file.text)),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      const read = JSON.parse(run.stdout) as Read[];
      expect(read).toHaveLength(built.length);
      read.forEach((file, i) => {
        const { profile, plan } = built[i]!;
        expect(file.version).toBe('2.0');
        expect(file.events).toHaveLength(4 + networkIds.length);
        expect(file.events.slice(0, 4).map((e) => e.start)).toEqual(plan.phases.map((p) => p.due));
        const recurring = file.events.filter((e) => e.rrule !== null);
        expect(recurring).toHaveLength(plan.reviews.length);
        recurring.forEach((event, j) => {
          const review = plan.reviews[j]!;
          expect(event.rrule).toBe(review.rule);
          expect(event.start).toBe(formatIsoDate(review.start));
          expect(event.description.split('\n')[0]).toBe(review.text);
          expect(event.summary).toBe(`${review.title} (${profile.name}, ${profile.role})`);
        });
      });
    },
  );
});
