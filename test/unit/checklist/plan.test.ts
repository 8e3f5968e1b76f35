/**
 * The plan built from the real items for a profile: its rules for who it is for, stated once and
 * checked against every level × audience (each with both organization answers, no groups or
 * every group, no quiz purpose or each of the five, without or with every network reviewed and
 * the three-step start, and with or without the promoted person's name), then the details:
 * groups, dates, order, sources and stable ids.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import {
  buildPlan,
  chosenGroups,
  firstSteps,
  groupsFor,
  samplePlan,
  type Plan,
  type PlanItem,
} from '../../../src/tools/checklist/plan';
import { customGroupId, emptyProfile } from '../../../src/tools/checklist/profile';
import { initialState } from '../../../src/tools/checklist/state';
import { checklistView } from '../../../src/tools/checklist/view';
import {
  audiences,
  levels,
  networkIds,
  type Audience,
  type Level,
  type Profile,
  type Rhythms,
} from '../../../src/tools/checklist/model';
import { checklistContent } from '../../support/checklist-content';
import { loadNetworkModel } from '../../support/purpose-model';

const content = checklistContent();
const networks = loadNetworkModel();
const { texts } = content;
const allOf = (kind: 'internal' | 'external') => texts.groups.filter((g) => g.kind === kind).map((g) => g.id);
const everyNetwork: Rhythms = { past: 'quarter', operational: 'two-weeks', strategic: 'month' };

function profileFor(
  level: Level,
  audience: Audience,
  sameOrg = true,
  groups: 'none' | 'all' = 'none',
  name = 'Ana Ruiz',
): Profile {
  const all = groups === 'all';
  return {
    ...emptyProfile,
    ...{ audience, name, role: 'Head of Sales', level, startDate: '2027-01-04', sameOrg },
    ...{
      internal: all ? allOf('internal') : [],
      customInternal: all ? ['Legal'] : [],
      external: all ? allOf('external') : [],
    },
  };
}
const typical: Profile = {
  ...profileFor('manager', 'self'),
  internal: ['accounting', 'marketing', 'engineering'],
  external: ['customers', 'industry-peers'],
};
const plan = (profile: Profile, purpose: PurposeId | null = null, rhythms: Rhythms = {}) =>
  buildPlan(content, profile, purpose, rhythms);
const itemsOf = (p: Plan | null) => p?.phases.flatMap((ph) => ph.items) ?? [];
const ids = (profile: Profile) => plan(profile)?.itemIds ?? [];
const item = (profile: Profile, id: string) => itemsOf(plan(profile)).find((i) => i.id === id);

interface Case {
  readonly level: Level;
  readonly audience: Audience;
  readonly sameOrg: boolean;
  /** the promoted person's name as entered ('' for none) */
  readonly name: string;
  readonly purpose: PurposeId | null;
  /** every network reviewed, and the reader says they were never good at networking */
  readonly reviewed: boolean;
  readonly plan: Plan;
  readonly items: readonly PlanItem[];
  readonly purposeNote: string | null;
  /** every sentence of the plan: items, reasons, section titles, the three-step start, the review items and events */
  readonly lines: readonly string[];
}

/** every variant of one level × audience, with its plan and what the page says */
function buildCases(level: Level, audience: Audience): Case[] {
  return [true, false].flatMap((sameOrg) =>
    (['none', 'all'] as const).flatMap((groups) =>
      [null, ...purposeIds].flatMap((purpose) =>
        [false, true].flatMap((reviewed) =>
          ['Ana Ruiz', ''].map((name) => {
            const profile = { ...profileFor(level, audience, sameOrg, groups, name), newToNetworking: reviewed };
            const p = plan(profile, purpose, reviewed ? everyNetwork : {})!;
            const state = { ...initialState, profile, built: true };
            const steps = firstSteps(texts, profile);
            const items = itemsOf(p);
            return {
              ...{ level, audience, sameOrg, name, purpose, reviewed, plan: p, items },
              purposeNote: checklistView(state, { touched: [], asked: false }, p, purpose, content).purposeNote,
              lines: [
                ...items.flatMap((i) => [i.text, i.why, i.sectionTitle]),
                ...(steps ? [steps.lead, ...steps.steps] : []),
                ...p.reviews.flatMap((r) => [r.title, r.description]),
              ],
            };
          }),
        ),
      ),
    ),
  );
}

