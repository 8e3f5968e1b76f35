/**
 * The plan's rules for who it is for, stated once and checked against every level × audience
 * combination (and, within each, both organization answers, no groups or every group, and no
 * quiz purpose or each of the five, and without or with every network reviewed on a rhythm and
 * the three-step start): the level changes who the plan names, a plan for the manager is
 * written for the manager and never quotes the manager's own quiz result, board members are
 * strategic, the past network's reasons follow the article, and the items the article asks for
 * (give first to new peers, share the plan with the manager, meet the new direct reports, a
 * review item per reviewed network, a three-step start) are in every plan that should have them.
 */
import { describe, expect, it } from 'vitest';
import { firstSteps, type FirstSteps } from '../../../src/tools/checklist/first-steps';
import { buildPlan, personFor } from '../../../src/tools/checklist/plan';
import { networkIds, reviewEntries, withReviews, type Rhythms } from '../../../src/tools/checklist/rhythm';
import { emptyProfile, validateProfile } from '../../../src/tools/checklist/profile';
import { initialState } from '../../../src/tools/checklist/state';
import {
  audiences,
  levels,
  type Audience,
  type Level,
  type Plan,
  type PlanItem,
  type Profile,
} from '../../../src/tools/checklist/model';
import { checklistView, type ChecklistView } from '../../../src/tools/checklist/view';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { loadPurposeNames } from '../../support/site-words';
import { loadChecklistContent } from '../../support/checklist-content';

const { items, words } = loadChecklistContent();
const purposeLabels = loadPurposeNames();
const allInternal = words.groups.filter((g) => g.kind === 'internal').map((g) => g.id);
const allExternal = words.groups.filter((g) => g.kind === 'external').map((g) => g.id);

interface Case {
  readonly level: Level;
  readonly audience: Audience;
  readonly sameOrg: boolean;
  readonly groups: 'none' | 'all';
  readonly purpose: PurposeId | null;
  /** every network reviewed on a rhythm, and the reader says they were never good at networking */
  readonly reviewed: boolean;
  readonly plan: Plan;
  readonly steps: FirstSteps | null;
  readonly view: ChecklistView;
  readonly items: readonly PlanItem[];
}

function profileFor(level: Level, audience: Audience, sameOrg: boolean, groups: 'none' | 'all'): Profile {
  return {
    ...emptyProfile,
    audience,
    name: 'Ana Ruiz',
    role: 'Head of Sales',
    level,
    startDate: '2027-01-04',
    sameOrg,
    internal: groups === 'all' ? allInternal : [],
    customInternal: groups === 'all' ? ['Legal'] : [],
    external: groups === 'all' ? allExternal : [],
  };
}

/** a different interval for each network */
const everyNetwork: Rhythms = { past: 'quarter', operational: 'two-weeks', strategic: 'month' };

/** every variant of one level × audience combination, with its plan and what the island shows */
function casesFor(level: Level, audience: Audience): Case[] {
  const cases: Case[] = [];
  for (const sameOrg of [true, false]) {
    for (const groups of ['none', 'all'] as const) {
      for (const purpose of [null, ...purposeIds]) {
        for (const reviewed of [false, true]) {
          const profile = { ...profileFor(level, audience, sameOrg, groups), newToNetworking: reviewed };
          const rhythms = reviewed ? everyNetwork : {};
          const person = personFor(profile, words);
          const base = buildPlan(items, words, profile, purpose)!;
          const plan = withReviews(base, reviewEntries(base, words, profile, rhythms, person))!;
          const state = { ...initialState, profile, rhythms, built: true };
          const view = checklistView(state, validateProfile(profile), [], plan, words, purpose, purposeLabels);
          cases.push({
            level,
            audience,
            sameOrg,
            groups,
            purpose,
            reviewed,
            plan,
            steps: firstSteps(words.firstSteps, profile, person),
            view,
            items: plan.phases.flatMap((p) => p.items),
          });
        }
      }
    }
  }
  return cases;
}

