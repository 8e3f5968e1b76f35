import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarDownloaded,
  calendarFileName,
  cutToLimit,
  countWord,
  fillParts,
  fixHeading,
  noscriptNote,
  planPreview,
  planTitleParts,
} from '../../../src/tools/checklist/words';
import type { ChecklistWords } from '../../../src/tools/checklist/model';
import { fill } from '../../../src/shared/template';
import { loadChecklistContent } from '../../support/checklist-content';
import { freshImport } from '../../support/fresh-import';

const { words } = loadChecklistContent();

describe('checklist sentences from the words', () => {
  it('previews the plan’s parts from the phases in words.yaml', () => {
    const { lead, rest } = planPreview(words);
    expect(lead + rest).toBe(
      'Your plan will have four parts, each with due dates counted from your start date: before and at the start, the first 30 days, days 31 to 60, and a 90-day review. Each item has a box to tick, the reason for it, and lines for the names of the people you will approach.',
    );
  });

  it('follows the phases when an editor changes them', () => {
    const three: ChecklistWords = { ...words, phases: words.phases.filter((p) => p.id !== 'days31to60').reverse() };
    const { lead, rest } = planPreview(three);
    expect(lead).toBe('Your plan will have three parts');
    expect(rest).toContain(': before and at the start, the first 30 days, and a 90-day review.');
    expect(noscriptNote(three)).toContain('the plan’s three parts are: before and at the start (');
  });

  it('explains the parts without JavaScript, with what each holds', () => {
    expect(noscriptNote(words)).toBe(
      'The checklist needs JavaScript to build your dated plan, keep your ticks and names in this browser, print, and make the calendar file. Nothing is sent anywhere. Without JavaScript, the plan’s four parts are: before and at the start (thank and keep your past network, meet your new team, and ask for introductions), the first 30 days (peers, people a step or two up, and the functions you rely on), days 31 to 60 (outside contacts and your strategic network), and a 90-day review.',
    );
  });

  it('joins lists with the words’ “and” and serial comma', () => {
    const two: ChecklistWords = {
      ...words,
      phases: words.phases.filter((p) => p.id === 'start' || p.id === 'review90'),
    };
    expect(planPreview(two).rest).toContain(': before and at the start and a 90-day review.');
    const german: ChecklistWords = { ...words, text: { ...words.text, and: 'und', serialComma: false } };
    expect(planPreview(german).rest).toContain(
      ': before and at the start, the first 30 days, days 31 to 60 und a 90-day review.',
    );
  });

  it('counts in words and heads the error summary', () => {
    expect(countWord(words.text, 4)).toBe('four');
    expect(countWord(words.text, 99)).toBe('99');
    expect(fixHeading(words.text, 1)).toBe('One thing to fix before the plan can be built:');
    expect(fixHeading(words.text, 3)).toBe('3 things to fix before the plan can be built:');
  });
});

describe('fillParts', () => {
  it('fills placeholders only, never text that happens to match a value’s name', () => {
    expect(fillParts('name: {name}', { 'name: ': 'X', name: 'Ana' })).toEqual(['name: ', 'Ana']);
  });

  const time = { tag: 'time' } as const;
  it('places values of any kind between the template’s text', () => {
    expect(fillParts('{role} · starts {date}', { role: 'Lead', date: time })).toEqual(['Lead · starts ', time]);
    expect(fillParts('· due {date}', { date: time })).toEqual(['· due ', time]);
    expect(fillParts('{date}', { date: time })).toEqual([time]);
    expect(fillParts('no placeholder', { date: time })).toEqual(['no placeholder']);
  });

  it('leaves a placeholder without a value as written, never "undefined"', () => {
    expect(fillParts('{a} and {b}', { a: time })).toEqual([time, ' and {b}']);
    expect(fillParts('{a} and {b}', { a: time, b: undefined })).toEqual([time, ' and {b}']);
    expect(fillParts('{toString}', {})).toEqual(['{toString}']);
    expect(fillParts('{a}{a}', { a: time })).toEqual([time, time]);
  });

  it('keeps null (an element that renders nothing) in its place', () => {
    expect(fillParts('· due {date}', { date: null })).toEqual(['· due ', null]);
  });
});

