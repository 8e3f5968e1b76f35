/**
 * Messages to send with the real texts and gives: every message kind of every plan variant
 * (audience × level × organization × groups × a name or none) with every kind of names on the
 * items (none, one, three, a company's, names a reader greets differently, hostile ones): one
 * message per person, each greeting one person by the name the reader greets them with (never a
 * list of names, never "Hi," alone, never a company), the chosen give before the ask, American
 * English, one timeline, no promised attachment; and each defect a reader met. How one message is
 * put together, and anything the reader types: messages-compose.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { MessageChoices } from '../../../src/tools/checklist/message-choices';
import {
  givesFor,
  kindFor,
  namesOf,
  suggestMessages,
  type SuggestedMessage,
} from '../../../src/tools/checklist/messages';
import { defaultGreeting, isOrganization } from '../../../src/shared/message';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile, tidy } from '../../../src/tools/checklist/profile';
import { audiences, levels, type Audience, type Level } from '../../../src/tools/checklist/model';
import { checklistContent } from '../../support/checklist-content';
import { lineText, problemsOf } from '../../support/message-rules';

const content = checklistContent();
const texts = content.texts.messages;
const { gives } = content;
const allOf = (kind: 'internal' | 'external') => content.texts.groups.filter((g) => g.kind === kind).map((g) => g.id);
const HOSTILE = '<img src=x onerror=alert(1)>';
/** the names written on every item's lines, and what the reader chose for them */
const NAMES: Record<string, { lines: string[]; choices?: MessageChoices }> = {
  none: { lines: [] },
  one: { lines: ['Sally Park'] },
  three: { lines: ['Mary Jones', 'Sally Park', 'Joe Brown'] },
  company: { lines: ['Acme Inc.', ' ACME   Corp ', 'Sally Park'] },
  greetAs: {
    lines: ['Park Ji-sung', 'Dr. Chen', 'Sally Park'],
    choices: { greetAs: { 'Park Ji-sung': 'Ji-sung', 'Sally Park': '  ' } },
  },
  repeated: { lines: ['Sally Park', '', '  Sally   Park '] },
  hostile: { lines: [HOSTILE, '{role}', 'constructor'] },
};

interface Variant {
  readonly audience: Audience;
  readonly level: Level;
  readonly sameOrg: boolean;
  readonly groups: 'none' | 'all';
  readonly names: keyof typeof NAMES;
  readonly named: boolean;
}

function planOf(v: Pick<Variant, 'audience' | 'level' | 'sameOrg' | 'groups' | 'named'>) {
  const pick = (kind: 'internal' | 'external') => (v.groups === 'all' ? allOf(kind) : []);
  const who = { audience: v.audience, name: v.named ? 'Ana Ruiz' : '', role: 'Head of Sales', level: v.level };
  const profile = { ...emptyProfile, ...who, startDate: '2027-01-04', sameOrg: v.sameOrg };
  const full = { ...profile, internal: pick('internal'), external: pick('external') };
  return { profile: full, items: buildPlan(content, full)!.phases.flatMap((p) => p.items) };
}

function messagesFor(v: Variant) {
  const { profile, items } = planOf(v);
  const { lines, choices } = NAMES[v.names]!;
  const names = Object.fromEntries(items.map((i) => [i.id, lines]));
  return { items, lines, messages: suggestMessages(texts, gives, items, { ...profile, names, choices }) };
}

const variants: Variant[] = audiences.flatMap((audience) =>
  levels.flatMap((level) =>
    [true, false].flatMap((sameOrg) =>
      (['none', 'all'] as const).flatMap((groups) =>
        Object.keys(NAMES).flatMap((names) =>
          [true, false].map((named) => ({ audience, level, sameOrg, groups, names, named })),
        ),
      ),
    ),
  ),
);
const find = (match: Partial<Variant>) =>
  messagesFor(variants.find((v) => Object.entries(match).every(([k, value]) => v[k as keyof Variant] === value))!)
    .messages;
const byKind = (messages: readonly SuggestedMessage[], kind: string) => messages.filter((m) => m.kind === kind);
const greetingOf = (m: SuggestedMessage) => (/^Hi /.test(m.text) ? m.text.split('\n')[0] : null);

