import fc from 'fast-check';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildIcs,
  calendarUrl,
  escapeText,
  eventUid,
  foldLine,
  formatUtcStamp,
  icsFileName,
  sequenceAt,
} from '../../../src/tools/checklist/ics';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { initialState } from '../../../src/tools/checklist/state';
import { checklistView } from '../../../src/tools/checklist/view';
import type { Plan, Profile } from '../../../src/tools/checklist/model';
import { fill } from '../../../src/shared/template';
import { loadChecklistContent } from '../../support/checklist-content';
import { loadPurposeNames } from '../../support/site-words';
import { freshImport } from '../../support/fresh-import';

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
const now = new Date(Date.UTC(2026, 10, 25, 18, 5, 9));
/** the plan's random id as the store keeps it (state.planId) */
const planId = '3b6f2c1e-8d4a-4f0b-9a7e-2c5d1e0f4a6b';
// the plan and its file are made before each test, not while the file loads, so that they are
// what the code under test gives now (see fresh-import.ts)
let plan: Plan;
let ics: string;
const icsInput = (forPlan: Plan) => ({
  planId,
  plan: forPlan,
  profile,
  done: ['past-thank'],
  names: { 'past-thank': ['Mary (former boss)', '', 'Joe; Sally, and <b>co</b>'] },
  now,
  url: 'https://example.org/tools/promotion-checklist/',
  text: words.calendar,
});
beforeEach(() => {
  plan = buildPlan(items, words, profile)!;
  ics = buildIcs(icsInput(plan));
});
// the line end and the control-character pattern are module-level values: the tests about them
// use the module as it is made now
const loadIcs = () => freshImport(() => import('../../../src/tools/checklist/ics'));
const utf8 = new TextEncoder();

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe('buildIcs', () => {
  it('uses CRLF line ends only and no line longer than 75 octets', async () => {
    const text = (await loadIcs()).buildIcs(icsInput(plan));
    expect(text).toBe(ics);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
    expect(text.split('\r\n').some((line) => line.startsWith(' '))).toBe(true); // long lines were folded
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
    const events = parse(ics)
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(events[0]!.summary).toBe(`Network plan: first-day items due (${hostile}, Head of Sales, EMEA; Région Ñ)`);
    expect(events[0]!.description).toContain('[x] Thank the people who helped you get here');
    expect(events[0]!.description).toContain('Who: Mary (former boss); Joe; Sally, and <b>co</b>');
    expect(events[0]!.description.split('\n')[0]).toBe('Before and at the start: 1 of 6 done.');
    expect(events[1]!.description).toContain('[ ] ');
  });

  it('counts each event’s ticks as the page counts the phase’s', () => {
    const done = ['past-thank', ...plan.phases[2]!.items.slice(0, 2).map((i) => i.id), 'not-in-plan'];
    const text = { ...words.calendar, progress: '{done}/{total}' };
    const events = parse(buildIcs({ planId, plan, profile, done, names: {}, now, text })).getAllSubcomponents('vevent');
    const lines = events.map((e) => (e.getFirstPropertyValue('description') as string).split('\n')[0]);
    const page = checklistView(
      { ...initialState, profile, done },
      {},
      [],
      plan,
      words,
      null,
      loadPurposeNames(),
    ).phases;
    expect(lines).toEqual(page.map((p) => `${p.progress.done}/${p.progress.total}`));
    expect(lines).toEqual([
      '1/6',
      `0/${plan.phases[1]!.items.length}`,
      `2/${plan.phases[2]!.items.length}`,
      `0/${plan.phases[3]!.items.length}`,
    ]);
  });

  it('gives stable, distinct UIDs and the DTSTAMP in UTC', () => {
    const calendar = parse(ics);
    const uids = calendar.getAllSubcomponents('vevent').map((c) => String(c.getFirstPropertyValue('uid')));
    expect(new Set(uids).size).toBe(4);
    const again = buildIcs({
      planId,
      plan: buildPlan(items, words, { ...profile, role: 'Director', startDate: '2030-01-01' })!,
      profile: { ...profile, role: 'Director' },
      done: [],
      names: {},
      now: new Date(),
      text: words.calendar,
    });
    const againUids = parse(again)
      .getAllSubcomponents('vevent')
      .map((c) => String(c.getFirstPropertyValue('uid')));
    expect(againUids).toEqual(uids);
    // another plan (another random id) never shares an event with this one
    expect(eventUid('0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70', 'start')).not.toBe(uids[0]);
    expect(ics).toContain('DTSTAMP:20261125T180509Z');
    expect(formatUtcStamp(now)).toBe('20261125T180509Z');
  });
});