describe('the plan’s and the form’s words', () => {
  it('fill to the sentences the page shows', () => {
    // the name (trimmed) is a piece of its own, for the page to isolate
    expect(planTitleParts(words.plan, ' Ana Ruiz ', 'self')).toEqual([{ name: 'Ana Ruiz' }, '’s network plan']);
    expect(planTitleParts(words.plan, '  ', 'self')).toEqual(['Your network plan']);
    expect(planTitleParts(words.plan, ' Ana Ruiz ', 'manager')).toEqual([{ name: 'Ana Ruiz' }, '’s network plan']);
    // a manager's plan without a name is about the report, not the reader
    expect(planTitleParts(words.plan, '  ', 'manager')).toEqual(['Your report’s network plan']);
    expect(planTitleParts({ ...words.plan, titleNoName: { self: 'Mine', manager: 'Theirs' } }, '', 'manager')).toEqual([
      'Theirs',
    ]);
    expect(fill(words.plan.progress, { done: 2, total: 17 })).toBe('2 of 17 done');
    expect(fill(words.plan.phaseProgress, { done: 0, total: 4, day: 30 })).toBe('0 of 4 done · day 30');
    expect(fill(words.plan.nameLine, { line: 2, lines: 3 })).toBe('Name 2 of 3');
    expect(fill(words.plan.why, { section: 'Review', why: 'Thanks keep a tie alive.' })).toBe(
      'Review: Thanks keep a tie alive.',
    );
    expect(fill(words.plan.source, { source: 'Watkins 2003' })).toBe('(Watkins 2003)');
    expect(fill(words.form.optional, { label: words.form.name.manager })).toBe('Their name (optional)');
    expect(calendarDownloaded(words.calendar, 'x.ics', 4)).toBe('Calendar file x.ics downloaded: 4 milestones.');
  });

  it('insert names literally, placeholders and markup included', () => {
    expect(planTitleParts(words.plan, '{name} <b>', 'self')).toEqual([{ name: '{name} <b>' }, '’s network plan']);
  });

  it('leave a placeholder the code does not fill as written', () => {
    expect(calendarDownloaded({ ...words.calendar, downloaded: '{file}: {milestones}' }, 'x.ics', 4)).toBe(
      'x.ics: {milestones}',
    );
  });
});

describe('cutting what the reader typed to a limit', () => {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const graphemes = (text: string) => [...segmenter.segment(text)].map((s) => s.segment);

  it('keeps text within the limit as it is', () => {
    expect(cutToLimit('Ana', 80)).toEqual({ text: 'Ana', shortened: false });
    expect(cutToLimit('a'.repeat(80), 80)).toEqual({ text: 'a'.repeat(80), shortened: false });
  });

  it('cuts a 500-character paste to the limit and says so', () => {
    expect(cutToLimit('x'.repeat(500), 80)).toEqual({ text: 'x'.repeat(80), shortened: true });
  });

  it('never cuts an emoji, a flag or a letter with its accent apart', async () => {
    // the module's segmenter is a module-level value: use it as the module makes it now
    const { cutToLimit } = await freshImport(() => import('../../../src/tools/checklist/words'));
    const family = '👨‍👩‍👧‍👦';
    expect(cutToLimit(`${'a'.repeat(79)}${family}`, 80)).toEqual({ text: 'a'.repeat(79), shortened: true });
    expect(cutToLimit(`${'a'.repeat(76)}🇫🇷b`, 80)).toEqual({ text: `${'a'.repeat(76)}🇫🇷`, shortened: true });
    expect(cutToLimit(`${'a'.repeat(78)}🇫🇷`, 80)).toEqual({ text: 'a'.repeat(78), shortened: true });
    expect(cutToLimit(`${'a'.repeat(79)}e\u0301`, 80)).toEqual({ text: 'a'.repeat(79), shortened: true });
  });

  it('gives a whole-grapheme prefix of at most the limit, as long as possible (property)', () => {
    const piece = fc.constantFrom('a', 'é', 'e\u0301', '😀', '👨‍👩‍👧‍👦', '🇫🇷', 'ب', 'न्', '字', ' ');
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 120 }).map((p) => p.join('')),
        fc.integer({ min: 1, max: 100 }),
        (text, limit) => {
          const { text: cut, shortened } = cutToLimit(text, limit);
          expect(cut.length).toBeLessThanOrEqual(limit);
          expect(shortened).toBe(cut !== text);
          expect(text.startsWith(cut)).toBe(true);
          const all = graphemes(text);
          const kept = graphemes(cut);
          // whole graphemes only, and the next one would not have fitted
          expect(kept).toEqual(all.slice(0, kept.length));
          if (shortened) expect(cut.length + all[kept.length]!.length).toBeGreaterThan(limit);
        },
      ),
    );
  });
});

describe('the calendar file name', () => {
  it('keeps letters of every script', () => {
    expect(calendarFileName('', 'مدير المبيعات', 'promotion-checklist')).toBe('promotion-checklist-مدير-المبيعات.ics');
    expect(calendarFileName('Ana Ruiz', 'Región Ñ', 'promotion-checklist')).toBe(
      'promotion-checklist-ana-ruiz-región-ñ.ics',
    );
    expect(calendarFileName('李明', 'Руководитель отдела', 'x')).toBe('x-李明-руководитель-отдела.ics');
    expect(calendarFileName('', 'प्रबंधक', 'x')).toBe('x-प्रबंधक.ics');
    expect(calendarFileName('', '', 'promotion-checklist')).toBe('promotion-checklist.ics');
  });

  it('leaves nothing a file system refuses, and stays short (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        fc.string({ unit: 'grapheme', maxLength: 200 }),
        (name, role) => {
          const file = calendarFileName(name, role, 'promotion-checklist');
          expect(file).toMatch(/^promotion-checklist(-[\p{L}\p{M}\p{N}]+)*\.ics$/u);
          expect(file).not.toMatch(/[/\\:*?"<>|\p{Cc}]/u);
          expect(file.length).toBeLessThanOrEqual('promotion-checklist-'.length + 60 + '.ics'.length);
          expect(file.isWellFormed()).toBe(true);
        },
      ),
    );
  });
});
