/**
 * The calendar file read back by a second, independent parser: Python's icalendar (Debian's
 * python3-icalendar, which .ci/run installs). Every file of an enumerated set of plans (both
 * readers, every level, each interval for every network, hostile names) must parse, with one
 * event per milestone and one RRULE event per reviewed network, whose rule, start and texts
 * are what the plan says. Skipped, with the reason in its name, where python3 or icalendar is
 * missing.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/tools/checklist/dates';
import { buildCalendar } from '../../../src/tools/checklist/ics';
import { buildPlan, personFor } from '../../../src/tools/checklist/plan';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { networkIds, recurringEvents, reviewEntries, rrule, withReviews, type Rhythms } from '../../../src/tools/checklist/rhythm';
import { audiences, levels, type Profile } from '../../../src/tools/checklist/model';
import { reviewIntervalIds } from '../../../src/purposes/review-interval';
import { loadChecklistContent } from '../../support/checklist-content';

const { items, words } = loadChecklistContent();

/**
 * the Python that can import icalendar: $PYTHON, the python3 on the PATH, or Debian's own
 * (/usr/bin/python3, where python3-icalendar installs, when the PATH's is another one)
 */
function findPython(): { readonly python: string } | { readonly reason: string } {
  const candidates = [...new Set([process.env.PYTHON, 'python3', '/usr/bin/python3'].filter(Boolean))] as string[];
  let found = false;
  for (const python of candidates) {
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
            'uid': str(ev.get('UID')),
            'start': ev.decoded('DTSTART').isoformat(),
            'end': ev.decoded('DTEND').isoformat(),
            'summary': str(ev.get('SUMMARY')),
            'description': str(ev.get('DESCRIPTION')),
            'rrule': rule.to_ical().decode() if rule is not None else None,
        })
    out.append({'version': str(cal.get('VERSION')), 'events': events})
print(json.dumps(out))
`;

interface Read {
  readonly version: string;
  readonly events: readonly {
    uid: string;
    start: string;
    end: string;
    summary: string;
    description: string;
    rrule: string | null;
  }[];
}

const HOSTILE = '<img src=x onerror=alert(1)>; Ana, "the boss"\\ ok 😀 {date}';

function cases() {
  const out: { profile: Profile; rhythms: Rhythms }[] = [];
  for (const audience of audiences)
    for (const level of levels)
      for (const every of reviewIntervalIds) {
        const rhythms = Object.fromEntries(networkIds.map((n) => [n, every])) as Rhythms;
        const name = level === 'executive' ? HOSTILE : 'Ana Ruiz';
        const profile: Profile = {
          ...emptyProfile,
          audience,
          name,
          role: 'Head of Sales, EMEA; Région Ñ',
          level,
          startDate: '2024-12-31',
        };
        out.push({ profile, rhythms });
      }
  return out;
}

describe('the calendar file, read by Python’s icalendar', () => {
  it.skipIf(reason !== null)(
    `parses every enumerated plan’s file with its RRULE events${reason ? ` (skipped: ${reason})` : ''}`,
    () => {
      const built = cases().map(({ profile, rhythms }) => {
        const base = buildPlan(items, words, profile)!;
        const entries = reviewEntries(base, words, profile, rhythms, personFor(profile, words));
        const plan = withReviews(base, entries)!;
        const file = buildCalendar({
          plan,
          planId: '3b6f2c1e-8d4a-4f0b-9a7e-2c5d1e0f4a6b',
          profile,
          done: [],
          names: {},
          now: new Date(Date.UTC(2026, 11, 1)),
          text: words.calendar,
          recurring: recurringEvents(entries),
        });
        return { profile, entries, file };
      });
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
        const { profile, entries } = built[i]!;
        expect(file.version).toBe('2.0');
        expect(file.events).toHaveLength(4 + networkIds.length);
        const recurring = file.events.filter((e) => e.rrule !== null);
        expect(recurring).toHaveLength(entries.length);
        recurring.forEach((event, j) => {
          const entry = entries[j]!;
          expect(event.rrule).toBe(rrule(entry.every));
          expect(event.start).toBe(formatIsoDate(entry.start));
          expect(event.description.split('\n')[0]).toBe(entry.item.text);
          expect(event.summary).toContain(entry.title);
          expect(event.summary).toContain(profile.name);
        });
      });
    },
  );
});
