/**
 * Messages to send with the real texts: every kind of contact filled for every plan variant
 * (audience × level × organization × groups × names × a name or none), what the reader typed
 * always literal (fast-check), and every message giving before it asks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeMessage, fillLine, kindFor, namesOf, suggestMessages } from '../../../src/tools/checklist/messages';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile, tidy } from '../../../src/tools/checklist/profile';
import { audiences, levels, type Audience, type Level } from '../../../src/tools/checklist/model';
import { checklistContent } from '../../support/checklist-content';

const content = checklistContent();
const texts = content.texts.messages;
const allOf = (kind: 'internal' | 'external') => content.texts.groups.filter((g) => g.kind === kind).map((g) => g.id);
const HOSTILE = '<img src=x onerror=alert(1)>';
const NAMES = {
  none: [],
  one: ['Sally Park'],
  several: ['Sally Park', '  Sam   Lee ', '', 'Sally Park', 'Joe Bloggs'],
  hostile: [HOSTILE, '{role}'],
};

interface Variant {
  readonly audience: Audience;
  readonly level: Level;
  readonly sameOrg: boolean;
  readonly groups: 'none' | 'one' | 'all';
  readonly names: keyof typeof NAMES;
  readonly named: boolean;
}

function messagesFor(v: Variant) {
  const pick = (kind: 'internal' | 'external', one: string) =>
    v.groups === 'all' ? allOf(kind) : v.groups === 'one' ? [one] : [];
  const [internal, external] = [pick('internal', 'accounting'), pick('external', 'vendors')];
  const who = { audience: v.audience, name: v.named ? 'Ana Ruiz' : '', role: 'Head of Sales', level: v.level };
  const profile = { ...emptyProfile, ...who, startDate: '2027-01-04', sameOrg: v.sameOrg, internal, external };
  if (v.groups === 'all') profile.customInternal = ['Legal'];
  const items = buildPlan(content, profile)!.phases.flatMap((p) => p.items);
  const names = Object.fromEntries(items.map((i) => [i.id, NAMES[v.names]]));
  return suggestMessages(texts, items, { ...profile, names });
}

const variants: Variant[] = audiences.flatMap((audience) =>
  levels.flatMap((level) =>
    [true, false].flatMap((sameOrg) =>
      (['none', 'one', 'all'] as const).flatMap((groups) =>
        (['none', 'one', 'several', 'hostile'] as const).flatMap((names) =>
          [true, false].map((named) => ({ audience, level, sameOrg, groups, names, named })),
        ),
      ),
    ),
  ),
);
const find = (match: Partial<Variant>) =>
  messagesFor(variants.find((v) => Object.entries(match).every(([k, value]) => v[k as keyof Variant] === value))!);

describe(`every message of every plan variant (${variants.length})`, () => {
  it('reads as words, greets, gives before it asks, and thanks; each kind where the plan has it', () => {
    const seen = { self: new Set<string>(), manager: new Set<string>() };
    for (const v of variants) {
      const messages = messagesFor(v);
      const kinds = messages.map((m) => m.kind);
      for (const k of kinds) seen[v.audience].add(k);
      if (v.audience === 'manager') expect(kinds).toEqual(['introduction']);
      else {
        for (const always of ['past', 'peer', 'manager', 'function', 'outside']) expect(kinds).toContain(always);
        expect(kinds.includes('above')).toBe(v.level !== 'executive');
        expect(kinds.filter((k) => k === 'function')).toHaveLength(
          v.groups === 'all' ? allOf('internal').length + 1 : 1,
        );
      }
      for (const m of messages) {
        for (const part of [m.text, m.label, m.to ?? '']) {
          expect(part.split(HOSTILE).join('').split('{role}').join(''), part).not.toMatch(/[{}]|undefined|null|NaN/);
          if (v.names !== 'hostile') expect(part).not.toMatch(/ {2}|^\s|\s$|\s[,.?]|,,|\.\./);
        }
        const kind = texts.kinds.find((k) => k.id === m.kind)!;
        // where the give and the ask sentence are, found by their words before any filled-in value
        const where = (line: typeof kind.give) =>
          Math.max(
            ...(typeof line === 'string' ? [line] : [line.text, line.else ?? line.text]).map((t) =>
              m.text.indexOf(t.split('{')[0]!.slice(0, 30)),
            ),
          );
        const at = { give: where(kind.give), ask: where(kind.ask) };
        expect(at.give, m.text).toBeGreaterThan(0);
        expect(at.ask, m.text).toBeGreaterThan(at.give);
        expect(m.text).toMatch(/^Hi[ ,]/);
        expect(m.text).toMatch(/\n\nThanks,(\nAna Ruiz)?$/);
        expect(m.text).toContain('Head of Sales');
        expect(m.text).not.toMatch(/\n{3}/);
      }
    }
    expect([...seen.self].sort()).toEqual(['above', 'function', 'manager', 'outside', 'past', 'peer']);
    expect([...seen.manager]).toEqual(['introduction']);
  });

  it('greets the names written on the item, says who it goes to, and signs with the reader’s name', () => {
    const messages = find({ audience: 'self', level: 'manager', names: 'several', named: true, groups: 'one' });
    const peer = messages.find((m) => m.kind === 'peer')!;
    expect(peer.text.startsWith('Hi Sally Park, Sam Lee, and Joe Bloggs,\n\n')).toBe(true);
    expect(peer.to).toBe('To: Sally Park, Sam Lee, and Joe Bloggs');
    expect(peer.text.endsWith('Thanks,\nAna Ruiz')).toBe(true);
    expect(messages.find((m) => m.id === 'op-function:accounting')!.label).toBe('Message to a contact in accounting');
    expect(messages.find((m) => m.id === 'op-external:vendors')!.label).toBe('Message to an outside contact (vendors)');
    // the message to your manager names the people to meet; it does not greet them
    const manager = messages.find((m) => m.kind === 'manager')!;
    expect(manager.to).toBeNull();
    expect(manager.text).toMatch(/^Hi,\n\n[^]*Could you introduce me to Sally Park, Sam Lee, and Joe Bloggs\?/);
  });

  it('reads naturally without names: "Hi," and no signature, no "To:" line', () => {
    const messages = find({ audience: 'self', level: 'manager', names: 'none', named: false, groups: 'none' });
    for (const m of messages)
      expect([m.text.startsWith('Hi,\n\n'), m.text.endsWith('Thanks,'), m.to]).toEqual([true, true, null]);
    expect(messages.find((m) => m.kind === 'function')!.label).toBe('Message to a contact in another function');
    expect(messages.find((m) => m.kind === 'manager')!.text).toContain('Who should I meet first?');
  });

  it('in a manager’s plan introduces the promoted person by name, or without one, and never signs as them', () => {
    const [named] = find({ audience: 'manager', names: 'one', named: true });
    expect(named!.label).toBe('Introduction note for Ana Ruiz');
    expect(named!.text).toMatch(
      /^Hi Sally Park,\n\nI would like to introduce Ana Ruiz, who has just started as Head of Sales/,
    );
    expect(named!.text.endsWith('Thanks,')).toBe(true);
    const [unnamed] = find({ audience: 'manager', names: 'none', named: false });
    expect(unnamed!.label).toBe('Introduction note for your report');
    expect(unnamed!.text).toContain('I would like to introduce the new Head of Sales on my team.');
    expect(unnamed!.text).not.toMatch(/your report/);
  });

  it('keeps a hostile name and one that looks like a placeholder literal, and fills nothing in them', () => {
    const peer = find({ audience: 'self', names: 'hostile', named: true }).find((m) => m.kind === 'peer')!;
    expect(peer.text.startsWith(`Hi ${HOSTILE} and {role},`)).toBe(true);
    expect(peer.text.split('Head of Sales')).toHaveLength(2);
  });
});

describe('filling a line', () => {
  it.each([
    ['As {role}.', { role: 'Lead' }, 'As Lead.'],
    [{ text: 'Hi {names},', else: 'Hi,' }, { names: 'Sally' }, 'Hi Sally,'],
    [{ text: 'Hi {names},', else: 'Hi,' }, { names: '' }, 'Hi,'],
    [{ text: 'Hi {names},', else: 'Hi,' }, {}, 'Hi,'],
    [{ text: '{name}' }, {}, null],
    [{ text: '{name}', else: 'as {role}' }, {}, null],
    ['As {role}.', {}, null],
    // a value that looks like a placeholder is not filled in again
    ['Hi {names}, from {role}.', { names: '{role}', role: '{names}' }, 'Hi {role}, from {names}.'],
  ])('%j with %j gives %j', (line, values, expected) => {
    expect(fillLine(line, values)).toBe(expected);
  });

  it('puts any value in literally, once (property)', () => {
    const value = fc.oneof(fc.string(), fc.constantFrom('{role}', '{names}', '$&', '$1'));
    fc.assert(
      fc.property(value, value, (names, role) => {
        const out = fillLine({ text: 'Hi {names}, from {role}.', else: 'Hi, from {role}.' }, { names, role });
        expect(out).toBe(role === '' ? null : names === '' ? `Hi, from ${role}.` : `Hi ${names}, from ${role}.`);
      }),
    );
  });

  it('leaves out a line that cannot be filled, keeping the parts apart by blank lines', () => {
    const kind = { ...texts.kinds[0]!, give: { text: 'About {group}.' }, ask: 'As {role}?' };
    expect(composeMessage(texts, kind, { role: 'Lead' })).toBe('Hi,\n\nAs Lead?\n\nThanks,');
    expect(namesOf(['  Sally   Park ', '', ' ', 'Sally Park', 'Joe'])).toEqual(['Sally Park', 'Joe']);
    expect(namesOf(undefined)).toEqual([]);
  });
});

describe.each(audiences)('suggestMessages with anything the reader can type (%s’s plan)', (audience) => {
  it('keeps every value literal and leaves no placeholder (property)', () => {
    const items = buildPlan(content, {
      ...emptyProfile,
      role: 'R',
      level: 'manager',
      startDate: '2027-01-04',
      internal: ['accounting'],
    })!.phases.flatMap((p) => p.items);
    const typed = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(HOSTILE, '{role}', '{names}', '$&', '$1', 'undefined', '  ', '\n'),
      fc.stringMatching(/^[a-z{}$&<> ]{1,12}$/),
    );
    fc.assert(
      fc.property(
        typed,
        typed.filter((r) => tidy(r) !== ''),
        fc.array(typed, { maxLength: 3 }),
        (name, role, lines) => {
          const names = Object.fromEntries(items.map((i) => [i.id, lines]));
          const messages = suggestMessages(texts, items, { audience, name, role, names });
          expect(messages.length).toBeGreaterThan(0);
          const values = [tidy(name), tidy(role), ...namesOf(lines)].filter((s) => s !== '');
          for (const m of messages) {
            expect(m.text).toContain(tidy(role));
            const kind = kindFor(texts.kinds, m.id, audience)!;
            for (const n of namesOf(lines)) if (kind.greet || m.kind === 'manager') expect(m.text).toContain(n);
            if (audience === 'self' && tidy(name) !== '') expect(m.text.endsWith(`\n${tidy(name)}`)).toBe(true);
            // what is left once the reader's values are taken out is the editor's words alone
            const rest = [...values]
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

describe('the texts', () => {
  it('name only items that exist, and {group} only on items repeated per group or standing for them', () => {
    for (const kind of texts.kinds) {
      const usesGroup = [kind.label, kind.give, kind.ask].some((l) =>
        (typeof l === 'string' ? l : l.text).includes('{group}'),
      );
      for (const id of kind.items) {
        const item = content.items.find((x) => x.id === id);
        expect(item, `${kind.id}: ${id}`).toBeDefined();
        if (usesGroup) expect(item!.forEach ?? item!.whenNoGroups, `${kind.id}: ${id}`).toBeDefined();
      }
    }
    expect(kindFor(texts.kinds, 'op-function:accounting', 'self')?.id).toBe('function');
    expect(kindFor(texts.kinds, 'op-function:accounting', 'manager')).toBeUndefined();
  });
});
