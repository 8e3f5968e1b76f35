import { describe, expect, it } from 'vitest';
import { words } from '../../../src/tools/checklist/words';
import { checklistContent } from '../../support/checklist-content';

const phases = [...checklistContent().texts.phases].sort((a, b) => a.day - b.day);

describe('the sentences filled from the plan’s phases', () => {
  it('preview the plan’s parts before it is built', () => {
    const names = phases.map((p) => p.inSentence);
    expect(words.previewLead(names.length) + words.previewRest(names)).toBe(
      'Your plan will have four parts, each with due dates counted from your start date: before and at the start, the first 30 days, days 31 to 60, and a 90-day review. Each item has a box to tick, the reason for it, and lines for the names of the people you will approach.',
    );
    expect(words.previewRest(names.slice(0, 2))).toMatch(/^, [^:]+: before and at the start and the first 30 days\./);
    expect(words.previewLead(12)).toBe('Your plan will have 12 parts');
  });

  it('say without JavaScript what each part holds', () => {
    expect(words.noscript(phases.map((p) => (p.gist ? words.phaseGist(p.inSentence, p.gist) : p.inSentence)))).toBe(
      'The checklist needs JavaScript to build your dated plan, keep your ticks and names in this browser, print, and make the calendar file. Nothing is sent anywhere. Without JavaScript, the plan’s four parts are: before and at the start (thank and keep your past network, meet your new team, and ask for introductions), the first 30 days (peers, people a step or two up, and the functions you rely on), days 31 to 60 (outside contacts and your strategic network), and a 90-day review.',
    );
  });
});
