import { describe, expect, it } from 'vitest';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { strategyIds, type StrategyId } from '../../../src/purposes/model';
import { buildReport, shown } from '../../../src/tools/quiz/report';
import { resultFromPoints } from '../../../src/tools/quiz/scoring';
import { words } from '../../../src/tools/quiz/words';
import { rawPurposeModel } from '../../support/purpose-model';
import { quizContent, reachableProfiles } from '../../support/quiz-model';

/**
 * Every reachable quiz result, read as a whole screen: every score profile the real questions can
 * produce × every inviting strategy × no choice and each possible choice, for the reader's own
 * result and for one opened from a link. Each screen must say one thing: one verdict on "one
 * network or more?" that every section follows, fit words that match what the article allows
 * for each purpose, and nothing under the headline that contradicts it.
 */
const content = quizContent();
const { texts, purposes } = content;
const network = (p: PurposeId) => purposes.purposes[p].inSentence;

/**
 * The inviting strategies the article allows for each purpose, read from the article (not from the
 * purpose model, which must agree): Social is "close friends and family"; Career is "those that
 * have opportunities, can create opportunities, or can connect you to opportunities" (chosen, not
 * known well at first); Resource/Operational is "people that you can call on for answers"
 * (chosen for what they can do, and people you know well can be among them); Strategic/Perspective
 * is "experts in the particular area of your interest", "like a personal board of directors", whom
 * the quiz itself says to know "well enough to trust their judgment"; Personal Brand is "anyone
 * that finds you and/or your information interesting", with "people that have lots of connections
 * [...] willing to recommend, endorse, and promote you".
 */
const allowedByArticle: Record<PurposeId, readonly StrategyId[]> = {
  social: ['close'],
  career: ['middle'],
  resource: ['middle', 'close'],
  strategic: ['middle', 'close'],
  brand: ['open', 'middle'],
};

/** The rule of a pair from the content as written: its conflict, else whether they invite alike. */
const raw = rawPurposeModel() as {
  purposes: Record<PurposeId, { strategy: { id: StrategyId } }>;
  conflicts: { a: PurposeId; b: PurposeId; remedy: 'segment' | 'separate' }[];
};
function expectedVerdict(leading: readonly PurposeId[]) {
  if (leading.length === 1) return 'one';
  const rules = leading.flatMap((a, i) =>
    leading.slice(i + 1).map((b) => {
      const c = raw.conflicts.find((x) => (x.a === a && x.b === b) || (x.a === b && x.b === a));
      return c ? c.remedy : raw.purposes[a].strategy.id === raw.purposes[b].strategy.id ? 'share' : 'segment';
    }),
  );
  return rules.includes('separate') ? 'separate' : rules.includes('segment') ? 'segment' : 'oneWithCare';
}

const profiles = reachableProfiles();

/** A screen: every result the profiles reach, each strategy, each choice, own or shared, as the words shown. */
function* screens() {
  // the words depend on the leading purposes, their order and the shares: one profile per distinct outcome
  const distinct = new Map(profiles.map((p) => [resultFromPoints(p, 'close', texts.tieMargin).primaries.join(), p]));
  for (const points of distinct.values())
    for (const strategy of strategyIds) {
      const report = buildReport(content, resultFromPoints(points, strategy, texts.tieMargin));
      for (const whose of ['own', 'shared'] as const)
        for (const chosen of [null, ...report.leading]) {
          const view = shown(report, chosen, whose, content);
          const plan = report.plan
            ? [
                report.plan.heading,
                report.plan.intro,
                ...report.plan.boxes.flatMap((b) => [b.heading, ...b.lines.map((l) => l.text)]),
              ]
            : [];
          const sections = {
            headline: view.headline,
            tie: [report.tieNote ?? '', view.choice ?? ''].join(' '),
            summaries: view.sets.map((s) => s.summary).join(' '),
            fit: `${words.result.fit[report.fit.kind]} ${report.fitText}`,
            verdict: report.recommendationText,
            conflicts: report.conflicts.flatMap((c) => [c.reason, report.conflictIntro, ...c.segment]).join(' '),
            plan: plan.join(' '),
            dilemmas: view.sets.flatMap((s) => s.answers.map((a) => a.text)).join(' '),
          };
          yield { strategy, report, view, whose, chosen, sections, all: Object.values(sections).join(' ') };
        }
    }
}

/** Collect what is wrong, one example per problem, so a failure names what to fix. */
function judge(check: (s: ReturnType<typeof screens> extends Generator<infer T> ? T : never) => string | null) {
  const failures = new Map<string, string>();
  for (const s of screens()) {
    const problem = check(s);
    if (problem && !failures.has(problem))
      failures.set(problem, `${s.report.leading.join('+')} inviting ${s.strategy}, ${s.whose}, chose ${s.chosen}`);
  }
  return [...failures].map(([problem, example]) => `${problem} (e.g. ${example})`);
}

/** a sentence's first word a number ("et al. 2005" is not a sentence's end) */
const startsWithNumeral = /(?:^|(?<!\bal)[.!?]\s+)\d[^.]*/;

/** the text outside quotations of the article: what the quiz itself tells the reader */
const ownWords = (text: string) => text.replace(/“[^”]*”/g, '“…”');

