import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { keepApartIds, purposeStrategies, strategyIds } from '../../../src/purposes/model';
import { advise, type Advice } from '../../../src/tools/quiz/advice';
import { planLineIds } from '../../../src/tools/quiz/plan-lines';
import { resultFromPoints } from '../../../src/tools/quiz/scoring';
import { planWords, segmentPlan, strongestFirst, type Segment } from '../../../src/tools/quiz/segments';
import { purposeModelSchema } from '../../../src/purposes/schema';
import { loadPurposeModel, rawPurposeModel } from '../../support/purpose-model';
import { loadResults } from '../../support/quiz-model';

const texts = loadResults();
const purposes = loadPurposeModel();
const needs = purposeStrategies(purposes);
const network = (p: PurposeId) => purposes.purposes[p].inSentence;

/** Every set of leading purposes (1 to 5, in every order of the leader first), × strategy × choice. */
function everyAdvice(): Advice[] {
  const out: Advice[] = [];
  const subsets = (1 << purposeIds.length) - 1;
  for (let mask = 1; mask <= subsets; mask++) {
    const leading = purposeIds.filter((_, i) => mask & (1 << i));
    for (const leader of leading) {
      const points = Object.fromEntries(
        purposeIds.map((p) => [p, p === leader ? 21 : leading.includes(p) ? 20 : 5]),
      ) as Record<PurposeId, number>;
      for (const strategy of strategyIds) {
        const result = resultFromPoints(points, strategy, texts);
        expect(result.primaries[0]).toBe(leader);
        expect([...result.primaries].sort()).toEqual([...leading].sort());
        for (const chosen of [null, ...leading]) out.push(advise(result, needs, purposes.conflicts, chosen));
      }
    }
  }
  return out;
}

const all = everyAdvice();
const pairKey = (a: PurposeId, b: PurposeId) => [a, b].sort().join('+');

describe('segmentPlan: every set of leading purposes × every inviting strategy × every choice', () => {
  it('covers every mode and every recommendation', () => {
    expect(new Set(all.map((a) => a.mode))).toEqual(new Set(['single', 'two', 'choose']));
    expect(new Set(all.map((a) => a.recommendation))).toEqual(new Set(['one', 'oneWithCare', 'segment', 'separate']));
  });

  it('a plan exactly when the advice is to segment or to keep separate networks; focus when one purpose leads', () => {
    for (const a of all) {
      const plan = segmentPlan(a, needs);
      if (a.recommendation === 'one') expect(plan).toEqual({ kind: 'focus', purpose: a.leading[0] });
      else if (a.recommendation === 'oneWithCare') expect(plan).toBeNull();
      else expect(plan).toMatchObject({ kind: 'segments', remedy: a.recommendation });
    }
  });

  it('one part per leading purpose, in the leading order; each kept apart from every purpose it conflicts with, the conflict’s way, and symmetrically', () => {
    for (const a of all) {
      const plan = segmentPlan(a, needs);
      if (plan?.kind !== 'segments') continue;
      expect(plan.segments.map((s) => s.purpose)).toEqual(a.leading);
      const how = (s: Segment, other: PurposeId) => s.apart.find((g) => g.from.includes(other))?.how ?? null;
      for (const s of plan.segments) {
        const others = a.leading.filter((p) => p !== s.purpose);
        // every other leading purpose is named exactly once: kept apart one way, or sharing
        const named = [...s.apart.flatMap((g) => g.from), ...s.sharesWith];
        expect([...named].sort()).toEqual([...others].sort());
        // the strongest way first, each way once
        const ways = s.apart.map((g) => g.how);
        expect(ways).toEqual(strongestFirst.filter((w) => ways.includes(w)));
        for (const other of others) {
          const conflict = a.conflicts.find((c) => pairKey(c.a, c.b) === pairKey(s.purpose, other));
          const expected = conflict ? conflict.keepApart : needs[s.purpose] === needs[other] ? null : 'lists';
          expect(how(s, other), `${s.purpose} from ${other}`).toBe(expected);
          const mirror = plan.segments.find((t) => t.purpose === other)!;
          expect(how(mirror, s.purpose)).toBe(how(s, other));
        }
      }
      // separate networks: at least one pair is kept in separate networks, never only lists
      if (plan.remedy === 'separate')
        expect(plan.segments.some((s) => s.apart.some((g) => g.how !== 'lists'))).toBe(true);
      // a segmented network: every part is kept apart from at least one other
      expect(plan.segments.some((s) => s.apart.length > 0)).toBe(true);
    }
  });

  it('the words: a box per part with its purpose’s own lines, no placeholder or broken value, each network named as running text names it', () => {
    for (const a of all) {
      const words = planWords(segmentPlan(a, needs), purposes, texts);
      if (!words) continue;
      const said = [
        words.heading,
        words.intro,
        ...words.boxes.flatMap((b) => [b.heading, ...b.lines.map((l) => `${l.label} ${l.text}`)]),
      ].join(' ');
      expect(said).not.toMatch(/[{}]|undefined|NaN|null/);
      for (const box of words.boxes) {
        expect(box.heading).toContain(network(box.purpose));
        expect(box.lines.map((l) => l.id)).toEqual([...planLineIds, a.recommendation === 'one' ? 'focus' : 'apart']);
        for (const id of planLineIds)
          expect(box.lines.find((l) => l.id === id)!.text).toBe(purposes.purposes[box.purpose].plan[id]);
        const last = box.lines.at(-1)!;
        expect(last.text.length).toBeGreaterThan(0);
        if (a.recommendation !== 'one') {
          // names every other leading purpose, in the reader's own purposes' terms
          for (const other of a.leading.filter((p) => p !== box.purpose)) expect(last.text).toContain(network(other));
        }
      }
    }
  });

  it('social and brand leading: two networks, one private and one public', () => {
    const points = { social: 24, brand: 24, career: 5, resource: 5, strategic: 5 };
    const a = advise(resultFromPoints(points, 'close', texts), needs, purposes.conflicts);
    const words = planWords(segmentPlan(a, needs), purposes, texts)!;
    expect(words.heading).toBe(texts.plan.heading.separate);
    expect(words.boxes.map((b) => b.lines.at(-1)!.text)).toEqual([
      `From your ${network('brand')}: ${texts.plan.keepApart.privatePublic}.`,
      `From your ${network('social')}: ${texts.plan.keepApart.privatePublic}.`,
    ]);
  });

  it('any advice object (property): the parts follow the leading purposes, and never name a purpose that does not lead', () => {
    const leadingArb = fc.uniqueArray(fc.constantFrom(...purposeIds), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(
        leadingArb,
        fc.constantFrom('segment', 'separate') as fc.Arbitrary<'segment' | 'separate'>,
        (leading, rec) => {
          const conflicts = purposes.conflicts
            .filter((c) => leading.includes(c.a) && leading.includes(c.b))
            .map((c) => ({ ...c, percentA: 20, percentB: 20 }));
          const plan = segmentPlan({ leading, conflicts, recommendation: rec }, needs);
          if (plan?.kind !== 'segments') return false;
          return plan.segments.every(
            (s) =>
              leading.includes(s.purpose) &&
              [...s.apart.flatMap((g) => g.from), ...s.sharesWith].every((p) => leading.includes(p) && p !== s.purpose),
          );
        },
      ),
    );
  });

  it('strongestFirst is keepApartIds from the strongest', () => {
    expect(strongestFirst).toEqual([...keepApartIds].reverse());
  });
});