const lines = (c: Case) => [
  ...c.items.flatMap((i) => [i.text, i.why]),
  ...(c.steps ? [c.steps.lead, ...c.steps.steps] : []),
];
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
    rule: 'board members appear in every executive plan and in no other, in the strategic network only, never for day-to-day work',
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
      const outside = saying(c, /executives\b[^.;]*outside the organization/i);
      const wanted = c.level === 'director' || c.level === 'executive';
      return wanted === outside.length > 0 ? [] : [`${outside.length} items name executives outside`];
    },
  },
  {
    rule: 'a plan for the manager never contains the quiz-result note or marks an item as fitting a purpose',
    broken: (c) =>
      c.audience === 'manager'
        ? [
            ...(c.view.purposeNote ? [c.view.purposeNote] : []),
            ...c.items.filter((i) => i.emphasised).map((i) => `emphasised: ${i.text}`),
            ...lines(c).filter((l) => /quiz result/i.test(l)),
          ]
        : [],
  },
  {
    rule: 'the reader’s own plan uses the reader’s quiz purpose when there is one',
    broken: (c) =>
      c.audience === 'self' && c.purpose !== null && !(c.view.purposeNote && c.items.some((i) => i.emphasised))
        ? ['no note or emphasis']
        : [],
  },
  {
    rule: 'a plan for the manager never speaks to them as the promoted person',
    broken: (c) =>
      c.audience === 'manager'
        ? lines(c).filter((l) =>
            /report to you|rely on you|your manager|your new level|helped you|your success/i.test(l),
          )
        : [],
  },
  {
    rule: 'a plan for the manager gives the manager’s part, with introductions to make',
    broken: (c) => {
      if (c.audience !== 'manager') return [];
      const part = c.items.filter((i) => i.section === 'manager');
      const introductions = c.items.filter((i) => /^(Introduce|Make the introductions)/.test(i.text));
      return part.length >= 3 && introductions.length >= 3
        ? []
        : [`${part.length} manager items, ${introductions.length} introductions`];
    },
  },
  {
    rule: 'every plan has items for the new team',
    broken: (c) => (c.items.filter((i) => i.section === 'team').length >= 2 ? [] : ['no items for the new team']),
  },
  {
    rule: 'no reason says the past network stays a source of advice',
    broken: (c) => lines(c).filter((l) => /source of advice|stays a source/i.test(l)),
  },
  {
    rule: 'every plan offers something useful to each new peer in the first 30 days, before asking (give first)',
    broken: (c) => {
      const give = c.items.filter((i) => i.id === 'op-give-first');
      if (give.length !== 1) return [`${give.length} give-first items`];
      const [item] = give;
      return item!.phase === 'first30' &&
        /each new peer something useful/i.test(item!.text) &&
        /give-first/.test(item!.why)
        ? []
        : [item!.text];
    },
  },
  {
    rule: 'every plan shares the plan with the promoted person’s manager, to show they are serious about the new position',
    broken: (c) => {
      const share = c.items.filter((i) => i.id === 'manager-share-plan');
      if (share.length !== 1) return [`${share.length} share items`];
      const wanted = c.audience === 'self' ? /^Share this plan with your manager/ : /share their network plan with you/;
      return wanted.test(share[0]!.text) && /serious about the new position/.test(share[0]!.why)
        ? []
        : [share[0]!.text];
    },
  },
  {
    rule: 'every plan meets each new direct report once, in the new team’s section (no second item for it)',
    broken: (c) => {
      const meet = c.items.filter((i) =>
        c.audience === 'self' ? /^Meet each of your new direct reports/.test(i.text) : /to the new team/.test(i.text),
      );
      return meet.length === 1 && meet[0]!.section === 'team' ? [] : [`${meet.length} items for meeting the team`];
    },
  },
  {
    rule: 'a reviewed network has one review item at the end of the 90-day review, and no network is reviewed unasked',
    broken: (c) => {
      const review = c.plan.phases.find((p) => p.id === 'review90')!.items;
      const rhythmItems = review.filter((i) => i.id.startsWith('review-network:'));
      const wanted = c.reviewed ? networkIds.map((n) => `review-network:${n}`) : [];
      const tail = review.slice(review.length - rhythmItems.length).map((i) => i.id);
      return JSON.stringify(rhythmItems.map((i) => i.id)) === JSON.stringify(wanted) &&
        JSON.stringify(tail) === JSON.stringify(wanted)
        ? []
        : [JSON.stringify(rhythmItems.map((i) => i.id))];
    },
  },
  {
    rule: 'the three-step start is there exactly when the reader says they were never good at networking, with three steps',
    broken: (c) => {
      if (!c.reviewed) return c.steps ? ['a start nobody asked for'] : [];
      return c.steps?.steps.length === 3 ? [] : ['no three-step start'];
    },
  },
  {
    rule: 'every placeholder is filled and nothing reads undefined or NaN',
    broken: (c) => lines(c).filter((l) => /\{\w+\}|undefined|NaN/.test(l)),
  },
];

