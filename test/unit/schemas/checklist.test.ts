import { describe, expect, it } from 'vitest';
import { checklistTemplates } from '../../../src/tools/checklist/words';
import { placeholders } from '../../../src/shared/template';
import { checklistWordsSchema } from '../../../src/tools/checklist/schema';
import { loadChecklistContent } from '../../support/checklist-content';

const { words } = loadChecklistContent();

describe('the words’ templates in the schema', () => {
  const file = () => ({ ...words });
  const issues = (data: unknown) => {
    const result = checklistWordsSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('accept words.yaml as it is', () => {
    expect(issues(file())).toEqual([]);
  });

  it('refuse a template that lost a placeholder the page needs', () => {
    const data = file();
    expect(issues({ ...data, plan: { ...data.plan, title: 'Their network plan' } })).toEqual([
      'plan.title: plan.title must contain {name}',
    ]);
    expect(issues({ ...data, plan: { ...data.plan, progress: '{done} done' } })).toEqual([
      'plan.progress: plan.progress must contain {total}',
    ]);
    expect(issues({ ...data, calendar: { ...data.calendar, who: '{item} Who:' } })).toEqual([
      'calendar.who: calendar.who must contain {names}',
    ]);
    expect(issues({ ...data, calendar: { ...data.calendar, who: 'Who: {names}' } })).toEqual([
      'calendar.who: calendar.who must contain {item}',
    ]);
  });

  it('refuse an unknown (misspelt) placeholder and say which ones may be used', () => {
    const data = file();
    expect(issues({ ...data, plan: { ...data.plan, starts: '{role} · starts {dat}' } })).toEqual([
      'plan.starts: plan.starts must contain {date}',
      'plan.starts: plan.starts uses the unknown placeholder {dat}; it may use {date}, {role}',
    ]);
  });

  it('allow leaving out an optional placeholder', () => {
    const data = file();
    expect(issues({ ...data, plan: { ...data.plan, phaseProgress: '{done} of {total} done' } })).toEqual([]);
    expect(issues({ ...data, dates: { ...data.dates, short: '{day} {month} {year}' } })).toEqual([]);
  });

  it('refuse a calendar file name that is not letters, digits and dashes', () => {
    const data = file();
    expect(issues({ ...data, calendar: { ...data.calendar, fileName: '../plan' } })).toHaveLength(1);
  });

  it('keep placeholders out of the plain labels, where nothing would fill them', () => {
    const templates: Record<'form' | 'plan', readonly string[]> = {
      form: ['optional', 'shortened'],
      plan: ['title', 'starts', 'progress', 'due', 'phaseProgress', 'nameLine', 'why', 'source'],
    };
    for (const block of ['form', 'plan'] as const) {
      for (const [key, value] of Object.entries(words[block])) {
        if (typeof value === 'string' && !templates[block].includes(key))
          expect(placeholders(value), `${block}.${key}`).toEqual([]);
      }
    }
  });
});

describe('the checklist’s template rules', () => {
  it.each(Object.keys(checklistTemplates))('%s names a template words.yaml has', (key) => {
    const [block, name] = key.split('.') as [keyof typeof words, string];
    expect(typeof (words[block] as Record<string, unknown>)[name]).toBe('string');
  });
});