/** the cases of each level × audience, built once for all the rules */
const cases = new Map<string, Case[]>();
function casesFor(level: Level, audience: Audience): Case[] {
  const key = `${level} ${audience}`;
  if (!cases.has(key)) cases.set(key, buildCases(level, audience));
  return cases.get(key)!;
}

const saying = (c: Case, pattern: RegExp) => c.items.filter((i) => pattern.test(i.text) || pattern.test(i.why));

/** the rules, each said once; a rule returns what breaks it (empty when it holds) */
const rules: readonly { readonly rule: string; readonly broken: (c: Case) => readonly string[] }[] = [
  {
    rule: 'no plan for an executive names “one or two steps up”',
    broken: (c) =>
      c.level === 'executive' ? saying(c, /steps? (up|above)|step or two|one or two steps/i).map((i) => i.text) : [],
  },
  {
    rule: 'no plan for a first-time supervisor sends them to executives or the board',
    broken: (c) => (c.level === 'supervisor' ? saying(c, /executive|board/i).map((i) => i.text) : []),
  },
  {
    rule: 'board members appear in every executive plan and no other, in the strategic network, never for day-to-day work',
    broken: (c) => {
      const board = saying(c, /board members/i);
      if (c.level !== 'executive') return board.map((i) => `not an executive: ${i.text}`);
      if (board.length === 0) return ['no board item'];
      return board
        .filter((i) => i.section !== 'strategic' || /day-to-day/i.test(`${i.text} ${i.why}`))
        .map((i) => i.text);
    },
  },
  {
    rule: 'executives outside the organization appear for directors and executives only',
    broken: (c) => {
      const outside = saying(c, /executives\b[^.;]*outside the organization/i).length > 0;
      return outside === (c.level === 'director' || c.level === 'executive') ? [] : [`outside executives: ${outside}`];
    },
  },
  {
    rule: 'a plan for the manager never has the quiz-result note or marks an item as fitting a purpose',
    broken: (c) =>
      c.audience === 'manager'
        ? [
            ...(c.purposeNote ? [c.purposeNote] : []),
            ...c.items.filter((i) => i.emphasised).map((i) => `emphasised: ${i.text}`),
            ...c.lines.filter((l) => /quiz result/i.test(l)),
          ]
        : [],
  },
  {
    rule: 'the reader’s own plan says how the quiz purpose meets it, and marks exactly the networks the network vocabulary maps to that purpose',
    broken: (c) => {
      if (c.audience !== 'self' || c.purpose === null) return [];
      const mapped = networks.namedNetworks
        .filter((n) => n.networks.includes(c.purpose!) && ['past', 'operational', 'strategic'].includes(n.id))
        .map((n) => n.id);
      const marked = [...new Set(c.items.filter((i) => i.emphasised).map((i) => i.section))];
      const unmarked = c.items.filter((i) => mapped.includes(i.section) && !i.emphasised).map((i) => i.id);
      return [
        ...(c.purposeNote ? [] : ['no note']),
        ...(String(marked) === String(mapped) ? [] : [`marked ${marked}, mapped ${mapped}`]),
        ...unmarked.map((id) => `not marked: ${id}`),
      ];
    },
  },
  {
    rule: 'the plan’s networks map as the network vocabulary says: operational is Resource/Operational, strategic is Strategic/Perspective, and the past network serves no purpose',
    broken: (c) => {
      if (c.audience !== 'self' || c.purpose === null) return [];
      const expected = { resource: ['operational'], strategic: ['strategic'] } as Partial<Record<PurposeId, string[]>>;
      const marked = [...new Set(c.items.filter((i) => i.emphasised).map((i) => i.section))];
      return String(marked) === String(expected[c.purpose] ?? []) ? [] : [`${c.purpose} marks ${marked}`];
    },
  },
  {
    rule: 'a Social result is told plainly that the plan builds work networks, never that the past work network fits it',
    broken: (c) => {
      if (c.audience !== 'self' || c.purpose !== 'social') return [];
      const note = c.purposeNote ?? '';
      return [
        ...(/work networks/.test(note) && /family/.test(note) ? [] : [`note: ${note}`]),
        ...c.items.filter((i) => i.emphasised).map((i) => `marked: ${i.id}`),
      ];
    },
  },
  {
    rule: 'a Career or Personal Brand result is never pointed to the strategic network (its board-of-directors conversations), and is told the plan serves it indirectly',
    broken: (c) => {
      if (c.audience !== 'self' || (c.purpose !== 'career' && c.purpose !== 'brand')) return [];
      const note = c.purposeNote ?? '';
      return [
        ...(/strategic network|board/i.test(note) || !/indirectly/.test(note) ? [`note: ${note}`] : []),
        ...c.items.filter((i) => i.emphasised).map((i) => `marked: ${i.id}`),
      ];
    },
  },
  {
    rule: 'the note about the quiz purpose names the purpose by its name, never “leans on”',
    broken: (c) => {
      if (!c.purposeNote) return [];
      const name = content.purposeLabels[c.purpose!];
      return c.purposeNote.includes(`Your quiz result is ${name}`) && !/leans on/.test(c.purposeNote)
        ? []
        : [c.purposeNote];
    },
  },
  {
    rule: 'the audience decides every pronoun: a manager’s plan names the promoted person’s networks “their” or by name, never “your” or “your report”',
    broken: (c) => {
      if (c.audience !== 'manager') return [];
      return c.lines.filter(
        (l) =>
          /your report|\byour (past|operational|strategic) network/i.test(l) ||
          /(^|[.!?:]\s+)the new leader/.test(l) ||
          (c.name === '' && l.includes('Ana Ruiz')),
      );
    },
  },
  {
    rule: 'the audience decides every pronoun: the promoted person’s own plan says “you” and “your”, never “their” networks or a third person',
    broken: (c) =>
      c.audience === 'self'
        ? c.lines.filter((l) =>
            /\b(their|Their) (past|operational|strategic) network|’s (past|operational|strategic) network|the new leader\b|Ana Ruiz/.test(
              l,
            ),
          )
        : [],
  },
  {
    rule: 'the plan follows the sources’ order: map whose support is needed, agree expectations with the new boss in a meeting of its own, then meet people one by one',
    broken: (c) => {
      const order = c.items.map((i) => i.id);
      const map = order.indexOf('transition-coalition');
      const expectations = order.indexOf('manager-expectations');
      const meetings = order.filter((id) => /^(team-meet|op-(peers|steps-up|function|external|team)|strat-)/.test(id));
      const first = Math.min(...meetings.map((id) => order.indexOf(id)));
      const item = c.items[expectations];
      return [
        ...(map >= 0 && expectations > map && first > expectations
          ? []
          : [`map ${map}, expectations ${expectations}, first meeting ${first}`]),
        ...(item?.phase === 'start' &&
        item.section === 'manager' &&
        /expect/.test(item.text) &&
        /its own/.test(item.text)
          ? []
          : [`expectations item: ${item?.text}`]),
      ];
    },
  },
  {
    rule: 'a plan for the manager never speaks to them as the promoted person',
    broken: (c) =>
      c.audience === 'manager'
        ? c.lines.filter((l) =>
            /report to you|rely on you|your manager|your new level|helped you|your success/i.test(l),
          )
        : [],
  },
  {
    rule: 'a plan for the manager gives the manager’s part, with introductions to make',
    broken: (c) => {
      if (c.audience !== 'manager') return [];
      const part = c.items.filter((i) => i.section === 'manager').length;
      const introductions = c.items.filter((i) => /^(Introduce|Make the introductions)/.test(i.text)).length;
      return part >= 3 && introductions >= 3 ? [] : [`${part} manager items, ${introductions} introductions`];
    },
  },
  {
    rule: 'every plan has items for the new team, and meets each new direct report once, there',
    broken: (c) => {
      const meet = c.items.filter((i) =>
        c.audience === 'self' ? /^Meet each of your new direct reports/.test(i.text) : /to the new team/.test(i.text),
      );
      const team = c.items.filter((i) => i.section === 'team').length;
      return team >= 2 && meet.length === 1 && meet[0]!.section === 'team'
        ? []
        : [`${team} team items, ${meet.length} meetings`];
    },
  },
  {
    rule: 'no reason says the past network stays a source of advice',
    broken: (c) => c.lines.filter((l) => /source of advice|stays a source/i.test(l)),
  },
  {
    rule: 'every plan offers something useful to each new peer in the first 30 days, before asking (give first)',
    broken: (c) => {
      const give = c.items.filter((i) => i.id === 'op-give-first');
      const ok =
        give.length === 1 && give[0]!.phase === 'first30' && /each new peer something useful/i.test(give[0]!.text);
      return ok && /give-first/.test(give[0]!.why) ? [] : [`${give.length} give-first items`];
    },
  },
  {
    rule: 'every plan shares the plan with the promoted person’s manager, to show they are serious about the new position',
    broken: (c) => {
      const share = c.items.filter((i) => i.id === 'manager-share-plan');
      const wanted = c.audience === 'self' ? /^Share this plan with your manager/ : /share their network plan with you/;
      return share.length === 1 && wanted.test(share[0]!.text) && /serious about the new position/.test(share[0]!.why)
        ? []
        : [`${share.length} share items`];
    },
  },
  {
    rule: 'a reviewed network has one review item at the end of the 90-day review, and none is reviewed unasked',
    broken: (c) => {
      const review = c.plan.phases.find((p) => p.id === 'review90')!.items.map((i) => i.id);
      const wanted = c.reviewed ? networkIds.map((n) => `review-network:${n}`) : [];
      const rhythmItems = review.filter((id) => id.startsWith('review-network:'));
      return String(rhythmItems) === String(wanted) &&
        String(review.slice(review.length - wanted.length)) === String(wanted)
        ? []
        : rhythmItems;
    },
  },
  {
    rule: 'the three-step start is there, with three steps, exactly when the reader says they were never good at networking',
    broken: (c) => {
      const steps = firstSteps(texts, { ...profileFor(c.level, c.audience), newToNetworking: c.reviewed });
      return (steps?.steps.length ?? 0) === (c.reviewed ? 3 : 0) ? [] : ['wrong three-step start'];
    },
  },
  {
    rule: 'every placeholder is filled, every source is cited, and nothing reads undefined or NaN',
    broken: (c) => [
      ...c.lines.filter((l) => /\{\w+\}|undefined|NaN/.test(l)),
      ...c.items
        .filter((i) => content.items.find((t) => t.id === i.id.split(':')[0])?.source && !i.source)
        .map((i) => i.id),
    ],
  },
];

