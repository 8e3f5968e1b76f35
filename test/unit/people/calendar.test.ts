/**
 * The calendar file of the contacts due, read back with ical.js and Python's icalendar: one event
 * per person due, the UIDs kept from one file to the next, the SEQUENCE raised for an event whose
 * date or status changed (a logged contact), a CANCELLED event for a person no longer due (their
 * cadence turned off, deleted), and nothing private beyond the name.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cadenceIds } from '../../../src/purposes/networks';
import type { NetworkCadences } from '../../../src/tools/people/cadence';
import type { CalendarSent } from '../../../src/tools/people/db';
import { buildDueCalendar, dueUid } from '../../../src/tools/people/keep/calendar';
import { newPerson, type Person } from '../../../src/tools/people/person';
import { loadKeepContent } from '../../support/keep-content';

const keep = loadKeepContent();
const host = 'upproach.example';
const private_ = {
  emails: ['mary@example.com'],
  phones: ['+1 555 0100'],
  notes: 'Secret notes',
  organization: 'Initech',
};
const ana = newPerson('id-ana', 0, {
  name: 'Ana Ruiz',
  relation: 'peer',
  cadence: 'month',
  cadenceSince: '2026-11-02',
  ...private_,
});
const ben = newPerson('id-ben', 0, {
  name: 'Ben; Lee, "the boss"',
  relation: 'above',
  networks: ['career'],
  ...private_,
});
const cy = newPerson('id-cy', 0, {
  name: 'Cy Tanaka',
  former: true,
  cadence: 'two-weeks',
  cadenceSince: '2026-12-01',
  ...private_,
});
const dee = newPerson('id-dee', 0, { name: 'Dee Without Cadence', relation: 'peer' });
const cadences: NetworkCadences = { career: { every: 'quarter', since: '2026-10-01' } };
const today = '2026-12-07';

const build = (people: readonly Person[], previous: CalendarSent, now: Date, on = today) =>
  buildDueCalendar({ people, cadences, previous, keep, today: on, now, host });

interface Read {
  uid: string;
  sequence: number;
  start: string;
  status: string | null;
  summary: string;
  description: string;
}
function read(text: string): Read[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((c) => ({
    uid: String(c.getFirstPropertyValue('uid')),
    sequence: Number(c.getFirstPropertyValue('sequence')),
    start: String(c.getFirstPropertyValue('dtstart')),
    status: (c.getFirstPropertyValue('status') as string | null) ?? null,
    summary: String(c.getFirstPropertyValue('summary')),
    description: String(c.getFirstPropertyValue('description')),
  }));
}
const byUid = (events: Read[]) => new Map(events.map((e) => [e.uid, e]));

// the first file; then Cy's contact is logged today and Ana's cadence is turned off
const first = build([ana, ben, cy, dee], {}, new Date(Date.UTC(2026, 11, 7, 9)));
const logged = {
  ...cy,
  contacts: [{ id: 'c1', date: today, how: 'call' as const, notes: '', give: null, plan: null }],
};
const second = build([{ ...ana, cadence: 'off' }, ben, logged, dee], first.sent, new Date(Date.UTC(2026, 11, 7, 10)));

describe('the calendar file of the contacts due', () => {
  it('holds one all-day event per person due, on their due date (today when overdue)', () => {
    const events = read(first.text);
    expect(events.map((e) => [e.uid, e.start, e.sequence, e.status])).toEqual([
      // Ana: a month from 2 November is 2 December, overdue: today
      [dueUid('id-ana', host), today, 0, null],
      [dueUid('id-cy', host), '2026-12-15', 0, null],
      // Ben: the career network's quarter from 1 October is Friday 1 January
      [dueUid('id-ben', host), '2027-01-01', 0, null],
    ]);
    expect(events[0]!.description).toMatch(/^Due since Wednesday, December 2, 2026\./);
    expect(events[1]!.description).toMatch(/^Due Tuesday, December 15, 2026\./);
    expect(first.due).toBe(3);
  });

  it('names the person in the summary, gives the give and the message, and nothing private', () => {
    const [, cyEvent, benEvent] = read(first.text);
    expect(benEvent!.summary).toBe('Get in touch with Ben; Lee, "the boss"');
    expect(benEvent!.description).toContain(keep.model.gives.find((g) => g.id === 'follow-up')!.line);
    expect(cyEvent!.description).toContain('Hi Cy,');
    expect(cyEvent!.description).toContain(keep.model.gives.find((g) => g.id === 'return-favor')!.line);
    for (const secret of ['mary@example.com', '555', 'Secret', 'Initech']) expect(first.text).not.toContain(secret);
    // the UID never carries the name
    for (const e of read(first.text)) expect(e.uid).toMatch(/^keep-in-touch-id-[a-z]+@upproach\.example$/);
  });

  it('after a logged contact and a cadence turned off: every UID kept, SEQUENCE raised for what changed, CANCELLED for who is no longer due', () => {
    const before = byUid(read(first.text));
    const after = byUid(read(second.text));
    for (const uid of before.keys()) expect(after.has(uid)).toBe(true);
    const cyAfter = after.get(dueUid('id-cy', host))!;
    expect([cyAfter.start, cyAfter.sequence, cyAfter.status]).toEqual(['2026-12-21', 1, null]);
    const benAfter = after.get(dueUid('id-ben', host))!;
    expect([benAfter.start, benAfter.sequence]).toEqual(['2027-01-01', 0]);
    const anaAfter = after.get(dueUid('id-ana', host))!;
    expect([anaAfter.start, anaAfter.sequence, anaAfter.status]).toEqual([today, 1, 'CANCELLED']);
    expect(second.cancelled).toBe(1);
    expect(second.text).toContain('DTSTAMP:20261207T100000Z');
  });

  it('cancels once; a person due again continues from the cancelled SEQUENCE; a deleted person is cancelled without a name', () => {
    const third = build([{ ...ana, cadence: 'off' }, ben, logged, dee], second.sent, new Date(Date.UTC(2026, 11, 8)));
    expect(read(third.text).map((e) => e.uid)).not.toContain(dueUid('id-ana', host));
    expect(third.sent['id-ana']).toEqual({ sequence: 1, due: null });
    const again = build(
      [{ ...ana, cadenceSince: '2026-12-07' }, ben, dee],
      third.sent,
      new Date(Date.UTC(2026, 11, 9)),
    );
    const events = byUid(read(again.text));
    expect(events.get(dueUid('id-ana', host))).toMatchObject({ start: '2027-01-07', sequence: 2, status: null });
    // Cy deleted
    expect(events.get(dueUid('id-cy', host))).toMatchObject({
      sequence: 2,
      status: 'CANCELLED',
      summary: 'Get in touch with someone in Your people',
    });
  });

  it('over any run of changes, every file parses, no SEQUENCE goes down, and no date is invalid', () => {
    const change = fc.record({
      who: fc.constantFrom(ana, ben, cy, dee),
      cadence: fc.constantFrom(...cadenceIds, 'off' as const, null),
      contact: fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }),
      deleted: fc.boolean(),
      days: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        let people: Person[] = [ana, ben, cy, dee];
        let sent: CalendarSent = {};
        let day = Date.UTC(2026, 11, 7);
        for (const c of changes) {
          day += c.days * 86_400_000;
          const on = new Date(day).toISOString().slice(0, 10);
          const contactDay =
            c.contact === null ? null : new Date(day - c.contact * 86_400_000).toISOString().slice(0, 10);
          people = c.deleted
            ? people.filter((p) => p.id !== c.who.id)
            : [
                ...people.filter((p) => p.id !== c.who.id),
                {
                  ...c.who,
                  cadence: c.cadence,
                  cadenceSince: '2026-11-30',
                  contacts: contactDay
                    ? [{ id: 'x', date: contactDay, how: 'met', notes: '', give: null, plan: null }]
                    : [],
                },
              ];
          const made = build(people, sent, new Date(day), on);
          const events = read(made.text);
          for (const e of events) {
            expect(e.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(e.sequence).toBeGreaterThanOrEqual(sent[e.uid.slice(14, e.uid.indexOf('@'))]?.sequence ?? 0);
          }
          for (const [id, entry] of Object.entries(sent))
            expect(made.sent[id]!.sequence).toBeGreaterThanOrEqual(entry.sequence);
          expect(made.text).not.toMatch(/NaN|Invalid|undefined/);
          sent = made.sent;
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** the Python that can import icalendar: $PYTHON, the python3 on the PATH, or Debian's own */
function findPython(): string | null {
  for (const python of new Set([process.env.PYTHON, 'python3', '/usr/bin/python3'].filter((p) => p !== undefined)))
    if (spawnSync(python, ['-c', 'import icalendar'], { encoding: 'utf8' }).status === 0) return python;
  return null;
}
const python = findPython();
const READER = `
import json, sys
from icalendar import Calendar
out = []
for text in json.load(sys.stdin):
    cal = Calendar.from_ical(text)
    out.append([{
        'uid': str(ev.get('UID')),
        'sequence': int(ev.get('SEQUENCE')),
        'start': ev.decoded('DTSTART').isoformat(),
        'status': str(ev.get('STATUS')) if ev.get('STATUS') is not None else None,
        'summary': str(ev.get('SUMMARY')),
    } for ev in cal.walk('VEVENT')])
print(json.dumps(out))
`;

describe('the calendar file, read by Python’s icalendar', () => {
  it.skipIf(python === null)(
    `reads both files with the same UIDs, the raised SEQUENCE and the cancelled event${python ? '' : ' (skipped: python3 with icalendar is not installed; apt-get install python3-icalendar)'}`,
    () => {
      const run = spawnSync(python!, ['-c', READER], {
        input: JSON.stringify([first.text, second.text]),
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      const [one, two] = JSON.parse(run.stdout) as Omit<Read, 'description'>[][];
      const ical = (text: string) => read(text).map(({ description: _, ...rest }) => rest);
      expect(one).toEqual(ical(first.text));
      expect(two).toEqual(ical(second.text));
      expect(two!.map((e) => e.uid).sort()).toEqual(one!.map((e) => e.uid).sort());
      expect(two!.find((e) => e.uid === dueUid('id-ana', host))?.status).toBe('CANCELLED');
    },
  );
});