const combos = levels.flatMap((level) => audiences.map((audience) => [level, audience] as const));

describe.each(rules)('$rule', ({ broken }) => {
  it.each(combos)('%s level, plan for %s', (level, audience) => {
    for (const c of casesFor(level, audience)) {
      expect(
        broken(c),
        `${level} × ${audience}, sameOrg ${c.sameOrg}, groups ${c.groups}, purpose ${c.purpose}, reviewed ${c.reviewed}`,
      ).toEqual([]);
    }
  });
});

describe('the level changes the plan', () => {
  it.each(audiences)('the four levels give four different plans for %s with otherwise equal inputs', (audience) => {
    for (const sameOrg of [true, false]) {
      for (const groups of ['none', 'all'] as const) {
        const plans = levels.map((level) =>
          JSON.stringify(
            buildPlan(items, words, profileFor(level, audience, sameOrg, groups))!.phases.map((p) =>
              p.items.map((i) => [i.id, i.text]),
            ),
          ),
        );
        expect(new Set(plans).size).toBe(levels.length);
      }
    }
  });

  it('names each level’s own peers and people a step or two up', () => {
    const text = (level: Level, id: string) =>
      buildPlan(items, words, profileFor(level, 'self', true, 'none'))!
        .phases.flatMap((p) => p.items)
        .find((i) => i.id === id)?.text;
    expect(text('supervisor', 'op-peers')).toBe(
      'Meet your new peers, the other supervisors and team leads, one by one.',
    );
    expect(text('executive', 'op-peers')).toBe(
      'Meet your new peers, the other members of the executive team, one by one.',
    );
    expect(text('supervisor', 'op-steps-up')).toBe(
      'Meet one or two managers or senior managers, a step or two above your new level.',
    );
    expect(text('director', 'op-steps-up')).toBe('Meet one or two executives, a step or two above your new level.');
    expect(text('executive', 'op-steps-up')).toBeUndefined();
    expect(text('supervisor', 'strat-executives')).toBe(
      'Find a senior manager or director inside the organization who can give perspective on its future.',
    );
  });

  it('writes a reason for each reader where it speaks to one of them', () => {
    const former = (audience: Audience) =>
      buildPlan(items, words, profileFor('manager', audience, true, 'none'))!
        .phases.flatMap((p) => p.items)
        .find((i) => i.id === 'past-former-peers')!;
    expect(former('self').why).toBe('Former peers may now report to you or rely on you; nobody should feel ignored.');
    expect(former('manager').why).toBe(
      'Former peers may now report to Ana Ruiz or rely on them; nobody should feel ignored.',
    );
  });
});

describe('the largest plan', () => {
  it('is a director’s plan with every group, six of the reader’s own and every network reviewed: 44 items (e2e prints it)', () => {
    const sizes = combos.flatMap(([level, audience]) =>
      [true, false].map((sameOrg) => {
        const profile = {
          ...profileFor(level, audience, sameOrg, 'all'),
          customInternal: ['A', 'B', 'C', 'D', 'E', 'F'],
          newToNetworking: true,
        };
        const base = buildPlan(items, words, profile)!;
        const plan = withReviews(base, reviewEntries(base, words, profile, everyNetwork, personFor(profile, words)))!;
        return { level, audience, sameOrg, size: plan.itemIds.length };
      }),
    );
    const most = Math.max(...sizes.map((s) => s.size));
    expect(most).toBe(44);
    expect(new Set(sizes.filter((s) => s.size === most).map((s) => s.level))).toEqual(new Set(['director']));
  });
});
