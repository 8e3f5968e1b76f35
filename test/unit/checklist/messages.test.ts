/**
 * Messages to send (src/lib/checklist/messages.ts) with the real words: every kind of contact
 * filled for every plan variant there is (audience × level × organization × groups × names ×
 * a name or none), what the reader typed always literal (fast-check), and the words' own
 * rules (every message gives before it asks; a line that names something the reader may leave
 * empty says what to write without it).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  composeMessage,
  fillLine,
  kindFor,
  namesOf,
  suggestMessages,
  type MessageContext,
  type MessageInput,
  type SuggestedMessage,
} from '../../../src/tools/checklist/messages';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { audiences, levels, type Audience, type Level, type PlanItem } from '../../../src/tools/checklist/model';
import { checklistMessagesSchema } from '../../../src/tools/checklist/messages-schema';
import { loadChecklistContent } from '../../support/checklist-content';

const { items: templates, words } = loadChecklistContent();
const context: MessageContext = { messages: words.messages, list: words.text };
const allInternal = words.groups.filter((g) => g.kind === 'internal').map((g) => g.id);
const allExternal = words.groups.filter((g) => g.kind === 'external').map((g) => g.id);
const HOSTILE = '<img src=x onerror=alert(1)>';

type Groups = 'none' | 'one' | 'all';
type Names = 'none' | 'one' | 'several' | 'hostile';

interface Variant {
  readonly audience: Audience;
  readonly level: Level;
  readonly sameOrg: boolean;
  readonly groups: Groups;
  readonly names: Names;
  readonly named: boolean;
}

function planItems(v: Variant): PlanItem[] {
  const profile = {
    ...emptyProfile,
    audience: v.audience,
    name: v.named ? 'Ana Ruiz' : '',
    role: 'Head of Sales',
    level: v.level,
    startDate: '2027-01-04',
    sameOrg: v.sameOrg,
    internal: v.groups === 'all' ? allInternal : v.groups === 'one' ? ['accounting'] : [],
    customInternal: v.groups === 'all' ? ['Legal'] : [],
    external: v.groups === 'all' ? allExternal : v.groups === 'one' ? ['vendors'] : [],
  };
  const plan = buildPlan(templates, words, profile);
  if (!plan) throw new Error('no plan');
  return plan.phases.flatMap((p) => p.items);
}

const namesFor = (kind: Names): string[] =>
  kind === 'none'
    ? []
    : kind === 'one'
      ? ['Sally Park']
      : kind === 'several'
        ? ['Sally Park', '  Sam   Lee ', '', 'Sally Park', 'Joe Bloggs']
        : [HOSTILE, '{role}'];

function inputFor(v: Variant, items: readonly PlanItem[]): MessageInput {
  return {
    audience: v.audience,
    name: v.named ? 'Ana Ruiz' : '',
    role: 'Head of Sales',
    names: Object.fromEntries(items.map((i) => [i.id, namesFor(v.names)])),
  };
}

function variants(): Variant[] {
  const out: Variant[] = [];
  for (const audience of audiences)
    for (const level of levels)
      for (const sameOrg of [true, false])
        for (const groups of ['none', 'one', 'all'] as const)
          for (const names of ['none', 'one', 'several', 'hostile'] as const)
            for (const named of [true, false]) out.push({ audience, level, sameOrg, groups, names, named });
  return out;
}

const variantList = variants();

/**
 * Every variant's plan items and messages. Each test computes them itself, when it runs, so that
 * what it checks is what the code gives now (not a result computed once while the file loaded).
 */
const everyVariant = () =>
  variantList.map((v) => {
    const items = planItems(v);
    return { v, items, messages: suggestMessages(items, inputFor(v, items), context) };
  });

/** the give and ask sentences of a kind as filled for one message (or null when left out) */
function bodyOf(message: SuggestedMessage, v: Variant, items: readonly PlanItem[]) {
  const kind = words.messages.kinds.find((k) => k.id === message.kind)!;
  const item = items.find((i) => i.id === message.id)!;
  const values = {
    role: 'Head of Sales',
    names: namesOf(namesFor(v.names)).join('|'),
    group: item.group ?? '',
    ...(v.audience === 'self' ? { name: v.named ? 'Ana Ruiz' : '' } : { person: v.named ? 'Ana Ruiz' : '' }),
  };
  return { kind, give: fillLine(kind.give, values), ask: fillLine(kind.ask, values) };
}