const combos = levels.flatMap((level) => audiences.map((audience) => [level, audience] as const));

describe.each(rules)('$rule', ({ broken }) => {
  it.each(combos)('%s level, plan for %s', (level, audience) => {
    for (const c of casesFor(level, audience))
      expect(broken(c), `${level} × ${audience}, purpose ${c.purpose}, reviewed ${c.reviewed}`).toEqual([]);
  });
});

describe('the level', () => {
  it.each(audiences)('gives four different plans for %s with otherwise equal inputs', (audience) => {
    for (const sameOrg of [true, false])
      for (const groups of ['none', 'all'] as const) {
        const texts = levels.map((level) =>
          JSON.stringify(itemsOf(plan(profileFor(level, audience, sameOrg, groups))).map((i) => i.text)),
        );
        expect(new Set(texts).size).toBe(levels.length);
      }
  });

  it.each([
    ['supervisor', 'op-peers', 'Meet your new peers, the other supervisors and team leads, one by one.'],
    ['executive', 'op-peers', 'Meet your new peers, the other members of the executive team, one by one.'],
    ['supervisor', 'op-steps-up', 'Meet one or two managers or senior managers, a step or two above your new level.'],
    ['director', 'op-steps-up', 'Meet one or two executives, a step or two above your new level.'],
    ['executive', 'op-steps-up', undefined],
    [
      'supervisor',
      'strat-executives',
      'Find a senior manager or director inside the organization who can give perspective on its future.',
    ],
  ] as const)('names the people around a %s (%s)', (level, id, text) => {
    expect(item(profileFor(level, 'self'), id)?.text).toBe(text);
  });

  it('is the largest plan’s: a director’s with every group, six own groups and every network reviewed has 45 items (e2e prints it)', () => {
    const sizes = combos.flatMap(([level, audience]) =>
      [true, false].map((sameOrg) => {
        const profile = {
          ...profileFor(level, audience, sameOrg, 'all'),
          customInternal: ['A', 'B', 'C', 'D', 'E', 'F'],
        };
        return { level, size: plan(profile, null, everyNetwork)!.itemIds.length };
      }),
    );
    const most = Math.max(...sizes.map((s) => s.size));
    expect(most).toBe(45);
    expect(new Set(sizes.filter((s) => s.size === most).map((s) => s.level))).toEqual(new Set(['director']));
  });
});

