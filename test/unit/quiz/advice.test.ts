import { describe, expect, it } from 'vitest';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { purposeStrategies, strategyIds, type ConflictEntry, type StrategyId } from '../../../src/purposes/model';
import { advise, planFor } from '../../../src/tools/quiz/advice';
import { describe as describeResult, type Report } from '../../../src/tools/quiz/report';
import { resultSentences } from '../../../src/tools/quiz/sentences';
import { maxPoints, resultFromPoints, type QuizResult } from '../../../src/tools/quiz/scoring';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadQuestions, loadResults } from '../../support/quiz-model';
import { broken, type Rendered } from '../../support/quiz-result-rules';

const model = loadQuestions();
const texts = loadResults();
const purposes = loadPurposeModel();
const needs = purposeStrategies(purposes);
const names = Object.fromEntries(purposeIds.map((p) => [p, purposes.purposes[p].inSentence])) as Record<
  PurposeId,
  string
>;

/** Every point profile the questions can produce: one answer per question, in every combination. */
function reachableProfiles(): Record<PurposeId, number>[] {
  let profiles = new Map<string, number[]>([['0,0,0,0,0', [0, 0, 0, 0, 0]]]);
  for (const q of model.questions) {
    const next = new Map<string, number[]>();
    for (const points of profiles.values()) {
      for (const a of q.answers) {
        const sum = points.map((v, i) => v + (a.weights[purposeIds[i]!] ?? 0));
        next.set(sum.join(','), sum);
      }
    }
    profiles = next;
  }
  return [...profiles.values()].map(
    (v) => Object.fromEntries(purposeIds.map((p, i) => [p, v[i]!])) as Record<PurposeId, number>,
  );
}

/** What the result screen shows for a report (the words ResultScreen renders). */
function render(report: Report): Rendered {
  const ui = texts.ui.result;
  const said = resultSentences(report, purposes, texts);
  return {
    leading: report.leading,
    reader: report.result.strategy,
    needs,
    names,
    conflictPairs: purposes.conflicts.map((c) => `${c.a}+${c.b}`),
    fitLabel: report.fit.kind,
    fitText: said.fitText,
    networksText: [
      said.recommendationText,
      ...report.conflicts.flatMap((c) => [
        c.reason,
        c.remedy === 'separate' ? ui.separateIntro : ui.segmentIntro,
        ...c.segment,
      ]),
    ].join(' '),
    shownPairs: report.conflicts.map((c) => `${c.a}+${c.b}`),
    headline: report.headline,
    dilemmaSets: report.dilemmaSets.length,
    asksToChoose: report.mode === 'choose',
  };
}

const profiles = reachableProfiles();

/**
 * The results those profiles give. Every profile is scored; the advice and its words depend only
 * on which purposes lead, in which order (the percentages appear in no sentence the rules read),
 * so profiles that agree on that are judged once.
 */
const distinct = (() => {
  const seen = new Map<string, ReturnType<typeof resultFromPoints>>();
  for (const points of profiles) {
    const result = resultFromPoints(points, 'close', texts);
    const key = result.primaries.join();
    if (!seen.has(key)) seen.set(key, result);
  }
  return [...seen.values()];
})();
const distinctResults = (strategy: (typeof strategyIds)[number]) => distinct.map((r) => ({ ...r, strategy }));

describe('every reachable score profile × every inviting strategy keeps the result rules', () => {
  it('finds the reachable profiles (a five-way tie among them)', () => {
    expect(profiles.length).toBeGreaterThan(1000);
    expect(distinct.length).toBeGreaterThan(50);
    console.info(`${profiles.length} reachable profiles, ${distinct.length} distinct results`);
    expect(
      profiles.some((p) => advise(resultFromPoints(p, 'close', texts), needs, purposes.conflicts).mode === 'choose'),
    ).toBe(true);
  });

  for (const strategy of strategyIds) {
    it(`inviting strategy "${strategy}"`, () => {
      const failures = new Map<string, number>();
      const examples = new Map<string, string>();
      for (const result of distinctResults(strategy)) {
        const points = result.ranked.map((s) => `${s.purpose} ${s.percent}%`).join(', ');
        for (const chosen of [null, ...result.primaries]) {
          const report = describeResult(
            result,
            advise(result, needs, purposes.conflicts, chosen),
            purposes,
            texts,
            chosen,
          );
          for (const problem of broken(render(report))) {
            failures.set(problem, (failures.get(problem) ?? 0) + 1);
            if (!examples.has(problem)) examples.set(problem, points);
          }
        }
      }
      expect([...failures].map(([p, n]) => `${n}× ${p} (e.g. ${examples.get(p)})`)).toEqual([]);
    }, 60_000);
  }
});