describe('UIDs, SEQUENCE and DTSTAMP', () => {
  const uidsOf = (file: string) =>
    parse(file)
      .getAllSubcomponents('vevent')
      .map((c) => String(c.getFirstPropertyValue('uid')));
  const unnamedManager: Profile = { ...profile, audience: 'manager', name: '' };
  const file = (id: string, who: Profile, at = now) =>
    buildIcs({
      planId: id,
      plan: buildPlan(items, words, who)!,
      profile: who,
      done: [],
      names: {},
      now: at,
      text: words.calendar,
    });

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
      parse(text)
        .getAllSubcomponents('vevent')
        .map((c) => Number(c.getFirstPropertyValue('sequence')));
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

  it('drops control characters (a pasted bell or escape) but keeps tabs and line breaks', async () => {
    const { escapeText } = await loadIcs();
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
    const events = parse(file)
      .getAllSubcomponents('vevent')
      .map((c) => new ICAL.Event(c));
    expect(events).toHaveLength(plan.phases.length);
    expect(events[0]!.summary).toBe('Network plan: first-day items due (Ana Ruiz, Lead of Sales)');
    expect(events[0]!.description).toContain('Who: Mary Jones');
    // a control character that survives tidying (no whitespace) is dropped, not written
    const bellOnly: Profile = { ...profile, name: 'A\u0007B', role: 'R' };
    const bellEvents = parse(
      buildIcs({ planId, plan, profile: bellOnly, done: [], names: {}, now, text: words.calendar }),
    )
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
        const vevent = parse(
          `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTAMP:20260101T000000Z\r\n${line}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`,
        ).getFirstSubcomponent('vevent')!;
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
    expect(icsFileName(profile, start)).toMatch(/^promotion-checklist-[\p{L}\p{M}\p{N}-]+\.ics$/u);
    expect(icsFileName({ ...emptyProfile, role: 'Head of Sales' }, start)).toBe(
      'promotion-checklist-head-of-sales.ics',
    );
    expect(icsFileName(emptyProfile, start)).toBe('promotion-checklist.ics');
    expect(icsFileName({ ...emptyProfile, role: 'Head of Sales' }, 'network-plan')).toBe(
      'network-plan-head-of-sales.ics',
    );
    // an Arabic role title is kept, not dropped
    expect(icsFileName({ ...emptyProfile, role: 'مديرة  المبيعات' }, start)).toBe(
      'promotion-checklist-مديرة-المبيعات.ics',
    );
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
    expect(description.split('\n')[0]).toBe('Done 1/6 (Before and at the start)');
    expect(description).toContain('With Mary');
    expect(description).not.toContain('Who:');
  });

  it('leave a placeholder the code does not fill as written instead of printing undefined', () => {
    const odd = buildIcs({
      planId,
      plan,
      profile,
      done: [],
      names: {},
      now,
      text: { ...words.calendar, progress: '{phase}: {count} of {total}' },
    });
    const description = parse(odd).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description') as string;
    expect(description.split('\n')[0]).toBe('Before and at the start: {count} of 6');
    expect(odd).not.toContain('undefined');
  });
});

describe('the events’ URL', () => {
  it('is the page’s address on a real site, and never a placeholder or a bare path', () => {
    const file = (url: string | undefined) =>
      buildIcs({ planId, plan, profile, done: [], names: {}, now, url, text: words.calendar });
    expect(file('https://example.org/tools/promotion-checklist/')).toContain(
      '\r\nURL:https://example.org/tools/promotion-checklist/\r\n',
    );
    expect(file('http://127.0.0.1:4404/tools/promotion-checklist/')).toContain(
      '\r\nURL:http://127.0.0.1:4404/tools/promotion-checklist/\r\n',
    );
    for (const bad of [
      'https://upproach.example/tools/promotion-checklist/',
      '/tools/promotion-checklist/',
      'javascript:alert(1)',
      '',
      undefined,
    ]) {
      expect(file(bad), String(bad)).not.toMatch(/\r\nURL:/);
      expect(calendarUrl(bad), String(bad)).toBeNull();
    }
  });
});

