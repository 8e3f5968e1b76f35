import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, eventUid, foldLine, formatUtcStamp, icsFileName, sequenceAt } from '../../../src/lib/checklist/ics';
import { buildPlan } from '../../../src/lib/checklist/plan';
import { emptyProfile } from '../../../src/lib/checklist/profile';
import { initialState } from '../../../src/lib/checklist/state';
import { checklistView } from '../../../src/lib/checklist/view';
import type { Profile } from '../../../src/lib/checklist/types';
import { loadChecklistContent } from './content';

const { items, words } = loadChecklistContent();
const hostile = '<img src=x onerror=alert(1)>; Ana, "the boss"\\ ok';
const profile: Profile = {
  ...emptyProfile,
  name: hostile,
  role: 'Head of Sales, EMEA; Région Ñ',
  level: 'manager',
  startDate: '2024-02-29',
  internal: ['accounting'],
  external: ['customers'],
};
const plan = buildPlan(items, words, profile)!;
const now = new Date(Date.UTC(2026, 10, 25, 18, 5, 9));
/** the plan's random id as the store keeps it (state.planId) */
const planId = '3b6f2c1e-8d4a-4f0b-9a7e-2c5d1e0f4a6b';
const ics = buildIcs({
  planId,
  plan,
  profile,
  done: ['past-thank'],
  names: { 'past-thank': ['Mary (former boss)', '', 'Joe; Sally, and <b>co</b>'] },
  now,
  url: 'https://upproach.example/tools/promotion-checklist/',
  text: words.calendar,
});
const utf8 = new TextEncoder();

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe('buildIcs', () => {
  it('uses CRLF line ends only and no line longer than 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.split('\r\n').some((line) => line.startsWith(' '))).toBe(true); // long lines were folded
  });

  it('parses back with ical.js: one all-day event per phase on the due dates', () => {
    const calendar = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toContain('UPPROACH');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(4);
    expect(events.map((e) => e.startDate.toString())).toEqual(['2024-02-29', '2024-03-29', '2024-04-28', '2024-05-28']);
    for (const event of events) {
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.isDate).toBe(true);
      expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(86_400_000);
    }
    expect(plan.phases.map((p) => p.due)).toEqual(events.map((e) => e.startDate.toString()));
  });

  it('keeps names and role as literal text through escaping and folding', () => {
    const events = parse(ics).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events[0]!.summary).toBe(`Network plan: first-day items due (${hostile}, Head of Sales, EMEA; Région Ñ)`);
    expect(events[0]!.description).toContain('[x] Thank the people who helped you get here');
    expect(events[0]!.description).toContain('Who: Mary (former boss); Joe; Sally, and <b>co</b>');
    expect(events[0]!.description.split('\n')[0]).toBe('Before and at the start: 1 of 4 done.');
    expect(events[1]!.description).toContain('[ ] ');
  });

  it('counts each event’s ticks as the page counts the phase’s', () => {
    const done = ['past-thank', ...plan.phases[2]!.items.slice(0, 2).map((i) => i.id), 'not-in-plan'];
    const text = { ...words.calendar, progress: '{done}/{total}' };
    const events = parse(buildIcs({ planId, plan, profile, done, names: {}, now, text })).getAllSubcomponents('vevent');
    const lines = events.map((e) => (e.getFirstPropertyValue('description') as string).split('\n')[0]);
    const page = checklistView({ ...initialState, profile, done }, {}, [], plan, words, null, {}).phases;
    expect(lines).toEqual(page.map((p) => `${p.progress.done}/${p.progress.total}`));
    expect(lines).toEqual(['1/4', `0/${plan.phases[1]!.items.length}`, `2/${plan.phases[2]!.items.length}`, `0/${plan.phases[3]!.items.length}`]);
  });

  it('gives stable, distinct UIDs and the DTSTAMP in UTC', () => {
    const calendar = parse(ics);
    const uids = calendar.getAllSubcomponents('vevent').map((c) => String(c.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(4);
    const again = buildIcs({ planId, plan: buildPlan(items, words, { ...profile, role: 'Director', startDate: '2030-01-01' })!, profile: { ...profile, role: 'Director' }, done: [], names: {}, now: new Date(), text: words.calendar });
    const againUids = parse(again).getAllSubcomponents('vevent').map((c) => String(c.getFirstPropertyValue('uid')));
    expect(againUids).toEqual(uids);
    // another plan (another random id) never shares an event with this one
    expect(eventUid('0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70', 'start')).not.toBe(uids[0]);
    expect(ics).toContain('DTSTAMP:20261125T180509Z');
    expect(formatUtcStamp(now)).toBe('20261125T180509Z');
  });
});

