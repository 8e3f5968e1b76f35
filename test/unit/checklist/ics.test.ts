import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  buildCalendar,
  calendarFileName,
  calendarUrl,
  escapeText,
  eventUid,
  foldLine,
  sequenceAt,
  type CalendarInput,
} from '../../../src/tools/checklist/ics';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import type { Profile } from '../../../src/tools/checklist/model';
import { checklistContent } from '../../support/checklist-content';

const content = checklistContent();
const hostile = '<img src=x onerror=alert(1)>; Ana, "the boss"\\ ok';
const profile: Profile = {
  ...emptyProfile,
  ...{ name: hostile, role: 'Head of Sales, EMEA; Région Ñ', level: 'manager', startDate: '2024-02-29' },
  ...{ internal: ['accounting'], external: ['customers'] },
};
const now = new Date(Date.UTC(2026, 10, 25, 18, 5, 9));
const planId = '3b6f2c1e-8d4a-4f0b-9a7e-2c5d1e0f4a6b';
const plan = buildPlan(content, profile)!;
const file = (extra: Partial<CalendarInput> = {}) =>
  buildCalendar({ plan, planId, profile, done: [], names: {}, now, ...extra }).text;
// made inside each test that reads it, so that a change to the calendar code always reaches it
const typical = () =>
  file({
    done: ['past-thank'],
    names: { 'past-thank': ['Mary (former boss)', '', 'Joe; Sally, and <b>co</b>'] },
    url: 'https://example.org/tools/promotion-checklist/',
  });
const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
const eventsOf = (text: string) => parse(text).map((c) => new ICAL.Event(c));
const property = (text: string, name: string) => parse(text).map((c) => String(c.getFirstPropertyValue(name)));
const linesOf = (text: string) => text.replace(/\r\n /g, '').split('\r\n');
const utf8 = new TextEncoder();

