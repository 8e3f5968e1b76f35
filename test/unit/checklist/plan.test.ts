import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPlan, chosenGroups, groupsFor, levelValues } from '../../../src/tools/checklist/plan';
import { fill } from '../../../src/shared/template';
import { customGroupId, emptyProfile } from '../../../src/tools/checklist/profile';
import { levelPlaceholders, levels, type Level, type Profile } from '../../../src/tools/checklist/model';
import { loadChecklistContent } from '../../support/checklist-content';

const { items, words } = loadChecklistContent();

const typical: Profile = {
  ...emptyProfile,
  name: 'Ana Ruiz',
  role: 'Head of Sales',
  level: 'manager',
  startDate: '2027-01-04',
  internal: ['accounting', 'marketing', 'engineering'],
  external: ['customers', 'industry-peers'],
};

const plan = (profile: Profile, purpose: Parameters<typeof buildPlan>[3] = null) =>
  buildPlan(items, words, profile, purpose);
const ids = (profile: Profile) => plan(profile)?.itemIds ?? [];

describe('the content', () => {
  it('has unique item ids, every source and placeholder resolvable', () => {
    const all = items.map((i) => i.id);
    expect(new Set(all).size).toBe(all.length);
    for (const item of items) {
      if (item.source) expect(words.sources.map((s) => s.id)).toContain(item.source);
      const why = typeof item.why === 'string' ? item.why : `${item.why.self}${item.why.manager}`;
      for (const m of `${item.text.self}${item.text.manager}${why}`.matchAll(/\{(\w+)\}/g)) {
        expect(['group', 'person', ...levelPlaceholders]).toContain(m[1]);
        // a level's phrase is used only by items shown at levels that have it
        if ((levelPlaceholders as readonly string[]).includes(m[1]!)) {
          for (const level of item.levels ?? levels) {
            expect(
              words.levels.find((l) => l.id === level)?.[m[1] as (typeof levelPlaceholders)[number]],
              `${item.id} at ${level}`,
            ).toMatch(/\S/);
          }
        }
      }
    }
  });
});

