/**
 * The checklist's editorial content is checked at build time: the real files pass, and a broken
 * edit stops the build with a message that names what to fix.
 */
import { describe, expect, it } from 'vitest';
import { checklistItemsSchema, checklistTextsSchema } from '../../../src/tools/checklist/schema';
import { rawChecklistFile } from '../../support/checklist-content';

const raw = {
  texts: rawChecklistFile('texts').texts,
  items: (rawChecklistFile('items').plan as { items: unknown }).items,
};
const texts = checklistTextsSchema.parse(raw.texts);
const items = checklistItemsSchema.parse({ items: raw.items }).items;
const problems = (schema: typeof checklistTextsSchema | typeof checklistItemsSchema, data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};
const textsWith = (patch: Record<string, unknown>) => problems(checklistTextsSchema, { ...texts, ...patch });
const messagesWith = (patch: Record<string, unknown>) => textsWith({ messages: { ...texts.messages, ...patch } });
const kind0 = texts.messages.kinds[0]!;
const withKind = (patch: Record<string, unknown>) => messagesWith({ kinds: [{ ...kind0, ...patch }] });
const rhythmWith = (patch: Record<string, unknown>) => textsWith({ rhythm: { ...texts.rhythm, ...patch } });
const itemWith = (patch: Record<string, unknown>) =>
  problems(checklistItemsSchema, { items: [{ ...items.find((i) => i.id === 'op-function'), ...patch }] }).join(' ');

it('accepts the content as it is', () => {
  expect(problems(checklistTextsSchema, raw.texts)).toEqual([]);
  expect(problems(checklistItemsSchema, { items: raw.items })).toEqual([]);
});

describe('an item', () => {
  const text = (self: string) => ({ text: { self, manager: 'Help {person}.' } });
  it.each([
    ['an unknown placeholder', text('Meet {peers} and {peeps}.'), /unknown placeholder \{peeps\}/],
    ['a group item that does not name its group', text('Meet them.'), /must mention \{group\}/],
    ['a sentence starting with its group', { why: 'Fine. {group} helps.' }, /do not start a sentence with it/],
  ])('is refused with %s', (_, patch, message) => {
    expect(itemWith(patch)).toMatch(message);
  });

  it('is refused when its id repeats another’s', () => {
    expect(problems(checklistItemsSchema, { items: [items[0], items[0]] })).toEqual(['item ids must be unique']);
  });
});

describe('the texts', () => {
  it.each([
    [
      'a phase after the last day the start dates allow for',
      {
        phases: [{ ...texts.phases[0], day: 367 }, ...texts.phases.slice(1)],
      },
      /expected number to be <=366/,
    ],
    ['a source that is not an https link', { sources: [{ ...texts.sources[0], url: 'http://hbr.org/' }] }, /https/],
    ['a level listed twice', { levels: [...texts.levels.slice(0, 3), texts.levels[0]] }, /levels must list each once/],
  ])('are refused with %s', (_, patch, message) => {
    expect(textsWith(patch).join(' ')).toMatch(message);
  });

  it.each([
    [
      'a review item without its date',
      { item: { self: 'Review {network} {every}.', manager: 'Review {network} {every}, {date}.' } },
      'rhythm.item.self must contain {date}',
    ],
    ['a misspelt placeholder', { eventTitle: 'Review {network} {evry}' }, 'rhythm.eventTitle must contain {every}'],
    [
      '{person} in the reader’s own intro',
      { intro: { self: 'Review {person}.', manager: 'Review {person}.' } },
      'rhythm.intro.self uses the unknown placeholder {person}; it may use none',
    ],
  ])('refuse a review rhythm sentence with %s', (_, patch, message) => {
    expect(rhythmWith(patch)).toContain(message);
  });

  it('refuse a three-step start of other than three steps', () => {
    const { steps } = texts.firstSteps;
    expect(
      textsWith({ firstSteps: { ...texts.firstSteps, steps: { ...steps, self: steps.self.slice(0, 2) } } }),
    ).toContain('firstSteps.steps.self holds exactly three steps');
  });
});

describe('the messages', () => {
  it.each([
    [
      'a plain line naming what the reader may leave empty',
      { opener: 'I am {role}, in {group}.' },
      /\{group\}.*leave empty/,
    ],
    ['an unknown placeholder', { ask: 'Could we meet, {nmae}?' }, /unknown placeholder \{nmae\}/],
    ['{person} in the reader’s own plan', { opener: { text: 'I am {person}.' } }, /unknown placeholder \{person\}/],
    ['{names} in a message to each named person', { ask: { text: 'Meet {names}?' } }, /unknown placeholder \{names\}/],
    ['a kind of contact that does not exist', { contact: 'boss' }, /contact/],
    ['a label naming the group without saying what to write without it', { label: 'To {group}' }, /\{group\}/],
  ])('refuse %s', (_, patch, message) => {
    expect(withKind(patch).join(' ')).toMatch(message);
  });

  it('refuse a greeting with an else ("Hi,"), one that greets nobody by name, and two messages for one item', () => {
    expect(messagesWith({ greeting: { text: 'Hi {greet},', else: 'Hi,' } })).not.toEqual([]);
    expect(messagesWith({ greeting: { text: 'Hi there,' } }).join(' ')).toMatch(/must name \{greet\}/);
    expect(messagesWith({ greeting: { text: 'Hi {names},' } }).join(' ')).toMatch(/unknown placeholder \{names\}/);
    expect(messagesWith({ kinds: [kind0, { ...kind0, id: 'again' }] }).join(' ')).toMatch(/more than one message/);
  });
});