describe('advise', () => {
  const result = (points: Partial<Record<PurposeId, number>>, strategy: 'close' | 'middle' | 'open') =>
    resultFromPoints({ social: 0, career: 0, resource: 0, strategic: 0, brand: 0, ...points }, strategy, texts);

  it('partly fits when the strategy suits one of two leading purposes, and recommends keeping them apart', () => {
    const a = advise(result({ social: 24, brand: 24, career: 10 }, 'close'), needs, purposes.conflicts);
    expect(a.fit).toMatchObject({ kind: 'partly', suited: ['social'] });
    expect(a.conflicts.map((c) => `${c.a}+${c.b}`)).toEqual(['social+brand']);
    expect(a.recommendation).toBe('separate');
  });

  it('judges conflicts among the leading purposes at any share', () => {
    const a = advise(
      result({ social: 10, brand: 10, career: 9, resource: 9, strategic: 9 }, 'open'),
      needs,
      purposes.conflicts,
    );
    expect(a.mode).toBe('choose');
    expect(a.conflicts.length).toBeGreaterThan(0);
    expect(a.dilemmaSets).toEqual([]);
    expect(
      advise(
        result({ social: 10, brand: 10, career: 9, resource: 9, strategic: 9 }, 'open'),
        needs,
        purposes.conflicts,
        'career',
      ).dilemmaSets,
    ).toEqual(['career']);
  });

  it('one network with care when two leading purposes agree', () => {
    const a = advise(result({ resource: 20, strategic: 20 }, 'middle'), needs, purposes.conflicts);
    expect(a).toMatchObject({ mode: 'two', recommendation: 'oneWithCare', fit: { kind: 'fits' } });
  });

  it('Career needs a selective strategy (the article: those who have, create or can connect you to opportunities)', () => {
    expect(needs.career).toBe('middle');
  });
});

describe('balanced weights', () => {
  it('every purpose can reach the same maximum score', () => {
    const max = maxPoints(model);
    expect(new Set(Object.values(max)).size, JSON.stringify(max)).toBe(1);
  });
});

// A purpose model of its own, so each rule is seen apart from the content's words
const ownNeeds: Record<PurposeId, StrategyId> = {
  social: 'close',
  career: 'middle',
  resource: 'middle',
  strategic: 'open',
  brand: 'open',
};
const conflictRule = (a: PurposeId, b: PurposeId, remedy: ConflictEntry['remedy']): ConflictEntry => ({
  a,
  b,
  remedy,
  keepApart: remedy === 'separate' ? 'accounts' : 'lists',
  reason: `${a} and ${b}`,
  segment: [],
});

/** A result with `leading` in first place (20% each) and the other purposes behind (percent 5, 4, …). */
function made(leading: PurposeId[], strategy: StrategyId, ranked?: QuizResult['ranked']): QuizResult {
  const all: PurposeId[] = ['social', 'career', 'resource', 'strategic', 'brand'];
  const rest = all.filter((p) => !leading.includes(p));
  return {
    ranked: ranked ?? [
      ...leading.map((purpose, i) => ({ purpose, points: 20, percent: 20 + i })),
      ...rest.map((purpose, i) => ({ purpose, points: 5 - i, percent: 5 - i })),
    ],
    primary: leading[0]!,
    primaries: leading,
    strategy,
  };
}