describe('buildPlan', () => {
  it('waits for a complete profile', () => {
    expect(plan(emptyProfile)).toBeNull();
    expect(plan({ ...typical, role: '  ' })).toBeNull();
    expect(plan({ ...typical, level: null })).toBeNull();
    expect(plan({ ...typical, startDate: '2027-02-30' })).toBeNull();
  });

  it('builds four dated phases for a typical profile, about two dozen items', () => {
    const p = plan(typical)!;
    expect(p.phases.map((ph) => [ph.id, ph.due])).toEqual([
      ['start', '2027-01-04'],
      ['first30', '2027-02-02'],
      ['days31to60', '2027-03-04'],
      ['review90', '2027-04-03'],
    ]);
    expect(p.itemIds.length).toBe(26);
    expect(new Set(p.itemIds).size).toBe(p.itemIds.length);
  });

  it('repeats the function item for each chosen internal group, including the reader’s own', () => {
    const own = 'Legal & <Compliance>';
    const p = plan({ ...typical, customInternal: [own] })!;
    const fn = p.phases.flatMap((ph) => ph.items).filter((i) => i.id.startsWith('op-function:'));
    expect(fn.map((i) => i.id)).toEqual([
      'op-function:accounting',
      'op-function:marketing',
      'op-function:engineering',
      `op-function:${customGroupId(own)}`,
    ]);
    expect(fn[3]!.text).toContain('Legal & <Compliance>');
  });

  it('names the groups in lower case mid-sentence, and the reader’s own groups as typed', () => {
    const p = plan({
      ...typical,
      internal: ['human-resources'],
      customInternal: ['Legal Team'],
      external: ['vendors', 'industry-experts', 'peers-other-industries', 'smes'],
    })!;
    const all = p.phases.flatMap((ph) => ph.items);
    const text = (id: string) => all.find((i) => i.id === id)!.text;
    const why = (id: string) => all.find((i) => i.id === id)!.why;
    expect(text('op-external:vendors')).toBe('Connect with vendors who can share knowledge and another view.');
    expect(text('op-external:industry-experts')).toBe(
      'Connect with industry experts who can share knowledge and another view.',
    );
    expect(text('op-external:peers-other-industries')).toBe(
      'Connect with peers in other industries who can share knowledge and another view.',
    );
    expect(text('op-external:smes')).toBe(
      'Connect with subject-matter experts (SMEs) who can share knowledge and another view.',
    );
    expect(text('op-function:human-resources')).toBe(
      'Find a contact in human resources who can help with day-to-day decisions.',
    );
    expect(why('op-function:human-resources')).toBe(
      'A contact in human resources can give valuable input into day-to-day challenges.',
    );
    expect(text(`op-function:${customGroupId('Legal Team')}`)).toBe(
      'Find a contact in Legal Team who can help with day-to-day decisions.',
    );
    // no group label with its capital is left inside a sentence (after a lower-case word)
    for (const item of all) {
      for (const g of words.groups) {
        if (g.label !== g.inSentence) {
          expect(item.text).not.toMatch(new RegExp(`[a-z] ${g.label.replace(/[()]/g, '\\$&')}`));
          expect(item.why).not.toMatch(new RegExp(`[a-z] ${g.label.replace(/[()]/g, '\\$&')}`));
        }
      }
    }
    const manager = plan({ ...typical, audience: 'manager', external: ['industry-experts'] })!;
    expect(manager.phases.flatMap((ph) => ph.items).find((i) => i.id === 'op-external:industry-experts')!.text).toBe(
      'Connect Ana Ruiz with industry experts who can share knowledge and another view.',
    );
  });

  it('takes the in-sentence form from words.yaml, and the form keeps the capitalised label', () => {
    const renamed = {
      ...words,
      groups: words.groups.map((g) => (g.id === 'vendors' ? { ...g, inSentence: 'our suppliers' } : g)),
    };
    const p = buildPlan(items, renamed, { ...typical, external: ['vendors'] })!;
    expect(p.phases.flatMap((ph) => ph.items).find((i) => i.id === 'op-external:vendors')!.text).toBe(
      'Connect with our suppliers who can share knowledge and another view.',
    );
    expect(groupsFor(words, 'external', 'manager').find((g) => g.id === 'vendors')!.label).toBe('Vendors');
    expect(chosenGroups(words, { ...typical, external: ['vendors'] }, 'external')).toEqual([
      { id: 'vendors', label: 'Vendors', inSentence: 'vendors' },
    ]);
  });

  it('offers a generic item when no group of a kind is chosen', () => {
    const none = ids({ ...typical, internal: [], external: [] });
    expect(none).toContain('op-functions-choose');
    expect(none).toContain('op-external-choose');
    expect(ids(typical)).not.toContain('op-functions-choose');
    expect(ids(typical)).not.toContain('op-external-choose');
  });

  it('puts board members in an executive’s strategic network, never among the operational groups', () => {
    for (const level of levels) {
      expect(groupsFor(words, 'external', level).map((g) => g.id)).not.toContain('board-members');
    }
    // a board group stored by an older version is ignored, not turned into an operational item
    const stored = { ...typical, level: 'executive' as const, external: [...typical.external, 'board-members'] };
    expect(ids(stored)).not.toContain('op-external:board-members');
    expect(ids(stored)).toContain('strat-board');
    expect(
      plan(stored)!
        .phases.flatMap((ph) => ph.items)
        .find((i) => i.id === 'strat-board')!.section,
    ).toBe('strategic');
    expect(ids(typical)).not.toContain('strat-board');
  });

  it('offers a group only at the levels the words give it', () => {
    const edited = {
      ...words,
      groups: words.groups.map((g) => (g.id === 'consultants' ? { ...g, levels: ['director' as const] } : g)),
    };
    expect(groupsFor(edited, 'external', 'director').map((g) => g.id)).toContain('consultants');
    expect(groupsFor(edited, 'external', 'manager').map((g) => g.id)).not.toContain('consultants');
    expect(groupsFor(edited, 'external', null).map((g) => g.id)).not.toContain('consultants');
    const picked = { ...typical, external: ['consultants'] };
    expect(buildPlan(items, edited, picked)!.itemIds).not.toContain('op-external:consultants');
    expect(buildPlan(items, edited, { ...picked, level: 'director' })!.itemIds).toContain('op-external:consultants');
    // a group given two levels is offered at each of them
    const two = {
      ...words,
      groups: words.groups.map((g) =>
        g.id === 'consultants' ? { ...g, levels: ['manager' as const, 'director' as const] } : g,
      ),
    };
    const offeredAt = (level: Level) => groupsFor(two, 'external', level).some((g) => g.id === 'consultants');
    expect(levels.map(offeredAt)).toEqual(levels.map((level) => level === 'manager' || level === 'director'));
  });

  it('follows the organization answer', () => {
    expect(ids(typical)).toContain('past-former-peers');
    expect(ids(typical)).not.toContain('past-new-org');
    expect(ids({ ...typical, sameOrg: false })).toContain('past-new-org');
    expect(ids({ ...typical, sameOrg: false })).not.toContain('past-former-peers');
  });

  it('speaks to the manager about the promoted person by name, or as “your report”', () => {
    const manager = plan({ ...typical, audience: 'manager' })!;
    const ask = manager.phases[0]!.items.find((i) => i.id === 'manager-ask')!;
    expect(ask.text).toBe(
      'List the people Ana Ruiz should meet first, from your own network too, and offer to introduce them.',
    );
    const anonymous = plan({ ...typical, audience: 'manager', name: '' })!;
    expect(anonymous.phases[0]!.items.find((i) => i.id === 'manager-ask')!.text).toBe(
      'List the people your report should meet first, from your own network too, and offer to introduce them.',
    );
    // the fallback is a word in words.yaml, not in the code
    const renamed = buildPlan(
      items,
      { ...words, text: { ...words.text, yourReport: 'your new lead' } },
      { ...typical, audience: 'manager', name: ' ' },
    )!;
    expect(renamed.phases[0]!.items.find((i) => i.id === 'manager-ask')!.text).toBe(
      'List the people your new lead should meet first, from your own network too, and offer to introduce them.',
    );
    const self = plan(typical)!;
    expect(self.phases[0]!.items.find((i) => i.id === 'manager-ask')!.text).toBe(
      'Ask your manager who you should meet first, and for introductions.',
    );
  });

  it('marks the items of the network the reader’s purpose leans on', () => {
    const p = plan(typical, 'resource')!;
    const all = p.phases.flatMap((ph) => ph.items);
    expect(all.filter((i) => i.emphasised).every((i) => i.section === 'operational')).toBe(true);
    expect(all.some((i) => i.emphasised)).toBe(true);
    expect(
      plan(typical)!
        .phases.flatMap((ph) => ph.items)
        .some((i) => i.emphasised),
    ).toBe(false);
  });

  it('keeps an item written for one reader out of the other reader’s plan', () => {
    const forManagers = {
      ...items.find((i) => i.id === 'past-thank')!,
      id: 'only-managers',
      audience: 'manager' as const,
    };
    const withIt = [...items, forManagers];
    const self = buildPlan(withIt, words, typical)!;
    const manager = buildPlan(withIt, words, { ...typical, audience: 'manager' })!;
    expect(self.itemIds).not.toContain('only-managers');
    expect(manager.itemIds).toContain('only-managers');
  });

  it('orders the phases by their day and each phase’s items by section, and leaves out an empty phase', () => {
    const reversed = { ...words, phases: [...words.phases].reverse(), sections: [...words.sections] };
    const p = buildPlan([...items].reverse(), reversed, typical)!;
    expect(p.phases.map((ph) => ph.day)).toEqual([...words.phases].map((ph) => ph.day).sort((a, b) => a - b));
    const order = words.sections.map((sec) => sec.id);
    const ranks = p.phases.map((phase) => phase.items.map((i) => order.indexOf(i.section)));
    for (const r of ranks) expect(r).toEqual([...r].sort((a, b) => a - b));
    // the reversed templates put most phases' sections out of order: the sort has work to do
    expect(ranks.filter((r) => new Set(r).size > 1).length).toBeGreaterThanOrEqual(3);
    const noDays31 = buildPlan(
      items.filter((i) => i.phase !== 'days31to60'),
      words,
      typical,
    )!;
    expect(noDays31.phases.map((ph) => ph.id)).toEqual(['start', 'first30', 'review90']);
    expect(noDays31.itemIds).toEqual(noDays31.phases.flatMap((ph) => ph.items.map((i) => i.id)));
  });

  it('gives each item its section’s title, and none when the words lack the section', () => {
    const all = plan(typical)!.phases.flatMap((ph) => ph.items);
    for (const item of all)
      expect(item.sectionTitle).toBe(words.sections.find((sec) => sec.id === item.section)!.title);
    const untitled = { ...words, sections: words.sections.filter((sec) => sec.id !== 'past') };
    const past = buildPlan(items, untitled, typical)!
      .phases.flatMap((ph) => ph.items)
      .filter((i) => i.section === 'past');
    expect(past.length).toBeGreaterThan(0);
    expect(past.every((i) => i.sectionTitle === '')).toBe(true);
  });

  it('marks nothing when the words have no note for the reader’s purpose', () => {
    const without = { ...words, purposes: words.purposes.filter((pu) => pu.id !== 'resource') };
    const all = buildPlan(items, without, typical, 'resource')!.phases.flatMap((ph) => ph.items);
    expect(all.some((i) => i.emphasised)).toBe(false);
  });

  it('cites Watkins on the transition items', () => {
    const all = plan(typical)!.phases.flatMap((ph) => ph.items);
    expect(all.find((i) => i.id === 'op-peers')!.source?.short).toBe('Watkins 2003');
    expect(all.find((i) => i.id === 'transition-coalition')!.source?.citation).toContain('The First 90 Days');
  });

  it('keeps the ids of items that stay when the profile changes (ticks and names survive)', () => {
    const groupIds = words.groups.map((g) => g.id);
    const profile = fc.record({
      audience: fc.constantFrom('self' as const, 'manager' as const),
      name: fc.string({ maxLength: 20 }),
      role: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ''),
      level: fc.constantFrom(...levels),
      startDate: fc.constantFrom('2024-02-29', '2026-12-31', '2027-01-04'),
      sameOrg: fc.boolean(),
      internal: fc.subarray(groupIds),
      customInternal: fc.uniqueArray(
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''),
        { maxLength: 3, selector: (s) => s.trim().toLowerCase() },
      ),
      external: fc.subarray(groupIds),
    });
    fc.assert(
      fc.property(profile, profile, (a, b) => {
        const pa = plan(a)!;
        const pb = plan(b)!;
        // an item present in both plans has the same id whatever else changed
        const textsA = new Map(pa.phases.flatMap((ph) => ph.items).map((i) => [i.id, i.phase]));
        for (const item of pb.phases.flatMap((ph) => ph.items)) {
          if (textsA.has(item.id)) expect(textsA.get(item.id)).toBe(item.phase);
        }
        // ids are unique, no placeholder or "undefined"/"NaN" leaks into a text
        for (const p of [pa, pb]) {
          expect(new Set(p.itemIds).size).toBe(p.itemIds.length);
          for (const item of p.phases.flatMap((ph) => ph.items)) {
            expect(item.text).not.toMatch(/\{(group|person)\}|undefined|NaN/);
            expect(item.why).not.toMatch(/\{(group|person)\}|undefined|NaN/);
          }
        }
        // the same profile always gives the same plan
        expect(plan(a)).toEqual(pa);
      }),
      { numRuns: 150 },
    );
  });

  it('changing only the start date moves due dates but keeps every item id', () => {
    expect(ids({ ...typical, startDate: '2030-06-30' })).toEqual(ids(typical));
    expect(plan({ ...typical, startDate: '2030-06-30' })!.phases.map((p) => p.due)).not.toEqual(
      plan(typical)!.phases.map((p) => p.due),
    );
  });
});

