import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { purposeStrategies, type ConflictEntry, type PurposeModel, type StrategyId } from '../../../src/purposes/model';
import type { QuizModel } from '../../../src/tools/quiz/schema';
import {
  advise,
  largestRemainder,
  planFor,
  resultFromPoints,
  scoreQuiz,
  type Answers,
  type QuizResult,
} from '../../../src/tools/quiz/scoring';
import { allQuestions } from '../../../src/tools/quiz/state';
import { loadPurposeModel } from '../../support/purpose-model';
import { completeAnswers, leaning, loadQuestions, tinyModel } from '../../support/quiz-model';

const model = loadQuestions();
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function ok(m: QuizModel, answers: Answers, tieMargin = 3): QuizResult {
  const out = scoreQuiz(m, answers, tieMargin);
  if (!out.ok) throw new Error(`not scored: ${JSON.stringify(out.error)}`);
  return out.result;
}
const rankOf = (r: QuizResult, p: PurposeId) => r.ranked.findIndex((s) => s.purpose === p) + 1;

describe('largestRemainder: whole percentages that add up to 100', () => {
  it.each([
    { values: [1, 1, 1], expected: [34, 33, 33] }, // naive rounding gives 99
    { values: [2, 1, 1], expected: [50, 25, 25] },
    { values: [3, 2, 2], expected: [43, 29, 28] },
    { values: [7, 2, 1, 0, 0], expected: [70, 20, 10, 0, 0] },
    // equal remainders: the larger raw value gets the spare point, then the earlier position
    { values: [1, 7], expected: [12, 88] },
    { values: [7, 1], expected: [88, 12] },
    { values: [0, 3, 5], expected: [0, 37, 63] },
    { values: [1, 1, 4], expected: [17, 16, 67] },
    { values: [4, 1, 1], expected: [67, 17, 16] },
    { values: [0, 1, 1, 1], expected: [0, 34, 33, 33] },
    { values: [1, 3], expected: [25, 75] },
    { values: [6, 1, 1], expected: [75, 13, 12] }, // the largest remainder, not the largest value, gets the spare point
    { values: [0, 0, 0, 0, 0], expected: [20, 20, 20, 20, 20] }, // nothing at all: an even split
    // negative, infinite and NaN values count as 0
    { values: [Number.NaN, Infinity, -5, 1], expected: [0, 0, 0, 100] },
    { values: [-3, -3], expected: [50, 50] },
    { values: [], expected: [] },
  ])('$values → $expected', ({ values, expected }) => {
    expect(largestRemainder(values)).toEqual(expected);
  });

  it.each([
    [[1, 1, 1], 10, [4, 3, 3]],
    [[0, 0], 7, [4, 3]],
    [[2, 1], 0, [0, 0]],
  ])('%j out of %i → %j', (values, total, expected) => {
    expect(largestRemainder(values, total)).toEqual(expected);
  });

  it('always sums to 100 with whole, non-negative numbers, each less than a point from its exact share (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }), (values) => {
        const out = largestRemainder(values);
        expect(sum(out)).toBe(100);
        out.forEach((p, i) => {
          expect(Number.isInteger(p) && p >= 0).toBe(true);
          if (sum(values) > 0) expect(Math.abs(p - (values[i]! / sum(values)) * 100)).toBeLessThan(1);
        });
      }),
    );
  });
});