describe('UIDs, SEQUENCE and DTSTAMP', () => {
  const uidsOf = (file: string) => parse(file).getAllSubcomponents('vevent').map((c) => String(c.getFirstPropertyValue('uid')));
  const unnamedManager: Profile = { ...profile, audience: 'manager', name: '' };
  const file = (id: string, who: Profile, at = now) =>
    buildIcs({ planId: id, plan: buildPlan(items, words, who)!, profile: who, done: [], names: {}, now: at, text: words.calendar });

  it('keeps every UID when the promoted person is renamed or the audience changes', () => {
    const before = uidsOf(file(planId, profile));
    expect(uidsOf(file(planId, { ...profile, name: 'Ana Ruiz' }))).toEqual(before);
    expect(uidsOf(file(planId, { ...profile, name: '' }))).toEqual(before);
    expect(uidsOf(file(planId, { ...profile, audience: 'manager' }))).toEqual(before);
    expect(before.every((uid) => uid.includes(planId))).toBe(true);
  });

  it('never shares a UID between two plans, even two unnamed manager plans', () => {
    const one = uidsOf(file('11111111-2222-4333-8444-555555555555', unnamedManager));
    const two = uidsOf(file('66666666-7777-4888-9999-000000000000', unnamedManager));
    expect(new Set([...one, ...two]).size).toBe(one.length + two.length);
  });

  it('writes a SEQUENCE that grows with each newer file, and a DTSTAMP in UTC', () => {
    const sequence = (text: string) =>
      parse(text).getAllSubcomponents('vevent').map((c) => Number(c.getFirstPropertyValue('sequence')));
    const first = sequence(file(planId, profile));
    const later = sequence(file(planId, profile, new Date(now.getTime() + 2 * 60_000)));
    expect(new Set(first).size).toBe(1);
    expect(Number.isInteger(first[0])).toBe(true);
    expect(first[0]).toBe(sequenceAt(now));
    expect(later[0]).toBeGreaterThan(first[0]!);
    expect(sequenceAt(new Date(Date.UTC(1999, 0, 1)))).toBe(0);
    for (const event of parse(file(planId, profile)).getAllSubcomponents('vevent')) {
      expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2026-11-25T18:05:09Z');
    }
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('drops control characters (a pasted bell or escape) but keeps tabs and line breaks', () => {
    expect(escapeText('a\tb\u0007c\u0000d\u001be\u007ff\u000bg\u000ch\ni\rj')).toBe('a\tbcdefgh\\ni\\nj');
    expect(escapeText('\u0001\u0008\u000e\u001f')).toBe('');
  });

  it('writes a name with a pasted tab and bell as clean text that ical.js reads back', () => {
    const pasted: Profile = { ...profile, name: 'Ana\tRuiz\u0007', role: 'Lead\u0007 of\tSales\u001b' };
    const file = buildIcs({
      planId,
      plan,
      profile: pasted,
      done: [],
      names: { 'past-thank': ['Mary\u0007\tJones'] },
      now,
      text: words.calendar,
    });
    // eslint-disable-next-line no-control-regex -- the file must hold no control characters
    expect(file).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const events = parse(file).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(plan.phases.length);
    expect(events[0]!.summary).toBe('Network plan: first-day items due (Ana Ruiz, Lead of Sales)');
    expect(events[0]!.description).toContain('Who: Mary Jones');
    // a control character that survives tidying (no whitespace) is dropped, not written
    const bellOnly: Profile = { ...profile, name: 'A\u0007B', role: 'R' };
    const bellEvents = parse(buildIcs({ planId, plan, profile: bellOnly, done: [], names: {}, now, text: words.calendar }))
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(bellEvents[0]!.summary).toBe('Network plan: first-day items due (AB, R)');
  });

  it('round-trips any text through a folded, escaped property', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const clean = text.replace(/\r\n?/g, '\n');
        const line = foldLine(`DESCRIPTION:${escapeText(clean)}`);
        for (const part of line.split('\r\n')) expect(utf8.encode(part).length).toBeLessThanOrEqual(75);
        const unfolded = line.replace(/\r\n /g, '');
        expect(unfolded).toBe(`DESCRIPTION:${escapeText(clean)}`);
        const vevent = parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`).getFirstSubcomponent('vevent')!;
        expect(vevent.getFirstPropertyValue('description')).toBe(clean);
      }),
      { numRuns: 200 },
    );
  });

  it('never splits a multi-byte character when folding', () => {
    const line = foldLine(`SUMMARY:${'é'.repeat(100)}😀${'漢'.repeat(40)}`);
    for (const part of line.split('\r\n')) expect(part).not.toContain('\uFFFD');
    expect(line.replace(/\r\n /g, '')).toBe(`SUMMARY:${'é'.repeat(100)}😀${'漢'.repeat(40)}`);
  });
});

describe('icsFileName', () => {
  const start = words.calendar.fileName;
  it('makes a safe file name from the words, name and role', () => {
    expect(icsFileName(profile, start)).toMatch(/^promotion-checklist-[a-z0-9-]+\.ics$/);
    expect(icsFileName({ ...emptyProfile, role: 'Head of Sales' }, start)).toBe('promotion-checklist-head-of-sales.ics');
    expect(icsFileName(emptyProfile, start)).toBe('promotion-checklist.ics');
    expect(icsFileName({ ...emptyProfile, role: 'Head of Sales' }, 'network-plan')).toBe('network-plan-head-of-sales.ics');
  });
});

describe('the calendar’s words', () => {
  it('come from words.yaml', () => {
    const renamed = buildIcs({
      planId,
      plan,
      profile,
      done: ['past-thank'],
      names: { 'past-thank': ['Mary'] },
      now,
      text: { ...words.calendar, progress: 'Done {done}/{total} ({phase})', who: 'With {names}' },
    });
    const description = parse(renamed).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description') as string;
    expect(description.split('\n')[0]).toBe('Done 1/4 (Before and at the start)');
    expect(description).toContain('With Mary');
    expect(description).not.toContain('Who:');
  });

  it('leave a placeholder the code does not fill as written instead of printing undefined', () => {
    const odd = buildIcs({ planId, plan, profile, done: [], names: {}, now, text: { ...words.calendar, progress: '{phase}: {count} of {total}' } });
    const description = parse(odd).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description') as string;
    expect(description.split('\n')[0]).toBe('Before and at the start: {count} of 4');
    expect(odd).not.toContain('undefined');
  });
});