describe('the calendar file', () => {
  it('has CRLF line ends only, folded lines of at most 75 octets, and its header and blocks', () => {
    expect(typical().replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of typical().split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
    expect(
      typical()
        .split('\r\n')
        .some((line) => line.startsWith(' ')),
    ).toBe(true);
    const lines = linesOf(typical());
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//UPPROACH//Promotion checklist//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.slice(-2)).toEqual(['END:VCALENDAR', '']);
    for (const tag of ['BEGIN:VEVENT', 'END:VEVENT', 'TRANSP:TRANSPARENT'])
      expect(lines.filter((l) => l === tag)).toHaveLength(4);
    const first = lines.indexOf('BEGIN:VEVENT');
    expect(lines.slice(first, first + 6)).toEqual([
      'BEGIN:VEVENT',
      `UID:promotion-checklist-start-${planId}@upproach`,
      'DTSTAMP:20261125T180509Z',
      `SEQUENCE:${sequenceAt(now)}`,
      'DTSTART;VALUE=DATE:20240229',
      'DTEND;VALUE=DATE:20240301',
    ]);
  });

  it('reads back with ical.js: one all-day event per phase on its due date, names and role literal', () => {
    const events = eventsOf(typical());
    expect(events.map((e) => e.startDate.toString())).toEqual(plan.phases.map((p) => p.due));
    // Sunday, April 28, 2024 moves to Monday the 29th
    expect(events.map((e) => e.startDate.toString())).toEqual(['2024-02-29', '2024-03-29', '2024-04-29', '2024-05-28']);
    for (const e of events) {
      expect(e.startDate.isDate && e.endDate.isDate).toBe(true);
      expect(e.endDate.toJSDate().getTime() - e.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
    expect(events[0]!.summary).toBe(`Network plan: first-day items due (${hostile}, Head of Sales, EMEA; Région Ñ)`);
    const description = events[0]!.description.split('\n');
    expect(description[0]).toBe('Before and at the start: 1 of 8 done.');
    expect(description).toContain(
      '[x] Thank the people who helped you get here and tell them about the new role. Who: Mary (former boss); Joe; Sally, and <b>co</b>',
    );
    expect(events[1]!.description).toContain('[ ] ');
  });

  it('counts each event’s ticks over its phase’s items only', () => {
    const done = ['past-thank', ...plan.phases[2]!.items.slice(0, 2).map((i) => i.id), 'not-in-plan'];
    const counts = property(file({ done }), 'description').map((d) =>
      /(\d+) of (\d+) done\./.exec(d)!.slice(1).join('/'),
    );
    expect(counts).toEqual(plan.phases.map((p, i) => `${[1, 0, 2, 0][i]}/${p.items.length}`));
  });

  it('lists who to approach only for items with a name written', () => {
    const first = (names: Record<string, string[]>) => property(file({ names }), 'description')[0]!.split('\n');
    expect(first({ 'past-thank': ['', '  '] }).some((l) => l.includes('Who:'))).toBe(false);
    expect(first({ 'past-thank': [' Mary ', '', 'Joe'] }).filter((l) => l.endsWith('Who: Mary; Joe'))).toHaveLength(1);
  });

  it('names the promoted person in the title only when a name is given', () => {
    const summaries = (name: string) => property(file({ profile: { ...profile, name, role: 'Lead' } }), 'summary');
    expect(summaries('Ana Ruiz')[0]).toBe('Network plan: first-day items due (Ana Ruiz, Lead)');
    expect(summaries('  ')[0]).toBe('Network plan: first-day items due (Lead)');
  });

  it('keeps every UID when the plan is renamed, moved or given to the manager, and never shares one with another plan', () => {
    const uids = property(typical(), 'uid');
    expect(new Set(uids).size).toBe(4);
    const moved = { ...profile, name: '', audience: 'manager' as const, role: 'Director', startDate: '2030-01-01' };
    expect(property(file({ plan: buildPlan(content, moved)!, profile: moved, now: new Date() }), 'uid')).toEqual(uids);
    const other = property(file({ planId: '66666666-7777-4888-9999-000000000000' }), 'uid');
    expect(new Set([...uids, ...other]).size).toBe(8);
  });

  it('writes a SEQUENCE that grows with every newer file, counted in minutes since 2000', () => {
    const later = property(file({ now: new Date(now.getTime() + 2 * 60_000) }), 'sequence');
    expect(Number(later[0])).toBeGreaterThan(Number(property(typical(), 'sequence')[0]));
    expect(property(typical(), 'dtstamp')).toEqual(Array(4).fill('2026-11-25T18:05:09Z'));
    const at = (ms: number) => sequenceAt(new Date(ms));
    expect(
      [Date.UTC(1999, 11, 31), Date.UTC(2000, 0, 1, 0, 0, 59), Date.UTC(2000, 0, 1, 0, 1), Date.UTC(2000, 0, 2)].map(
        at,
      ),
    ).toEqual([0, 0, 1, 1440]);
  });

  it('writes a repeating review as a whole event: stamp, sequence, rule, URL, free time', () => {
    const url = 'https://example.org/tools/promotion-checklist/';
    const lines = linesOf(file({ url, plan: buildPlan(content, profile, null, { past: 'week' })! }));
    const event = lines.slice(lines.lastIndexOf('BEGIN:VEVENT'), -2);
    expect(event.map((l) => l.split(/[:;]/)[0]).join(' ')).toBe(
      'BEGIN UID DTSTAMP SEQUENCE DTSTART DTEND RRULE SUMMARY DESCRIPTION URL TRANSP END',
    );
    const expected = [
      `UID:${eventUid(planId, 'review-past')}`,
      'DTSTART;VALUE=DATE:20240604',
      'DTEND;VALUE=DATE:20240605',
    ];
    expect(event).toEqual(expect.arrayContaining([...expected, 'RRULE:FREQ=WEEKLY', `URL:${url}`]));
  });

  it('leaves out a phase whose due date cannot be read, and keeps the others', () => {
    const broken = { ...plan, phases: plan.phases.map((p, i) => (i === 1 ? { ...p, due: 'not a date' } : p)) };
    expect(property(file({ plan: broken }), 'uid')).not.toContain(eventUid(planId, plan.phases[1]!.id));
    expect(buildCalendar({ plan: broken, planId, profile, done: [], names: {}, now }).milestones).toBe(3);
  });

  it.each([
    ['https://example.org/tools/promotion-checklist/', true],
    ['http://127.0.0.1:4404/tools/promotion-checklist/', true],
    // the build's placeholder site, a bare path and anything else is no address for a calendar
    ['https://upproach.example/tools/promotion-checklist/', false],
    ['/tools/promotion-checklist/', false],
    ['javascript:alert(1)', false],
    ['git+https://example.org/tools/promotion-checklist/', false],
    ['', false],
    [undefined, false],
  ])('links every event to %s: %s', (url, linked) => {
    expect(linesOf(file({ url })).filter((l) => l === `URL:${url}`)).toHaveLength(linked ? 4 : 0);
    expect(calendarUrl(url)).toBe(linked ? url : null);
  });
});

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    expect(escapeText('a\tb\u0007c\u0000d\u001be\u007ff\u000bg\u000ch\ni\rj')).toBe('a\tbcdefgh\\ni\\nj');
  });

  it('writes a pasted tab, bell or escape as clean text that ical.js reads back', () => {
    const pasted = { ...profile, name: 'Ana\tRuiz\u0007', role: 'Lead\u0007 of\tSales\u001b' };
    const text = file({ profile: pasted, names: { 'past-thank': ['Mary\u0007\tJones'] } });
    // eslint-disable-next-line no-control-regex -- the file must hold no control characters
    expect(text).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/);
    const [first] = eventsOf(text);
    expect(first!.summary).toBe('Network plan: first-day items due (Ana Ruiz, Lead of Sales)');
    expect(first!.description).toContain('Who: Mary Jones');
    expect(eventsOf(file({ profile: { ...profile, name: 'A\u0007B', role: 'R' } }))[0]!.summary).toBe(
      'Network plan: first-day items due (AB, R)',
    );
  });

  it.each([
    ['a line of exactly 75 octets stays whole', 'x'.repeat(75), [75]],
    ['a line of 76 octets folds after 75', 'x'.repeat(76), [75, 2]],
    ['continuation lines hold 74 octets after their space', 'x'.repeat(159), [75, 75, 11]],
    ['a character that would cross octet 75 moves whole', `${'x'.repeat(74)}é`, [74, 3]],
    ['an empty line stays empty', '', [0]],
  ])('%s', (_, line, sizes) => {
    const folded = foldLine(line);
    expect(folded.split('\r\n').map((p) => utf8.encode(p).length)).toEqual(sizes);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('round-trips any text through a folded, escaped property that ical.js reads (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const clean = text.replace(/\r\n?/g, '\n');
        const line = foldLine(`DESCRIPTION:${escapeText(clean)}`);
        for (const part of line.split('\r\n')) expect(utf8.encode(part).length).toBeLessThanOrEqual(75);
        const calendar = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
        // eslint-disable-next-line no-control-regex -- control characters other than line breaks are dropped
        expect(property(calendar, 'description')[0]).toBe(clean.replace(/[\x00-\x08\x0B-\x1F\x7F]/g, ''));
      }),
      { numRuns: 200 },
    );
  });
});