describe('scoreQuiz', () => {
  it('scores a known answer set: brand 3+1, social 1, career 1', () => {
    const r = ok(tinyModel, { inviting: 'open', q1: 'b', q2: 'c' });
    expect(r.ranked.map((s) => [s.purpose, s.points, s.percent])).toEqual([
      ['brand', 4, 67],
      ['social', 1, 17],
      ['career', 1, 16],
      ['resource', 0, 0],
      ['strategic', 0, 0],
    ]);
    expect(r).toMatchObject({ primary: 'brand', primaries: ['brand'], strategy: 'open' });
  });

  it.each(purposeIds)('a reader who always chooses %s gets it first (real content)', (p) => {
    expect(ok(model, leaning(model, p, 'middle')).primary).toBe(p);
  });

  it.each([
    [{ q1: 'a', q2: 'b' }, 3, ['social', 'strategic']], // an exact tie keeps the article's order
    [{ q1: 'a', q2: 'a' }, 0, ['social']], // 60% against 40%
    [{ q1: 'a', q2: 'a' }, 19.9, ['social']],
    [{ q1: 'a', q2: 'a' }, 20, ['social', 'resource']],
  ])('%j with a tie margin of %d: %j lead', (answers, margin, leading) => {
    expect(ok(tinyModel, { inviting: 'close', ...answers }, margin).primaries).toEqual(leading);
  });

  it('uses a tie margin of 3 percentage points by default', () => {
    const none = { social: 0, career: 0, resource: 0, strategic: 0, brand: 0 };
    // on the whole percentages shown: 51.5% and 48.5% show as 52% and 48%, 4 points apart
    expect(resultFromPoints({ ...none, career: 103, brand: 97 }, 'open').primaries).toEqual(['career']);
    expect(resultFromPoints({ ...none, career: 103, brand: 97 }, 'open').ranked.map((s) => s.percent)).toEqual([
      52, 48, 0, 0, 0,
    ]);
    expect(resultFromPoints({ ...none, career: 101, brand: 99 }, 'open').primaries).toEqual(['career', 'brand']);
    expect(resultFromPoints({ ...none, career: 52, brand: 48 }, 'open').primaries).toEqual(['career']);
    expect(resultFromPoints(none, 'open').primaries).toEqual([...purposeIds]);
  });

  it.each([
    [
      { inviting: 'open', q1: 'a' },
      { code: 'incomplete', missing: ['q2'] },
    ],
    [{}, { code: 'incomplete', missing: ['inviting', 'q1', 'q2'] }],
    [
      { inviting: 'open', q1: 'a', q2: 'zzz' },
      { code: 'unknown-answer', questionId: 'q2' },
    ],
    [
      { inviting: 'sideways', q1: 'a', q2: 'a' },
      { code: 'unknown-answer', questionId: 'inviting' },
    ],
  ])('refuses %j with a typed error', (answers, error) => {
    expect(scoreQuiz(tinyModel, answers)).toEqual({ ok: false, error });
  });

  it.each([
    ['a negative weight', -2],
    ['a weight that is not a number', Number.NaN],
    ['an infinite weight', Number.POSITIVE_INFINITY],
  ])('leaves out %s', (_, weight) => {
    const q1 = {
      ...tinyModel.questions[0]!,
      answers: [{ id: 'a', text: 'A', weights: { social: weight, career: 2 } }],
    };
    const r = ok({ ...tinyModel, questions: [q1, tinyModel.questions[1]!] }, { inviting: 'open', q1: 'a', q2: 'a' });
    expect(Object.fromEntries(r.ranked.map((s) => [s.purpose, s.points]))).toMatchObject({ social: 0, career: 2 });
  });

  it('any complete answer set: five purposes ranked by points, whole percentages adding to 100 (property)', () => {
    fc.assert(
      fc.property(completeAnswers(model), (answers) => {
        const r = ok(model, answers);
        expect(sum(r.ranked.map((s) => s.percent))).toBe(100);
        expect(new Set(r.ranked.map((s) => s.purpose)).size).toBe(5);
        r.ranked.slice(1).forEach((s, i) => expect(r.ranked[i]!.points).toBeGreaterThanOrEqual(s.points));
        expect(r.primaries[0]).toBe(r.primary);
      }),
    );
  });

  it('partial answer sets are always refused, naming what is missing (property)', () => {
    const ids = allQuestions(model).map((q) => q.id);
    fc.assert(
      fc.property(completeAnswers(model), fc.subarray(ids, { minLength: 1 }), (answers, drop) => {
        const partial = Object.fromEntries(Object.entries(answers).filter(([k]) => !drop.includes(k)));
        expect(scoreQuiz(model, partial)).toEqual({ ok: false, error: { code: 'incomplete', missing: drop } });
      }),
    );
  });

  it('raising one purpose’s weight on a chosen answer never lowers its rank (property)', () => {
    const weights = fc.record(
      Object.fromEntries(purposeIds.map((p) => [p, fc.nat(5)])) as Record<PurposeId, fc.Arbitrary<number>>,
    );
    const randomModel = fc
      .array(fc.array(weights, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 8 })
      .map((qs): QuizModel => ({
        strategyQuestion: tinyModel.strategyQuestion,
        questions: qs.map((answers, i) => ({
          id: `q${i}`,
          prompt: `Q${i}`,
          answers: answers.map((w, j) => ({ id: `a${j}`, text: `A${j}`, weights: w })),
        })),
      }));
    fc.assert(
      fc.property(
        randomModel.chain((m) =>
          fc.tuple(fc.constant(m), completeAnswers(m), fc.constantFrom(...purposeIds), fc.nat(5)),
        ),
        ([m, answers, purpose, extra]) => {
          const [q0, ...rest] = m.questions as [QuizModel['questions'][number], ...QuizModel['questions']];
          const raise = (a: (typeof q0)['answers'][number]) =>
            a.id === answers[q0.id]
              ? { ...a, weights: { ...a.weights, [purpose]: (a.weights[purpose] ?? 0) + extra } }
              : a;
          const raised = { ...m, questions: [{ ...q0, answers: q0.answers.map(raise) }, ...rest] };
          expect(rankOf(ok(raised, answers), purpose)).toBeLessThanOrEqual(rankOf(ok(m, answers), purpose));
        },
      ),
    );
  });

  it('the real questions are balanced: every purpose can reach the same most points', () => {
    const max = purposeIds.map((p) =>
      sum(model.questions.map((q) => Math.max(0, ...q.answers.map((a) => a.weights[p] ?? 0)))),
    );
    expect(new Set(max).size, JSON.stringify(max)).toBe(1);
  });
});