describe('every reachable quiz result says one thing', { timeout: 120_000 }, () => {
  it('reaches every kind of result: single, two, three or more leading, each verdict, a mixed tie', () => {
    const seen = new Set<string>();
    for (const s of screens()) seen.add(`${s.report.mode} ${s.report.recommendation}`);
    expect([...seen].sort()).toEqual(
      [
        'choose oneWithCare',
        'choose segment',
        'choose separate',
        'single one',
        'two oneWithCare',
        'two segment',
        'two separate',
      ].sort(),
    );
    expect(profiles.length).toBeGreaterThan(1000);
  });

  it('one verdict per result, the strictest rule among the leading pairs, and every section follows it', () => {
    expect(
      judge(({ report, sections }) => {
        const verdict = expectedVerdict(report.leading);
        if (report.recommendation !== verdict)
          return `verdict ${report.recommendation}, the strictest rule is ${verdict}`;
        if (sections.verdict !== texts.recommendation[verdict]) return 'the verdict’s words are not its own';
        if (verdict === 'segment' || verdict === 'separate') {
          if (report.plan?.heading !== texts.plan.heading[verdict]) return 'the plan’s heading follows another verdict';
          if (report.plan.boxes.length !== report.leading.length)
            return 'the plan does not describe each network or part';
        }
        if (
          report.conflicts.length > 0 &&
          report.conflictIntro !== texts.conflictIntro[verdict === 'separate' ? 'separate' : 'segment']
        )
          return 'a conflict’s advice follows another verdict';
        return null;
      }),
    ).toEqual([]);
  });

  it('never both "separate networks" and "segment" on one screen, and no one-platform hedge under separate networks', () => {
    expect(
      judge(({ all, report }) => {
        const said = ownWords(all);
        if (
          /separate networks|network of its own|one private network and one public one/i.test(said) &&
          /\bsegment/i.test(said)
        )
          return 'says both separate networks and segment';
        if (
          report.recommendation === 'separate' &&
          /one platform for both|in one network|lists or audiences/i.test(said)
        )
          return 'separate networks, hedged with one network or platform for both';
        if (report.recommendation !== 'separate' && /separate networks|network of its own/i.test(said))
          return 'one network, yet separate networks';
        if (report.recommendation === 'oneWithCare' && /\bsegment/i.test(said))
          return 'one network with care, yet segment';
        return null;
      }),
    ).toEqual([]);
  });

  it('the purpose model allows exactly the strategies the article allows', () => {
    for (const p of purposeIds) {
      const { id, allows } = purposes.purposes[p].strategy;
      expect([id, ...allows].sort(), p).toEqual([...allowedByArticle[p]].sort());
    }
  });

  it('fit words match the article’s strategy for each purpose: an allowed strategy is never a misfit, inviting anyone is never choosing deliberately', () => {
    expect(
      judge(({ report, strategy, sections }) => {
        const allowed = report.leading.filter((p) => allowedByArticle[p].includes(strategy));
        const kind = allowed.length === report.leading.length ? 'fits' : allowed.length === 0 ? 'notFit' : 'partly';
        if (report.fit.kind !== kind) return `fit "${report.fit.kind}", the article makes it "${kind}"`;
        for (const p of allowed)
          if (new RegExp(`${network(p)}(?: and [^.]*)? works? best when`).test(sections.fit))
            return 'a purpose the strategy suits is told to invite otherwise';
        if (strategy !== 'middle' && /deliberate/i.test(sections.fit))
          return `inviting "${strategy}" called choosing deliberately`;
        if (kind === 'fits' && /change whom|does not fit/i.test(sections.fit)) return 'fits, yet told to change';
        return null;
      }),
    ).toEqual([]);
  });

  it('nothing under the headline contradicts it: a tie never says "mostly", a chosen purpose is named once, coherently', () => {
    expect(
      judge(({ report, view, sections, whose, chosen }) => {
        const tied = report.mode !== 'single';
        if (tied && /\bmostly\b|\bmainly\b/i.test(sections.summaries)) return 'a tie, yet a purpose is "mostly" used';
        if (report.mode === 'choose' && /\bmain\b/i.test(sections.headline))
          return 'three or more lead, yet a main one';
        if (report.mode === 'choose' && chosen && !sections.headline.includes(network(chosen)))
          return 'a purpose was chosen in a tie, yet the headline does not say which';
        if (view.sets.some((s) => !sections.headline.includes(network(s.purpose)) && report.mode !== 'choose'))
          return 'a purpose’s summary is shown that the headline does not name';
        if (whose === 'shared' && /choose below|choose the purpose you want/i.test(sections.tie))
          return 'asks someone else’s result to be chosen for';
        if (whose === 'own' && tied && !chosen && !/choose below/i.test(sections.tie))
          return 'a tie with no choice, and no way to choose said';
        return null;
      }),
    ).toEqual([]);
  });

  it('a tie is stated exactly: within 3 percentage points of the shares the result shows, in its "Share" column', () => {
    expect(texts.tieMargin).toBe(3);
    expect(words.result.share).toBe('Share');
    for (const points of profiles) {
      const r = resultFromPoints(points, 'middle', texts.tieMargin);
      const top = r.ranked[0]!.percent;
      expect(r.primaries).toEqual(r.ranked.filter((s) => top - s.percent <= 3).map((s) => s.purpose));
    }
    expect(
      judge(({ report }) =>
        report.tieNote && !/\bshares within 3 percentage points\b/.test(report.tieNote)
          ? 'the tie is not stated exactly'
          : null,
      ),
    ).toEqual([]);
  });

  it('no sentence starts with a numeral', () => {
    expect(
      judge(({ all }) =>
        startsWithNumeral.test(all) ? `a sentence starts with a numeral: ${startsWithNumeral.exec(all)![0]}` : null,
      ),
    ).toEqual([]);
  });
});