describe('groupsFor', () => {
  it('offers only groups of the kind asked for', () => {
    for (const kind of ['internal', 'external'] as const) {
      const offered = groupsFor(words, kind, 'manager');
      expect(offered.length).toBeGreaterThan(0);
      expect(offered.every((g) => g.kind === kind)).toBe(true);
    }
  });
});

describe('levelValues', () => {
  it('gives each phrase the level has, and leaves out those it lacks', () => {
    expect(levelValues(words, 'manager')).toEqual({
      peers: 'the other managers at the same level',
      above: 'senior managers or directors',
      leaders: 'directors or executives',
    });
    const executive = words.levels.find((l) => l.id === 'executive')!;
    expect(Object.keys(levelValues(words, 'executive')).sort()).toEqual(
      levelPlaceholders.filter((name) => executive[name]).sort(),
    );
    expect(Object.keys(levelValues(words, 'executive')).length).toBeLessThan(levelPlaceholders.length);
  });

  it('gives nothing for no level, or for a level the words do not describe', () => {
    expect(levelValues(words, null)).toEqual({});
    expect(levelValues({ ...words, levels: words.levels.filter((l) => l.id !== 'manager') }, 'manager')).toEqual({});
  });
});

describe('helpers', () => {
  it('fills placeholders with plain text only once (no re-expansion of typed braces)', () => {
    expect(fill('Meet {person} in {group}.', { person: '{group}', group: 'Sales' })).toBe('Meet {group} in Sales.');
  });
  it('lists chosen groups in the offered order, ignoring unknown ids', () => {
    expect(
      chosenGroups(words, { ...typical, internal: ['engineering', 'nope', 'accounting'] }, 'internal').map((g) => g.id),
    ).toEqual(['accounting', 'engineering']);
  });
});