// needs of their own, so that each rule is seen apart from the content: career and resource invite alike
const needs: Record<PurposeId, StrategyId> = {
  social: 'close',
  career: 'middle',
  resource: 'middle',
  strategic: 'open',
  brand: 'open',
};
const rule = (a: PurposeId, b: PurposeId, remedy: ConflictEntry['remedy']): ConflictEntry => ({
  a,
  b,
  remedy,
  keepApart: remedy === 'separate' ? 'accounts' : 'lists',
  reason: `${a} and ${b}`,
  segment: [],
});

/** A purpose model with these needs (no other strategy allowed unless `allows` says so) and conflicts. */
const modelOf = (
  rules: readonly ConflictEntry[],
  allows: Partial<Record<PurposeId, StrategyId[]>> = {},
): Pick<PurposeModel, 'purposes' | 'conflicts'> => {
  const real = loadPurposeModel();
  const entries = purposeIds.map((p) => [
    p,
    { ...real.purposes[p], strategy: { id: needs[p], allows: allows[p] ?? [], reason: '' } },
  ]);
  return { purposes: Object.fromEntries(entries) as PurposeModel['purposes'], conflicts: rules };
};

/** A result with `leading` in first place (20% and up) and the other purposes behind. */
function made(leading: PurposeId[], strategy: StrategyId): QuizResult {
  const rest = purposeIds.filter((p) => !leading.includes(p));
  const ranked = [
    ...leading.map((purpose, i) => ({ purpose, points: 20, percent: 20 + i })),
    ...rest.map((purpose, i) => ({ purpose, points: 5 - i, percent: 5 - i })),
  ];
  return { ranked, primary: leading[0]!, primaries: leading, strategy };
}