describe('every message of every plan variant', () => {
  it(`reads as words (${variantList.length} variants): no placeholder, no "undefined", no empty part`, () => {
    const all = everyVariant();
    let count = 0;
    for (const { v, messages } of all) {
      for (const m of messages) {
        count += 1;
        for (const part of [m.text, m.label, m.to ?? '']) {
          const withoutNames = part.split(HOSTILE).join('').split('{role}').join('');
          expect(withoutNames, part).not.toMatch(/[{}]|undefined|null|NaN/);
          if (v.names !== 'hostile') expect(part).not.toMatch(/ {2}|^\s|\s$|\s[,.?]|,,|\.\./);
        }
        expect(m.text).not.toMatch(/\n{3}/);
        expect(m.text).toContain('Head of Sales');
      }
    }
    expect(count).toBeGreaterThan(all.length * 1);
  });

  it('gives before it asks, opens with a greeting and closes with thanks', () => {
    const all = everyVariant();
    for (const { v, items, messages } of all) {
      for (const m of messages) {
        const { give, ask } = bodyOf(m, v, items);
        expect(give, m.id).not.toBeNull();
        expect(ask, m.id).not.toBeNull();
        // names may be joined differently in the message ("a, b, and c"): compare up to the names
        const start = (s: string) => s.split('|')[0]!.slice(0, 40);
        const at = { give: m.text.indexOf(start(give!)), ask: m.text.indexOf(start(ask!)) };
        expect(at.give, m.text).toBeGreaterThan(0);
        expect(at.ask, m.text).toBeGreaterThan(at.give);
        expect(m.text.startsWith('Hi')).toBe(true);
        expect(m.text).toMatch(/Thanks,(\nAna Ruiz)?$/);
      }
    }
  });

  it('has each kind of contact where the plan has it: the manager’s plan has the introduction note', () => {
    const all = everyVariant();
    const seen = { self: new Set<string>(), manager: new Set<string>() };
    for (const { v, messages } of all) {
      const kinds = messages.map((m) => m.kind);
      for (const k of kinds) seen[v.audience].add(k);
      if (v.audience === 'manager') {
        expect(kinds).toEqual(['introduction']);
      } else {
        for (const always of ['past', 'peer', 'manager', 'function', 'outside']) expect(kinds).toContain(always);
        expect(kinds.includes('above')).toBe(v.level !== 'executive');
        // one message per group item: one each for every internal and outside group chosen
        const expectedFunctions = v.groups === 'all' ? allInternal.length + 1 : 1;
        expect(kinds.filter((k) => k === 'function')).toHaveLength(expectedFunctions);
      }
    }
    expect([...seen.self].sort()).toEqual(['above', 'function', 'manager', 'outside', 'past', 'peer']);
    expect([...seen.manager]).toEqual(['introduction']);
  });

  it('greets the names written on the item, and says who it goes to', () => {
    const all = everyVariant();
    const { messages } = all.find(
      ({ v }) =>
        v.audience === 'self' && v.level === 'manager' && v.names === 'several' && v.named && v.groups === 'one',
    )!;
    const peer = messages.find((m) => m.kind === 'peer')!;
    expect(peer.text.startsWith('Hi Sally Park, Sam Lee, and Joe Bloggs,\n\n')).toBe(true);
    expect(peer.to).toBe('To: Sally Park, Sam Lee, and Joe Bloggs');
    expect(peer.text.endsWith('Thanks,\nAna Ruiz')).toBe(true);
    expect(messages.find((m) => m.id === 'op-function:accounting')!.label).toBe('Message to a contact in accounting');
    expect(messages.find((m) => m.id === 'op-external:vendors')!.label).toBe('Message to an outside contact (vendors)');
    // your manager's message names the people to meet; it does not greet them
    const manager = messages.find((m) => m.kind === 'manager')!;
    expect(manager.to).toBeNull();
    expect(manager.text.startsWith('Hi,\n\n')).toBe(true);
    expect(manager.text).toContain('Could you introduce me to Sally Park, Sam Lee, and Joe Bloggs?');
  });

  it('reads naturally without names: "Hi," and no signature, no "To:" line', () => {
    const all = everyVariant();
    const { messages } = all.find(
      ({ v }) =>
        v.audience === 'self' && v.level === 'manager' && v.names === 'none' && !v.named && v.groups === 'none',
    )!;
    for (const m of messages) {
      expect(m.text.startsWith('Hi,\n\n')).toBe(true);
      expect(m.text.endsWith('Thanks,')).toBe(true);
      expect(m.to).toBeNull();
    }
    expect(messages.find((m) => m.kind === 'function')!.label).toBe('Message to a contact in another function');
    expect(messages.find((m) => m.kind === 'manager')!.text).toContain('Who should I meet first?');
  });

  it('in a manager’s plan introduces the promoted person by name, or without one, and never signs as them', () => {
    const all = everyVariant();
    const named = all.find(({ v }) => v.audience === 'manager' && v.names === 'one' && v.named)!.messages[0]!;
    expect(named.label).toBe('Introduction note for Ana Ruiz');
    expect(named.text).toContain('I would like to introduce Ana Ruiz, who has just started as Head of Sales');
    expect(named.text.startsWith('Hi Sally Park,')).toBe(true);
    expect(named.text.endsWith('Thanks,')).toBe(true);
    const unnamed = all.find(({ v }) => v.audience === 'manager' && v.names === 'none' && !v.named)!.messages[0]!;
    expect(unnamed.label).toBe('Introduction note for your report');
    expect(unnamed.text).toContain('I would like to introduce the new Head of Sales on my team.');
    expect(unnamed.text).not.toMatch(/your report/);
  });

  it('keeps a hostile name and a name that looks like a placeholder literal, and fills nothing in them', () => {
    const all = everyVariant();
    const { messages } = all.find(({ v }) => v.audience === 'self' && v.names === 'hostile' && v.named)!;
    const peer = messages.find((m) => m.kind === 'peer')!;
    expect(peer.text.startsWith(`Hi ${HOSTILE} and {role},`)).toBe(true);
    expect(peer.text.split('Head of Sales')).toHaveLength(2);
  });
});