describe('the file, line by line', () => {
  const linesOf = (file: string) => file.replace(/\r\n /g, '').split('\r\n');
  const plain = (extra: Partial<Parameters<typeof buildIcs>[0]> = {}) =>
    buildIcs({ planId, plan, profile, done: [], names: {}, now, text: words.calendar, ...extra });

  it('opens with the calendar header and closes every block it opens', () => {
    const lines = linesOf(plain());
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//UPPROACH//Promotion network checklist//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(plan.phases.length);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(plan.phases.length);
    expect(lines.filter((l) => l === 'TRANSP:TRANSPARENT')).toHaveLength(plan.phases.length);
  });

  it('writes each event’s fields in order, with its UID, stamp, sequence and the day after as its end', () => {
    const lines = linesOf(plain());
    const first = lines.indexOf('BEGIN:VEVENT');
    expect(lines.slice(first, first + 6)).toEqual([
      'BEGIN:VEVENT',
      `UID:${eventUid(planId, plan.phases[0]!.id)}`,
      'DTSTAMP:20261125T180509Z',
      `SEQUENCE:${sequenceAt(now)}`,
      'DTSTART;VALUE=DATE:20240229',
      'DTEND;VALUE=DATE:20240301',
    ]);
    expect(eventUid('abc', 'first30')).toBe('promotion-checklist-first30-abc@upproach');
  });

  it('writes a repeating review as a whole event: stamp, sequence, rule, URL, free time', () => {
    const url = 'https://example.org/tools/promotion-checklist/';
    const review = {
      key: 'review-past',
      title: 'Review your past network every week',
      description: 'Who is missing?',
      start: { year: 2024, month: 6, day: 5 },
      rrule: 'FREQ=WEEKLY',
    };
    const lines = linesOf(plain({ url, recurring: [review] }));
    const begin = lines.lastIndexOf('BEGIN:VEVENT');
    const event = lines.slice(begin, lines.indexOf('END:VEVENT', begin) + 1);
    expect(event.map((l) => l.split(/[:;]/)[0])).toEqual([
      'BEGIN',
      'UID',
      'DTSTAMP',
      'SEQUENCE',
      'DTSTART',
      'DTEND',
      'RRULE',
      'SUMMARY',
      'DESCRIPTION',
      'URL',
      'TRANSP',
      'END',
    ]);
    expect(event).toEqual(
      expect.arrayContaining([
        `UID:${eventUid(planId, 'review-past')}`,
        'DTSTAMP:20261125T180509Z',
        `SEQUENCE:${sequenceAt(now)}`,
        'DTSTART;VALUE=DATE:20240605',
        'DTEND;VALUE=DATE:20240606',
        'RRULE:FREQ=WEEKLY',
        'DESCRIPTION:Who is missing?',
        `URL:${url}`,
        'TRANSP:TRANSPARENT',
      ]),
    );
    expect(linesOf(plain({ recurring: [review] })).some((l) => l.startsWith('URL:'))).toBe(false);
  });

  it('writes a URL line only when the page’s address is given', () => {
    expect(linesOf(plain()).some((l) => l.startsWith('URL:'))).toBe(false);
    const url = 'https://example.org/tools/promotion-checklist/';
    expect(linesOf(plain({ url })).filter((l) => l === `URL:${url}`)).toHaveLength(plan.phases.length);
  });

  it('leaves out a phase whose due date cannot be read, and keeps the others', () => {
    const broken = { ...plan, phases: plan.phases.map((p, i) => (i === 1 ? { ...p, due: 'not a date' } : p)) };
    const events = parse(plain({ plan: broken })).getAllSubcomponents('vevent');
    expect(events).toHaveLength(plan.phases.length - 1);
    expect(events.map((e) => String(e.getFirstPropertyValue('uid')))).not.toContain(
      eventUid(planId, plan.phases[1]!.id),
    );
  });

  it('names the promoted person in the summary only when a name is given', () => {
    const summaries = (who: Profile) =>
      parse(plain({ profile: who }))
        .getAllSubcomponents('vevent')
        .map((c) => String(c.getFirstPropertyValue('summary')));
    expect(summaries({ ...profile, name: 'Ana Ruiz', role: 'Lead' })[0]).toBe(
      'Network plan: first-day items due (Ana Ruiz, Lead)',
    );
    expect(summaries({ ...profile, name: '  ', role: 'Lead' })[0]).toBe(
      fill(words.calendar.summary, { milestone: plan.phases[0]!.milestone, role: 'Lead' }),
    );
  });

  it('lists who to approach only for items with a written name', () => {
    const description = (names: Record<string, string[]>) =>
      String(parse(plain({ names })).getFirstSubcomponent('vevent')!.getFirstPropertyValue('description')).split('\n');
    const none = description({ 'past-thank': ['', '  '] });
    expect(none.some((l) => l.includes('Who:'))).toBe(false);
    const two = description({ 'past-thank': [' Mary ', '', 'Joe'] });
    expect(two.filter((l) => l.includes('Who:'))).toHaveLength(1);
    expect(two.find((l) => l.includes('Who:'))).toContain(`Mary${words.calendar.nameSeparator}Joe`);
  });
});