describe('advise, rule by rule', () => {
  it.each([
    [['social'], 'close', 'single', 'fits', ['social'], [], 'one'],
    [['social'], 'open', 'single', 'notFit', [], [{ strategy: 'close', purposes: ['social'] }], 'one'],
    [['career', 'resource'], 'middle', 'two', 'fits', ['career', 'resource'], [], 'oneWithCare'],
    [
      ['career', 'resource'],
      'close',
      'two',
      'notFit',
      [],
      [{ strategy: 'middle', purposes: ['career', 'resource'] }],
      'oneWithCare',
    ],
    [
      ['social', 'career'],
      'close',
      'two',
      'partly',
      ['social'],
      [{ strategy: 'middle', purposes: ['career'] }],
      'segment',
    ],
    [
      ['strategic', 'career', 'brand', 'resource'],
      'close',
      'choose',
      'notFit',
      [],
      [
        { strategy: 'open', purposes: ['strategic', 'brand'] },
        { strategy: 'middle', purposes: ['career', 'resource'] },
      ],
      'segment',
    ],
    [
      ['social', 'strategic', 'career'],
      'open',
      'choose',
      'partly',
      ['strategic'],
      [
        { strategy: 'close', purposes: ['social'] },
        { strategy: 'middle', purposes: ['career'] },
      ],
      'segment',
    ],
  ] as const)('%j with strategy %s: %s, %s', (leading, reader, mode, kind, suited, others, recommendation) => {
    const a = advise(made([...leading], reader), ownNeeds, []);
    expect(a).toEqual({
      mode,
      leading,
      fit: { kind, reader, suited, others },
      conflicts: [],
      recommendation,
      dilemmaSets: mode === 'choose' ? [] : leading,
    });
  });

  it('finds the conflicts between leading purposes only, either way round, with their shares', () => {
    const rules = [
      conflictRule('career', 'resource', 'segment'),
      conflictRule('resource', 'social', 'separate'),
      conflictRule('brand', 'career', 'segment'),
      conflictRule('career', 'career', 'separate'),
    ];
    const a = advise(made(['career', 'resource'], 'middle'), ownNeeds, rules);
    expect(a.conflicts).toEqual([{ ...rules[0], percentA: 20, percentB: 21 }]);
    expect(a.recommendation).toBe('segment');
    const b = advise(made(['resource', 'brand', 'career'], 'middle'), ownNeeds, rules);
    expect(b.conflicts).toEqual([
      { ...rules[0], percentA: 22, percentB: 20 },
      { ...rules[2], percentA: 21, percentB: 22 },
    ]);
  });

  it('a conflict of a purpose with itself is no conflict', () => {
    const a = advise(made(['career'], 'middle'), ownNeeds, [conflictRule('career', 'career', 'separate')]);
    expect(a.conflicts).toEqual([]);
    expect(a.recommendation).toBe('one');
    const b = advise(made(['career', 'resource'], 'middle'), ownNeeds, [conflictRule('career', 'career', 'separate')]);
    expect(b.conflicts).toEqual([]);
    expect(b.recommendation).toBe('oneWithCare');
  });

  it('a purpose missing from the ranking counts as 0%', () => {
    const ranked = [{ purpose: 'career', points: 10, percent: 100 }] as const;
    const a = advise(made(['career', 'resource'], 'middle', ranked), ownNeeds, [
      conflictRule('career', 'resource', 'segment'),
    ]);
    expect(a.conflicts.map((c) => [c.percentA, c.percentB])).toEqual([[100, 0]]);
  });

  it.each([
    [['separate'], 'separate'],
    [['segment'], 'segment'],
    [['segment', 'separate'], 'separate'],
    [['separate', 'segment'], 'separate'],
  ] as const)('conflicts with remedies %j among purposes of one strategy: %s', (remedies, recommendation) => {
    const rules = remedies.map((r, i) =>
      i === 0 ? conflictRule('career', 'resource', r) : conflictRule('resource', 'career', r),
    );
    expect(advise(made(['career', 'resource'], 'middle'), ownNeeds, rules).recommendation).toBe(recommendation);
  });

  it('a single leader is one network, whatever the conflicts say', () => {
    const rules = [conflictRule('career', 'resource', 'separate')];
    expect(advise(made(['career'], 'middle'), ownNeeds, rules).recommendation).toBe('one');
  });

  it.each([
    [null, []],
    ['career', ['career']],
    ['social', []],
  ] as const)('three leading: the chosen purpose %s gives the dilemma sets %j', (chosen, sets) => {
    expect(advise(made(['career', 'resource', 'brand'], 'middle'), ownNeeds, [], chosen).dilemmaSets).toEqual(sets);
  });

  it('with one or two leading, the choice changes nothing', () => {
    expect(advise(made(['career', 'resource'], 'middle'), ownNeeds, [], 'career').dilemmaSets).toEqual([
      'career',
      'resource',
    ]);
    expect(advise(made(['brand'], 'open'), ownNeeds, [], 'career').dilemmaSets).toEqual(['brand']);
  });
});

describe('planFor', () => {
  const three = advise(made(['career', 'resource', 'brand'], 'middle'), ownNeeds, []);
  const two = advise(made(['resource', 'career'], 'middle'), ownNeeds, []);
  const one = advise(made(['brand'], 'open'), ownNeeds, []);

  it.each([
    [three, null, null],
    [three, 'resource', 'resource'],
    [three, 'social', null],
    [two, null, 'resource'],
    [two, 'career', 'career'],
    [two, 'brand', 'resource'],
    [one, null, 'brand'],
    [one, 'social', 'brand'],
  ] as const)('%#: chosen %s plans for %s', (advice, chosen, planned) => {
    expect(planFor(advice, chosen)).toBe(planned);
  });

  it('plans for nothing when nothing leads', () => {
    expect(planFor({ ...one, leading: [] }, null)).toBeNull();
  });
});