describe(`every message of every plan variant (${variants.length})`, () => {
  const all = variants.map((v) => ({ v, ...messagesFor(v) }));

  it('one message per named person on each item, each to one person; one to nobody yet when no name is written', () => {
    for (const { v, items, lines, messages } of all) {
      const people = namesOf(lines);
      for (const item of items) {
        const kind = kindFor(texts.kinds, item.id, v.audience);
        const mine = messages.filter((m) => m.id === item.id || m.id.startsWith(`${item.id}:to-`));
        if (!kind) expect(mine).toEqual([]);
        else if (kind.to === 'names') {
          expect(mine.map((m) => m.to)).toEqual(people.length > 0 ? people : [null]);
          expect(new Set(mine.map((m) => m.id)).size).toBe(mine.length);
        } else expect(mine.map((m) => m.to)).toEqual([people[0] ?? null]);
      }
    }
  });

  it('greets one person by the name the reader greets them with: no list, no empty greeting, no company', () => {
    for (const { v, lines, messages } of all) {
      const { choices } = NAMES[v.names]!;
      for (const m of messages) {
        const greeting = greetingOf(m);
        expect(m.text, 'no greeting without a name').not.toMatch(/^(Hi|Hello|Dear)\s*[,!:]/);
        if (m.to === null || isOrganization(texts, m.to)) expect(greeting, m.text).toBeNull();
        const own = m.to !== null && choices?.greetAs && Object.hasOwn(choices.greetAs, m.to);
        const expected = m.to === null ? '' : tidy(own ? choices!.greetAs![m.to]! : defaultGreeting(texts, m.to));
        expect(greeting).toBe(expected === '' ? null : `Hi ${expected},`);
        // no other name written on the item is in the greeting
        for (const other of namesOf(lines).filter((n) => n !== m.to)) expect(greeting ?? '').not.toContain(other);
        expect(greeting ?? '').not.toMatch(/ and |, .*,/);
      }
    }
  });

  it('has the opener, the chosen give and the ask in that order, signs with the reader’s name, and reads as words', () => {
    for (const { v, messages } of all) {
      for (const m of messages) {
        const kind = texts.kinds.find((k) => k.id === m.kind)!;
        const give = gives.find((g) => g.id === m.give)!;
        expect(m.gives.map((g) => g.id)).toEqual(givesFor(gives, kind.contact).map((g) => g.id));
        expect(give.id).toBe(kind.give);
        const at = (line: typeof kind.ask) =>
          Math.max(...lineText(line).map((t) => m.text.indexOf(t.split('{')[0]!.slice(0, 30))));
        const where = { opener: at(kind.opener), give: m.text.indexOf(give.line), ask: at(kind.ask) };
        expect(where.opener, m.text).toBeGreaterThanOrEqual(0);
        expect(where.give, m.text).toBeGreaterThan(where.opener);
        expect(where.ask, m.text).toBeGreaterThan(where.give);
        expect(m.text).toMatch(v.audience === 'self' && v.named ? /\n\nThanks,\nAna Ruiz$/ : /\n\nThanks,$/);
        expect(m.text).toContain('Head of Sales');
        expect(m.text).not.toMatch(/\n{3}/);
        for (const part of [m.text, m.label]) {
          const rest = [HOSTILE, '{role}'].reduce((t, s) => t.split(s).join(''), part);
          expect(rest, part).not.toMatch(/[{}]|undefined|null|NaN/);
          if (v.names !== 'hostile') expect(part).not.toMatch(/ {2}|^\s|\s$|\s[,.?]|,,|\.\./);
        }
      }
    }
  });

  it('has every kind of message in the plans that have its item ', () => {
    const seen = { self: new Set<string>(), manager: new Set<string>() };
    for (const { v, messages } of all) for (const m of messages) seen[v.audience].add(m.kind);
    expect([...seen.self].sort()).toEqual(['above', 'boss', 'function', 'manager', 'outside', 'past', 'peer']);
    expect([...seen.manager]).toEqual(['introduction']);
  });

  it('says who the message goes to and, while nobody is named, how to name them', () => {
    for (const { messages } of all)
      for (const m of messages) {
        const kind = texts.kinds.find((k) => k.id === m.kind)!;
        expect(m.nobody).toBe(m.to === null ? (kind.nobody ?? texts.nobody) : null);
        if (m.to !== null) expect(m.label.endsWith(`: ${m.to}`)).toBe(true);
      }
  });

  it('writes nothing a reader would not send: American English, one timeline, no attachment, no group meeting', () => {
    for (const { messages } of all)
      for (const m of messages) expect(problemsOf([m.text, m.label, ...m.gives.map((g) => g.label)])).toEqual([]);
  });
});