describe('the plan’s content', () => {
  it('quotes the first article exactly where it speaks of segmenting', () => {
    const article = readFileSync(
      resolve(process.cwd(), 'src/content/articles/is-there-a-purpose-behind-your-networking.mdx'),
      'utf8',
    );
    const seed = readFileSync(resolve(process.cwd(), 'test/fixtures/seed/upproach-articles.txt'), 'utf8');
    const quotes = [...texts.plan.intro.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(quotes).toEqual([
      'are at odds with one another and mean that either you need a way to segment your network or you need to have more than one network',
      'segmenting and controlling the readers or receivers of your message is difficult',
    ]);
    for (const q of quotes) expect(article).toContain(q);
    // the seed has "are odds with", a typo the article lists among its corrections
    expect(seed).toContain(quotes[0]!.replace('are at odds', 'are odds'));
    expect(seed).toContain(quotes[1]!);
  });

  it('the schema refuses a separate-networks conflict kept apart by lists, and a missing plan line, naming the field', () => {
    const raw = rawPurposeModel() as {
      conflicts: { remedy: string; keepApart: string }[];
      purposes: Record<string, { plan: Record<string, string> }>;
    };
    const broken = structuredClone(raw);
    broken.conflicts.find((c) => c.remedy === 'separate')!.keepApart = 'lists';
    const first = purposeModelSchema.safeParse(broken);
    expect(first.success).toBe(false);
    expect(JSON.stringify(first.error?.issues)).toMatch(/separate networks are kept apart/);
    const missing = structuredClone(raw);
    delete missing.purposes.social!.plan.never;
    const second = purposeModelSchema.safeParse(missing);
    expect(second.success).toBe(false);
    expect(second.error?.issues.some((i) => i.path.join('.') === 'purposes.social.plan.never')).toBe(true);
  });
});

describe('segmentPlan and planWords, case by case', () => {
  // needs of its own: career and resource invite the same way, brand another
  const ownNeeds: Record<PurposeId, 'close' | 'middle' | 'open'> = {
    social: 'close',
    career: 'middle',
    resource: 'middle',
    strategic: 'open',
    brand: 'open',
  };
  const rule = (a: PurposeId, b: PurposeId, keepApart: 'lists' | 'accounts' | 'privatePublic') => ({
    a,
    b,
    remedy: keepApart === 'lists' ? ('segment' as const) : ('separate' as const),
    keepApart,
    reason: '',
    segment: [],
    percentA: 20,
    percentB: 20,
  });

  it('focus on the one leading purpose; nothing when nothing leads', () => {
    expect(segmentPlan({ leading: ['brand'], conflicts: [], recommendation: 'one' }, ownNeeds)).toEqual({
      kind: 'focus',
      purpose: 'brand',
    });
    expect(segmentPlan({ leading: [], conflicts: [], recommendation: 'one' }, ownNeeds)).toBeNull();
    expect(
      segmentPlan({ leading: ['career', 'resource'], conflicts: [], recommendation: 'oneWithCare' }, ownNeeds),
    ).toBeNull();
  });

  it('keeps each part apart the conflict’s way (stored either way round), by lists across strategies, and shares within one', () => {
    const plan = segmentPlan(
      {
        leading: ['career', 'brand', 'resource', 'social'],
        conflicts: [rule('brand', 'career', 'accounts'), rule('social', 'brand', 'privatePublic')],
        recommendation: 'separate',
      },
      ownNeeds,
    );
    expect(plan).toEqual({
      kind: 'segments',
      remedy: 'separate',
      segments: [
        {
          purpose: 'career',
          apart: [
            { how: 'accounts', from: ['brand'] },
            { how: 'lists', from: ['social'] },
          ],
          sharesWith: ['resource'],
        },
        {
          purpose: 'brand',
          apart: [
            { how: 'privatePublic', from: ['social'] },
            { how: 'accounts', from: ['career'] },
            { how: 'lists', from: ['resource'] },
          ],
          sharesWith: [],
        },
        { purpose: 'resource', apart: [{ how: 'lists', from: ['brand', 'social'] }], sharesWith: ['career'] },
        {
          purpose: 'social',
          apart: [
            { how: 'privatePublic', from: ['brand'] },
            { how: 'lists', from: ['career', 'resource'] },
          ],
          sharesWith: [],
        },
      ],
    });
  });

  it('writes the focus box: the purpose’s own lines, then how it is kept focused', () => {
    const words = planWords({ kind: 'focus', purpose: 'career' }, purposes, texts)!;
    const plan = purposes.purposes.career.plan;
    expect(words).toEqual({
      heading: `Keeping your ${network('career')} focused`,
      intro: texts.plan.focusIntro,
      boxes: [
        {
          purpose: 'career',
          heading: `Your ${network('career')}`,
          lines: [
            ...planLineIds.map((id) => ({ id, label: texts.plan.labels[id], text: plan[id] })),
            { id: 'focus', label: texts.plan.labels.focus, text: plan.focus },
          ],
        },
      ],
    });
    expect(planWords(null, purposes, texts)).toBeNull();
  });

  it('writes each part’s way apart, then what it may share, as one line', () => {
    const words = planWords(
      {
        kind: 'segments',
        remedy: 'segment',
        segments: [
          { purpose: 'career', apart: [{ how: 'lists', from: ['brand', 'social'] }], sharesWith: ['resource'] },
          { purpose: 'resource', apart: [], sharesWith: ['career', 'strategic'] },
          {
            purpose: 'brand',
            apart: [
              { how: 'accounts', from: ['career'] },
              { how: 'lists', from: ['social'] },
            ],
            sharesWith: [],
          },
        ],
      },
      purposes,
      texts,
    )!;
    expect(words.heading).toBe(texts.plan.heading.segment);
    expect(words.intro).toBe(texts.plan.intro);
    expect(words.boxes.map((b) => [b.purpose, b.heading])).toEqual([
      ['career', `Your ${network('career')}`],
      ['resource', `Your ${network('resource')}`],
      ['brand', `Your ${network('brand')}`],
    ]);
    for (const box of words.boxes) {
      expect(box.lines.slice(0, -1)).toEqual(
        planLineIds.map((id) => ({ id, label: texts.plan.labels[id], text: purposes.purposes[box.purpose].plan[id] })),
      );
      expect(box.lines.at(-1)!.id).toBe('apart');
      expect(box.lines.at(-1)!.label).toBe(texts.plan.labels.apart);
    }
    expect(words.boxes.map((b) => b.lines.at(-1)!.text)).toEqual([
      `From your ${network('brand')} and ${network('social')}: ${texts.plan.keepApart.lists}. It can share a part with your ${network('resource')}, which invite the same way.`,
      `It can share a part with your ${network('career')} and ${network('strategic')}, which invite the same way.`,
      `From your ${network('career')}: ${texts.plan.keepApart.accounts}. From your ${network('social')}: ${texts.plan.keepApart.lists}.`,
    ]);
  });
});