describe('foldLine, octet by octet', () => {
  it.each([
    ['a line of exactly 75 octets stays whole', 75, [75]],
    ['a line of 76 octets folds after 75', 76, [75, 2]],
    ['continuation lines hold 74 octets after their space', 75 + 74 + 10, [75, 75, 11]],
  ])('%s', (_label, length, parts) => {
    const folded = foldLine('x'.repeat(length));
    expect(folded.split('\r\n').map((p) => utf8.encode(p).length)).toEqual(parts);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((p) => p.startsWith(' ')),
    ).toBe(true);
  });

  it('moves a multi-byte character that would cross octet 75 to the next line whole', () => {
    const folded = foldLine(`${'x'.repeat(74)}é`);
    expect(folded).toBe(`${'x'.repeat(74)}\r\n é`);
  });

  it('keeps an empty line empty', () => {
    expect(foldLine('')).toBe('');
  });
});

describe('formatUtcStamp and sequenceAt', () => {
  it('writes the time in UTC without separators or milliseconds', () => {
    expect(formatUtcStamp(new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)))).toBe('20260102T030405Z');
  });

  it.each([
    ['before 2000', Date.UTC(1999, 11, 31, 23, 59), 0],
    ['at the start of 2000', Date.UTC(2000, 0, 1), 0],
    ['59 seconds in', Date.UTC(2000, 0, 1, 0, 0, 59), 0],
    ['one minute in', Date.UTC(2000, 0, 1, 0, 1), 1],
    ['a day in', Date.UTC(2000, 0, 2), 1440],
  ])('counts whole minutes since 2000: %s', (_label, at, expected) => {
    expect(sequenceAt(new Date(at))).toBe(expected);
  });
});

describe('icsFileName, character by character', () => {
  const start = words.calendar.fileName;
  it.each([
    [
      'compatibility characters are spelt out (NFKD)',
      { name: '', role: 'Head of Oﬃce' },
      'promotion-checklist-head-of-office.ics',
    ],
    ['capitals become lower case', { name: 'ANA', role: 'CFO' }, 'promotion-checklist-ana-cfo.ics'],
    ['runs of other characters become one dash', { name: 'a  &&  b', role: '' }, 'promotion-checklist-a-b.ics'],
    ['dashes at the ends are trimmed', { name: '--Ana--', role: '!!' }, 'promotion-checklist-ana.ics'],
    ['only symbols give the bare name', { name: '***', role: '%%%' }, 'promotion-checklist.ics'],
  ])('%s', (_label, who, expected) => {
    expect(icsFileName({ ...emptyProfile, ...who }, start)).toBe(expected);
  });

  it('keeps at most 60 characters of name and role, with no dash left at the cut', () => {
    const long = icsFileName({ ...emptyProfile, name: 'a'.repeat(59), role: 'bbbb' }, start);
    expect(long).toBe(`promotion-checklist-${'a'.repeat(59)}.ics`);
    const exact = icsFileName({ ...emptyProfile, name: 'c'.repeat(70), role: '' }, start);
    expect(exact).toBe(`promotion-checklist-${'c'.repeat(60)}.ics`);
  });
});
