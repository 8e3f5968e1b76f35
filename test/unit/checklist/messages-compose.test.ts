/**
 * How a message is put together, with the real texts and gives: the default greeting of any name
 * (a title kept, an organization never greeted), a line filled literally, whatever the reader
 * types (fast-check), and the texts read with the gives and the plan's items.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeMessage,
  givesFor,
  kindFor,
  namesOf,
  suggestMessages,
  type SuggestedMessage,
} from '../../../src/tools/checklist/messages';
import { defaultGreeting, fillLine, isOrganization } from '../../../src/shared/message';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile, tidy } from '../../../src/tools/checklist/profile';
import { audiences } from '../../../src/tools/checklist/model';
import { checklistContent } from '../../support/checklist-content';
import { lineText, problemsOf } from '../../support/message-rules';

const content = checklistContent();
const texts = content.texts.messages;
const { gives } = content;
const HOSTILE = '<img src=x onerror=alert(1)>';
const greetingOf = (m: SuggestedMessage) => (/^Hi /.test(m.text) ? m.text.split('\n')[0] : null);

describe('how a name is greeted by default', () => {
  it.each([
    ['Sally Park', 'Sally'],
    ['  Sally   Park ', 'Sally'],
    ['Park Ji-sung', 'Park'],
    ['Park, Ji-sung', 'Park'],
    ['Dr. Chen', 'Dr. Chen'],
    ['prof Ada Lovelace', 'prof Ada Lovelace'],
    ['Dr.', 'Dr.'],
    ['Cher', 'Cher'],
    ['Acme Inc.', ''],
    ['ACME Corp', ''],
    ['Smith & Co.', ''],
    ['Corpus Christi Smith', 'Corpus'],
    ['', ''],
  ])('%j is greeted as %j', (name, greet) => {
    expect(defaultGreeting(texts, name)).toBe(greet);
  });

  it('is the first word of the name, or the whole name after a title, or nobody for an organization or a word that starts with no letter (property)', () => {
    const word = fc.stringMatching(/^[A-Za-zÀ-ÿ'.-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (parts) => {
        const name = parts.join(' ');
        const greet = defaultGreeting(texts, name);
        if (isOrganization(texts, name)) expect(greet).toBe('');
        else if (greet !== '') expect([parts[0]!.replace(/[,;:]+$/, ''), name]).toContain(greet);
        else expect(parts[0]).not.toMatch(/^[\p{L}\p{N}]/u);
        expect(greet).toMatch(/^$|^[\p{L}\p{N}]/u);
      }),
    );
  });
});

describe('filling a line', () => {
  it.each([
    ['As {role}.', { role: 'Lead' }, 'As Lead.'],
    [{ text: 'Hi {greet},' }, { greet: 'Sally' }, 'Hi Sally,'],
    [{ text: 'Hi {greet},' }, { greet: '' }, null],
    [{ text: '{name}' }, {}, null],
    [{ text: '{name}', else: 'as {role}' }, {}, null],
    ['As {role}.', {}, null],
    // a value that looks like a placeholder is not filled in again
    ['Hi {greet}, from {role}.', { greet: '{role}', role: '{greet}' }, 'Hi {role}, from {greet}.'],
  ])('%j with %j gives %j', (line, values, expected) => {
    expect(fillLine(line, values)).toBe(expected);
  });

  it('puts any value in literally, once (property)', () => {
    const value = fc.oneof(fc.string(), fc.constantFrom('{role}', '{greet}', '$&', '$1'));
    fc.assert(
      fc.property(value, value, (greet, role) => {
        const out = fillLine({ text: 'Hi {greet}, from {role}.', else: 'Hi, from {role}.' }, { greet, role });
        expect(out).toBe(role === '' ? null : greet === '' ? `Hi, from ${role}.` : `Hi ${greet}, from ${role}.`);
      }),
    );
  });

  it('leaves out a line that cannot be filled, keeping the parts apart by blank lines', () => {
    const kind = { ...texts.kinds[0]!, opener: { text: 'About {group}.' }, ask: 'As {role}?' };
    expect(composeMessage(texts, kind, undefined, { role: 'Lead', greet: '' })).toBe('As Lead?\n\nThanks,');
    expect(namesOf(['  Sally   Park ', '', ' ', 'Sally Park', 'Joe'])).toEqual(['Sally Park', 'Joe']);
    expect(namesOf(undefined)).toEqual([]);
  });
});

describe.each(audiences)('suggestMessages with anything the reader can type (%s’s plan)', (audience) => {
  it('keeps every value literal, greets each person once, and leaves no placeholder (property)', () => {
    const profile = { ...emptyProfile, audience, role: 'R', level: 'manager' as const, startDate: '2027-01-04' };
    const items = buildPlan(content, profile)!.phases.flatMap((p) => p.items);
    const typed = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(HOSTILE, '{role}', '{greet}', '$&', '$1', 'undefined', '  ', '\n', '__proto__', 'constructor'),
      fc.stringMatching(/^[a-z{}$&<> ]{1,12}$/),
    );
    fc.assert(
      fc.property(
        typed,
        typed.filter((r) => tidy(r) !== ''),
        fc.array(typed, { maxLength: 3 }),
        fc.dictionary(typed, typed, { maxKeys: 3 }),
        (name, role, lines, greetAs) => {
          const names = Object.fromEntries(items.map((i) => [i.id, lines]));
          const messages = suggestMessages(texts, gives, items, { audience, name, role, names, choices: { greetAs } });
          expect(messages.length).toBeGreaterThan(0);
          const values = [tidy(name), tidy(role), ...namesOf(lines), ...Object.values(greetAs).map(tidy)];
          for (const m of messages) {
            expect(m.text).toContain(tidy(role));
            expect(m.text).not.toMatch(/^Hi\s*,/);
            if (m.to !== null && greetingOf(m) !== null) expect(greetingOf(m)).toBe(`Hi ${tidy(m.greetAs)},`);
            if (audience === 'self' && tidy(name) !== '') expect(m.text.endsWith(`\n${tidy(name)}`)).toBe(true);
            // what is left once the reader's values are taken out is the editor's words alone
            const rest = [...values, tidy(m.greetAs)]
              .filter((s) => s !== '')
              .sort((a, b) => b.length - a.length)
              .reduce((t, value) => t.split(value).join(''), m.text);
            expect(rest).not.toMatch(/[{}]|undefined/);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('the texts and the gives, read together', () => {
  it('name only items that exist, {group} only on items repeated per group, and gives that suit the contact', () => {
    for (const kind of texts.kinds) {
      const usesGroup = [kind.label, kind.opener, kind.ask].some((l) => lineText(l).some((t) => t.includes('{group}')));
      for (const id of [...kind.items, ...(kind.to === 'names' ? [] : kind.to.item)]) {
        const item = content.items.find((x) => x.id === id);
        expect(item, `${kind.id}: ${id}`).toBeDefined();
        if (usesGroup && kind.items.includes(id))
          expect(item!.forEach ?? item!.whenNoGroups, `${kind.id}: ${id}`).toBeDefined();
      }
      const offered = givesFor(gives, kind.contact).map((g) => g.id);
      expect(offered, kind.id).toContain(kind.give);
      // a short list to choose from
      expect(offered.length, kind.id).toBeGreaterThanOrEqual(2);
      expect(offered.length, kind.id).toBeLessThanOrEqual(4);
    }
    expect(kindFor(texts.kinds, 'op-function:accounting', 'self')?.id).toBe('function');
    expect(kindFor(texts.kinds, 'op-function:accounting', 'manager')).toBeUndefined();
  });

  it('every sentence is American English, on one timeline, and promises nothing that is not there', () => {
    const sentences = [
      ...texts.kinds.flatMap((k) => [k.label, k.opener, k.ask].flatMap(lineText)),
      ...texts.kinds.flatMap((k) => (k.nobody ? [k.nobody] : [])),
      texts.nobody,
      ...gives.flatMap((g) => [g.label, g.line]),
    ];
    expect(problemsOf(sentences)).toEqual([]);
    // the rules can fail
    expect(problemsOf(['Our organisation’s colour.', 'My plan for the first 90 days is attached.'])).toHaveLength(4);
  });
});