describe('fillLine', () => {
  it('fills a line, falls back to its else, or leaves it out', () => {
    expect(fillLine('As {role}.', { role: 'Lead' })).toBe('As Lead.');
    expect(fillLine({ text: 'Hi {names},', else: 'Hi,' }, { names: 'Sally' })).toBe('Hi Sally,');
    expect(fillLine({ text: 'Hi {names},', else: 'Hi,' }, { names: '' })).toBe('Hi,');
    expect(fillLine({ text: 'Hi {names},', else: 'Hi,' }, {})).toBe('Hi,');
    expect(fillLine({ text: '{name}' }, {})).toBeNull();
    expect(fillLine({ text: '{name}', else: 'as {role}' }, {})).toBeNull();
    expect(fillLine('As {role}.', {})).toBeNull();
    // a value that looks like a placeholder is not filled in again
    expect(fillLine('Hi {names}, from {role}.', { names: '{role}', role: '{names}' })).toBe('Hi {role}, from {names}.');
  });

  it('puts any value in literally, once (property)', () => {
    const value = fc.oneof(fc.string(), fc.constantFrom('{role}', '{names}', '$&', '$1'));
    fc.assert(
      fc.property(value, value, (names, role) => {
        const out = fillLine({ text: 'Hi {names}, from {role}.', else: 'Hi, from {role}.' }, { names, role });
        if (role === '') expect(out).toBeNull();
        else if (names === '') expect(out).toBe(`Hi, from ${role}.`);
        else expect(out).toBe(`Hi ${names}, from ${role}.`);
      }),
    );
  });
});