describe('the defects a reader met', () => {
  const self = { audience: 'self', level: 'manager', sameOrg: true, groups: 'none', named: true } as const;

  it('three names on one item are three messages, "Hi Mary,", "Hi Sally," and "Hi Joe,", never one greeting for all', () => {
    const peers = byKind(find({ ...self, names: 'three' }), 'peer');
    expect(peers.map((m) => [m.id, m.to, greetingOf(m)])).toEqual([
      ['op-peers', 'Mary Jones', 'Hi Mary,'],
      ['op-peers:to-2', 'Sally Park', 'Hi Sally,'],
      ['op-peers:to-3', 'Joe Brown', 'Hi Joe,'],
    ]);
    expect(peers[1]!.label).toBe('Message to a new peer: Sally Park');
    for (const m of peers) expect(m.text).not.toMatch(/one by one|each of you|all of you/i);
  });

  it('greets as the reader says: "Ji-sung" for Park Ji-sung, "Dr. Chen" whole, nobody while the box is blank', () => {
    const peers = byKind(find({ ...self, names: 'greetAs' }), 'peer');
    expect(peers.map((m) => [m.greetAs, greetingOf(m)])).toEqual([
      ['Ji-sung', 'Hi Ji-sung,'],
      ['Dr. Chen', 'Hi Dr. Chen,'],
      ['  ', null],
    ]);
    expect(peers[2]!.text.startsWith('I have just started as Head of Sales')).toBe(true);
  });

  it('never greets a company, and greets nobody with "Hi," when no name is written', () => {
    const outside = byKind(find({ ...self, names: 'company' }), 'outside');
    expect(outside.map((m) => [m.to, m.organization, m.greetAs, greetingOf(m)])).toEqual([
      ['Acme Inc.', true, '', null],
      ['ACME Corp', true, '', null],
      ['Sally Park', false, 'Sally', 'Hi Sally,'],
    ]);
    for (const m of find({ ...self, names: 'none' })) expect([m.to, greetingOf(m), m.text]).not.toContain('Hi,');
  });

  it('greets your manager by the name on "Share this plan with your manager", and asks about the people to meet', () => {
    const { items, profile } = planOf(self);
    const names = { 'manager-share-plan': ['Lee Wong'], 'manager-ask': ['Mary Jones', 'Joe Brown'] };
    const [manager] = byKind(suggestMessages(texts, gives, items, { ...profile, names }), 'manager');
    expect(manager!.to).toBe('Lee Wong');
    expect(manager!.text).toMatch(
      /^Hi Lee,\n\nI am working out whom to meet in my first 30 to 60 days as Head of Sales/,
    );
    expect(manager!.text).toContain('Could you introduce me to Mary Jones and Joe Brown?');
  });

  it('to someone a step up, shares no plan, goes around no manager, and promises no attachment', () => {
    for (const kind of ['above', 'boss', 'manager'])
      for (const m of byKind(find({ ...self, names: 'one' }), kind))
        expect(m.text).not.toMatch(/my plan|90 days|keep you posted|here is|attached/i);
  });

  it('asks the learning tour’s questions, one conversation at a time, and has the expectations talk on its own', () => {
    const { items, profile } = planOf(self);
    // the expectations item (items.yaml manager-expectations), whether or not this plan has it
    const withBoss = [...items.filter((i) => i.id !== 'manager-expectations'), { id: 'manager-expectations' }];
    const names = Object.fromEntries(withBoss.map((i) => [i.id, ['Sally Park']]));
    const messages = suggestMessages(texts, gives, withBoss, { ...profile, names });
    for (const kind of ['peer', 'above', 'function', 'outside'])
      expect(byKind(messages, kind)[0]!.text).toMatch(/biggest challenges/);
    expect(byKind(messages, 'peer')[0]!.text).toMatch(/the two of us[^]*if you were in my place/);
    const [boss] = byKind(messages, 'boss');
    expect(boss!.text).toMatch(/what you expect from me in the role, and by when\?/);
    expect(boss!.text).not.toMatch(/introduce|challenges/);
  });

  it('in a manager’s plan, introduces the promoted person to each person apart, and says why the two should meet', () => {
    const notes = find({ audience: 'manager', level: 'manager', names: 'three', named: true });
    expect(notes.map((m) => [m.label, greetingOf(m)])).toEqual([
      ['Introduction note for Ana Ruiz: Mary Jones', 'Hi Mary,'],
      ['Introduction note for Ana Ruiz: Sally Park', 'Hi Sally,'],
      ['Introduction note for Ana Ruiz: Joe Brown', 'Hi Joe,'],
    ]);
    expect(notes[0]!.text).toMatch(/I think the two of you should meet early, because/);
    const [unnamed] = find({ audience: 'manager', names: 'one', named: false });
    expect(unnamed!.label).toBe('Introduction note for your report: Sally Park');
    expect(unnamed!.text).toContain('I would like to introduce the new Head of Sales on my team.');
    expect(unnamed!.text).not.toMatch(/your report|Thanks,\n/);
  });

  it('offers the give the reader chose, if it suits that contact, else the suggested one', () => {
    const { items, profile } = planOf(self);
    const names = { 'op-peers': ['Sally Park', 'Joe Brown'] };
    const choose = (give: string) =>
      byKind(
        suggestMessages(texts, gives, items, { ...profile, names, choices: { gives: { 'op-peers:to-2': give } } }),
        'peer',
      );
    const [sally, joe] = choose('heads-up');
    expect([sally!.give, joe!.give]).toEqual(['capacity', 'heads-up']);
    expect(joe!.text).toContain(gives.find((g) => g.id === 'heads-up')!.line);
    expect(choose('thanks')[1]!.give).toBe('capacity');
  });
});