describe('buildPlan', () => {
  it.each([
    ['an empty profile', emptyProfile],
    ['no role', { ...typical, role: '  ' }],
    ['no level', { ...typical, level: null }],
    ['a day that does not exist', { ...typical, startDate: '2027-02-30' }],
  ])('waits for a complete profile: none for %s', (_, profile) => {
    expect(plan(profile)).toBeNull();
  });

  it('repeats the function item for each chosen internal group, the reader’s own as typed', () => {
    const own = 'Legal & <Compliance>';
    const fn = itemsOf(plan({ ...typical, customInternal: [own] })).filter((i) => i.id.startsWith('op-function:'));
    expect(fn.map((i) => i.id.split(':')[1]).join(' ')).toBe(`accounting marketing engineering ${customGroupId(own)}`);
    expect(fn[3]!.text).toBe('Find a contact in Legal & <Compliance> who can help with day-to-day decisions.');
  });

  it('names groups mid-sentence in their in-sentence form, never with the label’s capital, and the reader’s own as typed', () => {
    const profile = {
      ...typical,
      internal: ['human-resources'],
      external: ['vendors', 'peers-other-industries', 'smes'],
    };
    const all = itemsOf(plan(profile));
    const byId = (id: string) => all.find((i) => i.id === id)!;
    expect(byId('op-external:vendors').text).toBe('Connect with vendors who can share knowledge and another view.');
    expect(byId('op-external:smes').text).toBe(
      'Connect with subject-matter experts (SMEs) who can share knowledge and another view.',
    );
    expect(byId('op-function:human-resources').why).toBe(
      'A contact in human resources can give valuable input into day-to-day challenges.',
    );
    for (const g of texts.groups.filter((g) => g.label !== g.inSentence))
      for (const i of itemsOf(plan(profileFor('manager', 'self', true, 'all'))))
        expect(`${i.text} ${i.why}`).not.toMatch(new RegExp(`[a-z] ${g.label.replace(/[()]/g, '\\$&')}`));
    expect(
      item({ ...profile, audience: 'manager', external: ['industry-experts'] }, 'op-external:industry-experts')?.text,
    ).toBe('Connect Ana Ruiz with industry experts who can share knowledge and another view.');
  });

  it('lists chosen groups in the offered order, ignoring unknown ids, and offers each at the levels the texts give it', () => {
    const picked = chosenGroups(texts, { ...typical, internal: ['engineering', 'nope', 'accounting'] }, 'internal');
    expect(picked.map((g) => g.id)).toEqual(['accounting', 'engineering']);
    const edited = {
      ...texts,
      groups: texts.groups.map((g) =>
        g.id === 'consultants' ? { ...g, levels: ['manager' as const, 'director' as const] } : g,
      ),
    };
    const offered = (level: Level | null) => groupsFor(edited, 'external', level).some((g) => g.id === 'consultants');
    expect([...levels, null].map(offered)).toEqual([false, true, true, false, false]);
    const consultants = { ...typical, level: 'executive' as const, external: ['consultants'] };
    expect(buildPlan({ ...content, texts: edited }, consultants)!.itemIds).not.toContain('op-external:consultants');
    expect(buildPlan({ ...content, texts: edited }, { ...consultants, level: 'director' })!.itemIds).toContain(
      'op-external:consultants',
    );
  });

  it.each([
    ['no group of a kind chosen', { internal: [], external: [] }, ['op-functions-choose', 'op-external-choose'], []],
    ['groups chosen', {}, [], ['op-functions-choose', 'op-external-choose']],
    ['a promotion inside the organization', {}, ['past-former-peers'], ['past-new-org']],
    ['a move to a new organization', { sameOrg: false }, ['past-new-org'], ['past-former-peers']],
    // a board group stored by an older version is ignored, not turned into an operational item
    [
      'an executive with a stored board group',
      { level: 'executive', external: ['board-members'] },
      ['strat-board'],
      ['op-external:board-members'],
    ],
    ['a manager', {}, [], ['strat-board']],
  ])('%s', (_, patch, present, absent) => {
    const got = ids({ ...typical, ...patch } as Profile);
    for (const id of present) expect(got).toContain(id);
    for (const id of absent) expect(got).not.toContain(id);
  });

  it('speaks to a manager about the promoted person by name, or as “the new leader”, and to the reader about their own manager', () => {
    expect(item({ ...typical, audience: 'manager', name: ' ' }, 'manager-ask')!.text).toBe(
      'List the people the new leader should meet first, from your own network too, and offer to introduce them.',
    );
    expect(item({ ...typical, audience: 'manager', name: '' }, 'past-former-peers')!.why).toBe(
      'Former peers may now report to the new leader or rely on them; nobody should feel ignored.',
    );
    expect(item({ ...typical, audience: 'manager', name: '' }, 'past-thank')!.sectionTitle).toBe('Their past network');
    expect(item(typical, 'past-thank')!.sectionTitle).toBe('Your past network');
    expect(item({ ...typical, audience: 'manager' }, 'op-team-contacts')!.text).toBe(
      'Suggest that Ana Ruiz ask their new team who they rely on outside the team.',
    );
    expect(item(typical, 'manager-ask')!.text).toBe(
      'Ask your manager who you should meet first, and for introductions.',
    );
    expect(item({ ...typical, audience: 'manager' }, 'past-former-peers')!.why).toBe(
      'Former peers may now report to Ana Ruiz or rely on them; nobody should feel ignored.',
    );
    expect(item(typical, 'past-former-peers')!.why).toBe(
      'Former peers may now report to you or rely on you; nobody should feel ignored.',
    );
  });

  it('orders phases by their day and items in the file’s order, leaves out an empty phase, and titles each item’s section', () => {
    const reversed = { ...content, texts: { ...texts, phases: [...texts.phases].reverse() } };
    const p = buildPlan(reversed, typical)!;
    expect(p.phases.map((ph) => ph.day)).toEqual([1, 30, 60, 90]);
    const fileOrder = content.items.map((i) => i.id);
    for (const phase of p.phases) {
      const ranks = phase.items.map((i) => fileOrder.indexOf(i.id.split(':')[0]!));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(p.phases[0]!.items.slice(0, 2).map((i) => i.id)).toEqual(['transition-coalition', 'manager-expectations']);
    const noDays31 = buildPlan({ ...content, items: content.items.filter((i) => i.phase !== 'days31to60') }, typical)!;
    expect(noDays31.phases.map((ph) => ph.id)).toEqual(['start', 'first30', 'review90']);
    for (const i of itemsOf(p)) {
      const title = texts.sections.find((s) => s.id === i.section)!.title;
      expect(i.sectionTitle).toBe(typeof title === 'string' ? title : title.self);
    }
    const untitled = { ...content, texts: { ...texts, sections: texts.sections.filter((s) => s.id !== 'past') } };
    expect(
      itemsOf(buildPlan(untitled, typical))
        .filter((i) => i.section === 'past')
        .map((i) => i.sectionTitle),
    ).toContain('');
  });

  it('keeps the id and phase of every item two profiles share, so ticks and names survive (property)', () => {
    const groupIds = texts.groups.map((g) => g.id);
    const profile = fc.record({
      audience: fc.constantFrom(...audiences),
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
        const phaseOf = new Map(itemsOf(plan(a)).map((i) => [i.id, i.phase]));
        for (const i of itemsOf(plan(b))) if (phaseOf.has(i.id)) expect(phaseOf.get(i.id)).toBe(i.phase);
        for (const p of [plan(a)!, plan(b)!]) {
          expect(new Set(p.itemIds).size).toBe(p.itemIds.length);
          for (const i of itemsOf(p)) expect(`${i.text} ${i.why}`).not.toMatch(/\{(group|person)\}|undefined|NaN/);
        }
      }),
      { numRuns: 150 },
    );
    expect(ids({ ...typical, startDate: '2030-06-30' })).toEqual(ids(typical));
  });
});

it('opens a manager’s three-step start with the promoted person, named in every step', () => {
  const steps = firstSteps(texts, { ...typical, audience: 'manager', newToNetworking: true })!;
  expect(steps.lead).toMatch(/Start Ana Ruiz here:$/);
  expect(steps.steps.every((s) => s.includes('Ana Ruiz'))).toBe(true);
});

it('shows, without JavaScript, the plan’s items by phase (a manager’s own plan, undated), every placeholder filled', () => {
  const sample = samplePlan(content);
  expect(sample.map((p) => p.label)).toEqual(texts.phases.map((p) => p.label));
  const all = sample.flatMap((p) => p.items);
  expect(all).toEqual(itemsOf(plan({ ...typical, internal: [], external: [] })).map((i) => i.text));
  expect(all.slice(0, 2)).toEqual([
    'Map whose support you most need: supporters, opponents, and the “convincibles.”',
    'Agree with your manager, in a meeting of its own, what they expect of you and by when.',
  ]);
  for (const line of all) expect(line).not.toMatch(/\{\w+\}/);
});