describe('the file name', () => {
  it.each([
    ['', 'Head of Sales', 'promotion-checklist-head-of-sales.ics'],
    ['', '', 'promotion-checklist.ics'],
    ['Ana Ruiz', 'Región Ñ', 'promotion-checklist-ana-ruiz-región-ñ.ics'],
    ['', 'مديرة  المبيعات', 'promotion-checklist-مديرة-المبيعات.ics'],
    ['李明', 'Руководитель отдела', 'promotion-checklist-李明-руководитель-отдела.ics'],
    ['', 'प्रबंधक', 'promotion-checklist-प्रबंधक.ics'],
    ['', 'Head of Oﬃce', 'promotion-checklist-head-of-office.ics'],
    ['ANA', 'CFO', 'promotion-checklist-ana-cfo.ics'],
    ['a  &&  b', '', 'promotion-checklist-a-b.ics'],
    ['--Ana--', '!!', 'promotion-checklist-ana.ics'],
    ['***', '%%%', 'promotion-checklist.ics'],
    // at most 60 characters of name and role, with no dash left at the cut
    ['a'.repeat(59), 'bbbb', `promotion-checklist-${'a'.repeat(59)}.ics`],
    ['c'.repeat(70), '', `promotion-checklist-${'c'.repeat(60)}.ics`],
  ])('%j, %j: %s', (name, role, expected) => {
    expect(calendarFileName({ name, role })).toBe(expected);
  });

  it('leaves nothing a file system refuses, and stays short (property)', () => {
    const typed = fc.string({ unit: 'grapheme', maxLength: 200 });
    fc.assert(
      fc.property(typed, typed, (name, role) => {
        const fileName = calendarFileName({ name, role });
        expect(fileName).toMatch(/^promotion-checklist(-[\p{L}\p{M}\p{N}]+)*\.ics$/u);
        expect(fileName.length).toBeLessThanOrEqual('promotion-checklist-'.length + 60 + '.ics'.length);
        expect(fileName.isWellFormed()).toBe(true);
      }),
    );
  });
});
