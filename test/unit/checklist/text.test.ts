import { describe, expect, it } from 'vitest';
import { countWord, fixHeading, joinList, noscriptNote, planPreview } from '../../../src/lib/checklist/text';
import type { ChecklistWords } from '../../../src/lib/checklist/types';
import { loadChecklistContent } from './content';

const { words } = loadChecklistContent();

describe('checklist sentences from the words', () => {
  it('previews the plan’s parts from the phases in words.yaml', () => {
    const { lead, rest } = planPreview(words);
    expect(lead + rest).toBe(
      'Your plan will have four parts, each with due dates counted from your start date: before and at the start, the first 30 days, days 31 to 60, and a 90-day review. Each item has a box to tick, the reason for it and lines for the names of the people you will approach.',
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
      'The checklist needs JavaScript to build your dated plan, keep your ticks and names in this browser, print and make the calendar file. Nothing is sent anywhere. Without JavaScript, the plan’s four parts are: before and at the start (thank and keep your past network; ask for introductions), the first 30 days (peers, people a step or two up, each function you rely on), days 31 to 60 (outside contacts and your strategic network), and a 90-day review.',
    );
  });

  it('joins lists, counts in words and heads the error summary', () => {
    expect(joinList([], 'and')).toBe('');
    expect(joinList(['a'], 'and')).toBe('a');
    expect(joinList(['a', 'b'], 'and')).toBe('a and b');
    expect(joinList(['a', 'b', 'c'], 'and')).toBe('a, b, and c');
    expect(countWord(words.text, 4)).toBe('four');
    expect(countWord(words.text, 99)).toBe('99');
    expect(fixHeading(words.text, 1)).toBe('One thing to fix before the plan can be built:');
    expect(fixHeading(words.text, 3)).toBe('3 things to fix before the plan can be built:');
  });
});