describe('advise, rule by rule', () => {
  /** the advice in a line: mode, fit, the purposes the strategy suits, the others by the strategy they need, recommendation */
  const said = (a: ReturnType<typeof advise>) =>
    `${a.mode} ${a.fit.kind} suits:${a.fit.suited.join()} needs:${a.fit.others.map((g) => `${g.strategy}=${g.purposes.join()}`).join(' ')} → ${a.recommendation}`;

  it.each([
    [['social'], 'close', 'single fits suits:social needs: → one'],
    [['social'], 'open', 'single notFit suits: needs:close=social → one'],
    [['career', 'resource'], 'middle', 'two fits suits:career,resource needs: → oneWithCare'],
    [['career', 'resource'], 'close', 'two notFit suits: needs:middle=career,resource → oneWithCare'],
    [['social', 'career'], 'close', 'two partly suits:social needs:middle=career → segment'],
    [
      ['strategic', 'career', 'brand', 'resource'],
      'close',
      'choose notFit suits: needs:open=strategic,brand middle=career,resource → segment',
    ],
    [
      ['social', 'strategic', 'career'],
      'open',
      'choose partly suits:strategic needs:close=social middle=career → segment',
    ],
  ] as const)('%j with strategy %s: %s', (leading, reader, expected) => {
    const a = advise(made([...leading], reader), modelOf([]));
    expect(said(a)).toBe(expected);
    expect(a).toMatchObject({ leading, conflicts: [], fit: { reader } });
  });

  it('finds the conflicts among the leading purposes only, either way round, with their shares; never of a purpose with itself', () => {
    const rules = [
      rule('career', 'resource', 'segment'),
      rule('resource', 'social', 'separate'),
      rule('brand', 'career', 'segment'),
      rule('career', 'career', 'separate'),
    ];
    const a = advise(made(['resource', 'brand', 'career'], 'middle'), modelOf(rules));
    expect(a.conflicts).toEqual([
      { ...rules[0], percentA: 22, percentB: 20 },
      { ...rules[2], percentA: 21, percentB: 22 },
    ]);
    expect(advise(made(['career', 'resource'], 'middle'), modelOf([rules[3]!])).recommendation).toBe('oneWithCare');
    // a purpose missing from the ranking counts as 0%
    const short = {
      ...made(['career', 'resource'], 'middle'),
      ranked: [{ purpose: 'career' as const, points: 1, percent: 100 }],
    };
    expect(advise(short, modelOf([rules[0]!])).conflicts.map((c) => [c.percentA, c.percentB])).toEqual([[100, 0]]);
  });

  it.each([
    [['separate'], 'separate'],
    [['segment'], 'segment'],
    [['segment', 'separate'], 'separate'],
    [['separate', 'segment'], 'separate'],
  ] as const)('conflicts with remedies %j between pairs that invite alike: %s', (remedies, recommendation) => {
    const pairs: [PurposeId, PurposeId][] = [
      ['career', 'resource'],
      ['strategic', 'brand'],
    ];
    const rules = remedies.map((r, i) => rule(pairs[i]![0], pairs[i]![1], r));
    const leading: PurposeId[] =
      remedies.length === 1 ? ['career', 'resource'] : ['career', 'resource', 'strategic', 'brand'];
    expect(advise(made(leading, 'middle'), modelOf(rules)).recommendation).toBe(recommendation);
    // a single leader is one network, whatever the conflicts say
    expect(advise(made(['career'], 'middle'), modelOf(rules)).recommendation).toBe('one');
  });

  const three = advise(made(['career', 'resource', 'brand'], 'middle'), modelOf([]));
  const two = advise(made(['resource', 'career'], 'middle'), modelOf([]));
  const one = advise(made(['brand'], 'open'), modelOf([]));
  it.each([
    [three, null, null],
    [three, 'resource', 'resource'],
    [three, 'social', null],
    [two, null, null],
    [two, 'career', 'career'],
    [two, 'brand', null],
    [one, null, 'brand'],
    [one, 'social', 'brand'],
  ] as const)('planFor %#: chosen %s plans for %s', (advice, chosen, planned) => {
    expect(planFor(advice, chosen)).toBe(planned);
  });

  it('a strategy the purpose model also allows for a purpose suits it: never a misfit', () => {
    const allowing = modelOf([], { strategic: ['close'] });
    const said1 = said(advise(made(['strategic'], 'close'), allowing));
    expect(said1).toBe('single fits suits:strategic needs: → one');
    expect(said(advise(made(['strategic', 'career'], 'close'), allowing))).toBe(
      'two partly suits:strategic needs:middle=career → segment',
    );
  });

  it('the strictest rule among the leading pairs wins: one separate pair makes the verdict separate networks', () => {
    const rules = [rule('social', 'brand', 'separate'), rule('strategic', 'brand', 'segment')];
    expect(advise(made(['social', 'strategic', 'brand'], 'close'), modelOf(rules)).recommendation).toBe('separate');
    expect(advise(made(['strategic', 'brand'], 'close'), modelOf(rules)).recommendation).toBe('segment');
  });

  it('the content: Career needs a selective strategy (those who have, create or can connect you to opportunities)', () => {
    expect(purposeStrategies(loadPurposeModel()).career).toBe('middle');
  });
});