describe('suggestMessages with anything the reader can type (property)', () => {
  const itemsOfPlan = () =>
    planItems({
      audience: 'self',
      level: 'manager',
      sameOrg: true,
      groups: 'one',
      names: 'none',
      named: true,
    });
  const typed = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(HOSTILE, '{role}', '{names}', '$&', '$1', 'undefined', '  ', '\n'),
    fc.stringMatching(/^[a-z{}$&<> ]{1,12}$/),
  );
  const tidy = (s: string) => s.replace(/\s+/g, ' ').trim();

  for (const audience of audiences) {
    it(`keeps every value literal and leaves no placeholder (${audience}’s plan)`, () => {
      const items = itemsOfPlan();
      fc.assert(
        fc.property(
          typed,
          typed.filter((r) => tidy(r) !== ''),
          fc.array(typed, { maxLength: 3 }),
          (name, role, lines) => {
            const input: MessageInput = {
              audience,
              name,
              role,
              names: Object.fromEntries(items.map((i) => [i.id, lines])),
            };
            const messages = suggestMessages(items, input, context);
            expect(messages.length).toBeGreaterThan(0);
            const values = [tidy(name), tidy(role), ...namesOf(lines)].filter((s) => s !== '');
            for (const m of messages) {
              expect(m.text).toContain(tidy(role));
              const kind = words.messages.kinds.find((k) => k.id === m.kind)!;
              for (const n of namesOf(lines)) if (kind.greet || m.kind === 'manager') expect(m.text).toContain(n);
              if (audience === 'self' && tidy(name) !== '') expect(m.text.endsWith(`\n${tidy(name)}`)).toBe(true);
              // what is left once the reader's values are taken out is the editor's words alone
              let rest = m.text;
              for (const value of [...values].sort((a, b) => b.length - a.length)) rest = rest.split(value).join('');
              expect(rest).not.toMatch(/[{}]|undefined/);
            }
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});

describe('the words', () => {
  const itemIds = new Set(templates.map((t) => t.id));

  it('name only items that exist, and {group} only on items repeated per group', () => {
    for (const kind of words.messages.kinds) {
      for (const id of kind.items) expect(itemIds, `${kind.id}: ${id}`).toContain(id);
      const usesGroup = [kind.label, kind.give, kind.ask].some((l) =>
        (typeof l === 'string' ? l : l.text).includes('{group}'),
      );
      if (usesGroup) {
        for (const id of kind.items) {
          const t = templates.find((x) => x.id === id)!;
          expect(t.forEach ?? t.whenNoGroups, `${kind.id}: ${id}`).toBeDefined();
        }
      }
    }
    expect(kindFor(words.messages.kinds, 'op-function:accounting', 'self')?.id).toBe('function');
    expect(kindFor(words.messages.kinds, 'op-function:accounting', 'manager')).toBeUndefined();
  });

  const base = { ...(words.messages as unknown as Record<string, unknown>) };
  const kind0 = words.messages.kinds[0]!;
  const withKind = (patch: Record<string, unknown>) => ({ ...base, kinds: [{ ...kind0, ...patch }] });
  const problems = (value: unknown) => {
    const result = checklistMessagesSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => i.message);
  };

  it('are accepted as they are', () => {
    expect(problems(base)).toEqual([]);
  });

  it('refuse a plain line that names something the reader may leave empty, and an unknown placeholder', () => {
    expect(problems(withKind({ give: 'Hi {names}, I am {role}.' })).join()).toMatch(/\{names\}.*leave empty/);
    expect(problems(withKind({ ask: 'Could we meet, {nmae}?' })).join()).toMatch(/unknown placeholder \{nmae\}/);
    expect(problems(withKind({ give: { text: 'I am {person}.' } })).join()).toMatch(/unknown placeholder \{person\}/);
    expect(problems({ ...base, greeting: { text: 'Hi {names},' } }).join()).toMatch(/needs an else/);
    expect(problems({ ...base, greeting: { text: 'Hi {names},', else: 'Hi {names}' } }).join()).toMatch(/leave empty/);
    expect(problems(withKind({ label: 'To {group}' })).join()).toMatch(/\{group\}/);
  });

  it('refuse two messages for one item in the same plan', () => {
    const twice = { ...base, kinds: [kind0, { ...kind0, id: 'again' }] };
    expect(problems(twice).join()).toMatch(/more than one message/);
  });
});

describe('namesOf', () => {
  it('tidies the names written on an item, without blanks or repeats, and has none for an item without lines', () => {
    expect(namesOf(['  Sally   Park ', '', ' ', 'Sally Park', 'Joe'])).toEqual(['Sally Park', 'Joe']);
    expect(namesOf(undefined)).toEqual([]);
    expect(namesOf([])).toEqual([]);
  });
});

describe('composeMessage', () => {
  it('leaves out a line that cannot be filled and keeps the parts apart by blank lines', () => {
    const kind = { ...words.messages.kinds[0]!, give: { text: 'About {group}.' }, ask: 'As {role}?' };
    expect(composeMessage(kind, { role: 'Lead' }, context)).toBe('Hi,\n\nAs Lead?\n\nThanks,');
  });
});
