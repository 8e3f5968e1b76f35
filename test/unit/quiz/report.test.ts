import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { purposeIds, type PurposeId } from '../../../src/purposes/ids';
import { allowsStrategy, purposeStrategies, strategyIds, type StrategyId } from '../../../src/purposes/model';
import { buildReport, segmentsOf, shown, type Report } from '../../../src/tools/quiz/report';
import type { QuizTexts } from '../../../src/tools/quiz/schema';
import { advise, resultFromPoints } from '../../../src/tools/quiz/scoring';
import { quizContent, reachableProfiles } from '../../support/quiz-model';
import { broken } from '../../support/quiz-result-rules';

const content = quizContent();
const { texts, purposes } = content;
const needs = purposeStrategies(purposes);
const network = (p: PurposeId) => purposes.purposes[p].inSentence;
const label = (s: StrategyId) => texts.strategies[s].label;

/** The report of a result where `leading` lead (the first by a point) and the others trail. */
function reportFor(leading: readonly PurposeId[], strategy: StrategyId, t: QuizTexts = texts): Report {
  const points = Object.fromEntries(
    purposeIds.map((p) => [p, p === leading[0] ? 21 : leading.includes(p) ? 20 : 5]),
  ) as Record<PurposeId, number>;
  const result = resultFromPoints(points, strategy, t.tieMargin);
  expect([...result.primaries].sort()).toEqual([...leading].sort());
  return buildReport({ ...content, texts: t }, result);
}

describe('every reachable score profile × every inviting strategy × every choice keeps the result rules', () => {
  const profiles = reachableProfiles();
  // the words depend only on which purposes lead, in which order: profiles that agree on that are judged once
  const distinct = () => [...new Map(profiles.map((p) => [resultFromPoints(p, 'close').primaries.join(), p])).values()];

  it('finds the reachable profiles, a five-way tie among them', () => {
    expect(profiles.length).toBeGreaterThan(1000);
    expect(distinct().length).toBeGreaterThan(50);
    expect(distinct().some((p) => resultFromPoints(p, 'close').primaries.length === 5)).toBe(true);
  });

  it.each(strategyIds)('inviting strategy "%s"', (strategy) => {
    const failures = new Map<string, string>();
    for (const points of distinct()) {
      const report = buildReport(content, resultFromPoints(points, strategy, texts.tieMargin));
      for (const chosen of [null, ...report.leading]) {
        const networksText = [
          report.recommendationText,
          ...report.conflicts.flatMap((c) => [c.reason, report.conflictIntro, ...c.segment]),
        ].join(' ');
        const problems = broken({
          leading: report.leading,
          reader: strategy,
          // what each purpose asks of this reader: their own strategy where the article allows it
          needs: Object.fromEntries(
            purposeIds.map((p) => [p, allowsStrategy(purposes.purposes[p], strategy) ? strategy : needs[p]]),
          ) as Record<PurposeId, StrategyId>,
          names: Object.fromEntries(purposeIds.map((p) => [p, network(p)])) as Record<PurposeId, string>,
          conflictPairs: purposes.conflicts.map((c) => `${c.a}+${c.b}`),
          fitLabel: report.fit.kind,
          fitText: report.fitText,
          networksText,
          shownPairs: report.conflicts.map((c) => `${c.a}+${c.b}`),
          headline: report.headline,
          dilemmaSets: shown(report, chosen, 'own', content).sets.length,
          asksToChoose: report.mode === 'choose',
        });
        for (const problem of problems) failures.set(problem, report.result.primaries.join(', '));
      }
    }
    expect([...failures].map(([problem, example]) => `${problem} (e.g. ${example} leading)`)).toEqual([]);
  });
});

describe('the result’s sentences: each built for one network or for several, never both', () => {
  /** the real words, with templates that show which one was used and what filled it */
  const marked: QuizTexts = {
    ...texts,
    tieNote: { two: 'TWO {margin}', many: 'MANY {count} {margin}' },
    fit: {
      fits: 'FITS {reader} / {networks}',
      partly: 'PARTLY {reader} / {suited} / {needs} / {remedy}',
      notFit: 'NOTFIT {reader} / {needs} / {remedy}',
    },
    need: { one: '[ONE {network}: {needed}]', many: '[MANY {networks}: {needed}]' },
    remedy: { change: 'CHANGE', segment: 'SEGMENT', separate: 'SEPARATE' },
  };
  const [social, career, resource, strategic, brand] = purposeIds.map(network);
  const [close, middle, open] = strategyIds.map(label);
  const three = `${career}, ${resource}, and ${strategic}`;
  const leadingOf = (list: string) => list.split(' ') as PurposeId[];

  it.each([
    ['social', 'close', null, `FITS ${close} / ${social}`],
    ['brand', 'close', null, `NOTFIT ${close} / [ONE ${brand}: ${open}] / CHANGE`],
    ['social career', 'close', 'TWO 3', `PARTLY ${close} / ${social} / [ONE ${career}: ${middle}] / SEGMENT`],
    ['social brand', 'middle', 'TWO 3', `PARTLY ${middle} / ${brand} / [ONE ${social}: ${close}] / SEPARATE`],
    ['social brand', 'open', 'TWO 3', `PARTLY ${open} / ${brand} / [ONE ${social}: ${close}] / SEPARATE`],
    ['strategic', 'close', null, `FITS ${close} / ${strategic}`],
    ['career resource strategic', 'middle', 'MANY 3 3', `FITS ${middle} / ${three}`],
    ['career resource strategic', 'open', 'MANY 3 3', `NOTFIT ${open} / [MANY ${three}: ${middle}] / CHANGE`],
  ] as const)('%s leading, strategy %s: tie note %s, %s', (leading, strategy, tieNote, fitText) => {
    expect(reportFor(leadingOf(leading), strategy, marked)).toMatchObject({ tieNote, fitText });
  });

  it.each([
    ['strategic', 'Your network is mainly a Strategic/Perspective network'],
    ['social career', `Your network has two main purposes: your ${social} and ${career}`],
    ['social career resource', 'No single purpose stands out'],
  ] as const)('the headline for %s: %s', (leading, headline) => {
    expect(reportFor(leadingOf(leading), 'open').headline).toBe(headline);
  });

  it('say "works" of one network and "work" of two, with the real words', () => {
    expect(reportFor(['social', 'career'], 'open').fitText).toContain(
      'Your Social network works best when you invite only people you know well. Your Career/Business Opportunity network works best when you invite people selectively (somewhere in the middle).',
    );
    expect(reportFor(['career', 'resource'], 'open').fitText).toContain(
      'Your Career/Business Opportunity network and Resource/Operational network work best when you invite people selectively',
    );
    const apart = reportFor(['social', 'brand'], 'close');
    expect(apart).toMatchObject({ recommendation: 'separate', fit: { kind: 'partly' } });
    expect(apart.fitText).toMatch(/That suits your Social network\..*keep separate networks/);
  });

  it('no strategy label holds a comma or "and", so a list of them always counts right', () => {
    for (const s of strategyIds) expect(label(s)).not.toMatch(/,|\band\b/);
  });
});

describe('the six answers and the figures they quote', () => {
  const howMany = (p: PurposeId) => reportFor([p], 'open').sets[0]!.answers.find((a) => a.id === 'howMany')!.text;

  it.each(purposeIds)('%s: "how many people" quotes the purpose model’s size range, and no other', (p) => {
    const { min, max } = purposes.purposes[p].size;
    const range = `about ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')} people`;
    expect(howMany(p)).toContain(range);
    expect(howMany(p).match(/about [\d,]+ to [\d,]+ people/g)).toEqual([range]);
  });

  it('credits the figures to their sources: Dunbar’s layers, Zhou et al. (2005), LinkedIn’s limit', () => {
    const sources = texts.sources.map((s) => s.text).join('\n');
    expect(howMany('career')).toContain('about 150 to 1,500 people');
    expect(howMany('career')).not.toMatch(/95%|keep up meaningfully/);
    expect(howMany('social')).toMatch(/about 5 people.*about 15.*Dunbar’s layers.*3–5 and 9–15/);
    expect(howMany('brand')).toMatch(/about 500 to 30,000 people.*LinkedIn/);
    expect(sources).toContain(
      'summarizing Zhou et al. (2005) as layers of about 5, 15, 50, 150, 500, and 1,500 people (“Dunbar’s layers”)',
    );
    expect(sources).toContain(
      'Zhou, Sornette, Hill & Dunbar (2005). “Discrete hierarchical organization of social group sizes.”',
    );
    expect(sources).toContain('LinkedIn Help, “Network size limit.”');
  });

  it('shows the six answers of every leading purpose, or, when three or more lead, of the chosen one only', () => {
    const three = reportFor(['career', 'resource', 'brand'], 'middle');
    expect(three.sets.map((s) => s.purpose)).toEqual(['career', 'resource', 'brand']);
    expect(shown(three, null, 'own', content)).toMatchObject({ planFor: null, sets: [] });
    expect(shown(three, 'brand', 'own', content).sets.map((s) => s.purpose)).toEqual(['brand']);
    expect(shown(three, 'social', 'own', content)).toMatchObject({ planFor: null, sets: [] });
    const two = reportFor(['career', 'resource'], 'middle');
    expect(shown(two, 'resource', 'own', content)).toMatchObject({ planFor: 'resource', sets: two.sets });
    expect(shown(two, null, 'own', content)).toMatchObject({ planFor: null, sets: two.sets });
    expect(two.sets[0]!.answers.map((a) => a.label)).toEqual(Object.values(texts.dilemmaLabels));
    const { howMany, ...others } = purposes.purposes.career.dilemmas;
    expect(two.sets[0]!.answers.filter((a) => a.id !== 'howMany').map((a) => a.text)).toEqual(Object.values(others));
    expect(howMany).toContain('{range}');
    // tied: what the purpose is there for, never "mostly"
    expect(two.sets[0]!.summary).toBe(
      `Your ${network('career')} is there to ${texts.purposes.career.aim}. ${texts.purposes.career.summary}`,
    );
    expect(reportFor(['career'], 'middle').sets[0]!.summary).toBe(
      `You use your network mostly to ${texts.purposes.career.aim}. ${texts.purposes.career.summary}`,
    );
  });
});

describe('the plan: one part per leading purpose when they must be kept apart, or how one network stays focused', () => {
  // the strongest way first: separate networks, then accounts, then lists
  const strongest = ['privatePublic', 'accounts', 'lists'];
  /** the reports of every set of leading purposes (each as the leader) × every inviting strategy */
  const everyReport = () =>
    Array.from({ length: 31 }, (_, m) => purposeIds.filter((__, i) => (m + 1) & (1 << i))).flatMap((leading) =>
      leading.flatMap((leader) =>
        strategyIds.map((s) => reportFor([leader, ...leading.filter((p) => p !== leader)], s)),
      ),
    );

  it('covers every recommendation; a plan exactly when the advice is to segment, keep separate networks or focus', () => {
    const all = everyReport();
    expect(new Set(all.map((r) => r.recommendation))).toEqual(new Set(['one', 'oneWithCare', 'segment', 'separate']));
    for (const r of all) {
      const ids = r.plan?.boxes.map((b) => b.purpose) ?? null;
      expect(ids).toEqual(
        r.recommendation === 'oneWithCare' ? null : r.recommendation === 'one' ? [r.leading[0]] : r.leading,
      );
      if (r.recommendation === 'segment' || r.recommendation === 'separate')
        expect(r.plan!.heading).toBe(texts.plan.heading[r.recommendation]);
    }
  });

  it('each part is kept apart from every other leading purpose the way their conflict says, symmetrically, strongest way first', () => {
    for (const r of everyReport().filter((x) => x.recommendation === 'segment' || x.recommendation === 'separate')) {
      const segments = segmentsOf(r, purposes);
      const how = (p: PurposeId, other: PurposeId) =>
        segments.find((s) => s.purpose === p)!.apart.find((g) => g.from.includes(other))?.how ?? null;
      for (const s of segments) {
        const others = r.leading.filter((p) => p !== s.purpose);
        expect([...s.apart.flatMap((g) => g.from), ...s.sharesWith].sort()).toEqual([...others].sort());
        expect(s.apart.map((g) => g.how)).toEqual(strongest.filter((w) => s.apart.some((g) => g.how === w)));
        for (const other of others) {
          const conflict = r.conflicts.find((c) => [c.a, c.b].sort().join() === [s.purpose, other].sort().join());
          const own = conflict ? conflict.keepApart : needs[s.purpose] === needs[other] ? null : 'lists';
          // separate networks: the strictest rule holds for every pair, each purpose a network of its own
          expect(how(s.purpose, other)).toBe(
            r.recommendation === 'separate' && (own === null || own === 'lists') ? 'accounts' : own,
          );
          expect(how(other, s.purpose)).toBe(how(s.purpose, other));
        }
      }
      if (r.recommendation === 'separate')
        expect(segments.some((s) => s.apart.some((g) => g.how !== 'lists'))).toBe(true);
    }
  });

  it('each box: its purpose’s own lines, then how it is kept apart (naming every other leading network) or focused', () => {
    for (const r of everyReport().filter((x) => x.plan)) {
      const said = JSON.stringify(r.plan);
      expect(said).not.toMatch(/[{}]\w|undefined|NaN|null/);
      for (const box of r.plan!.boxes) {
        const own = purposes.purposes[box.purpose].plan;
        expect(box.heading).toBe(`Your ${network(box.purpose)}`);
        expect(box.lines.map((l) => [l.id, l.label, l.text]).slice(0, 4)).toEqual(
          (['who', 'howWell', 'share', 'never'] as const).map((id) => [id, texts.plan.labels[id], own[id]]),
        );
        const last = box.lines[4]!;
        expect(last.id).toBe(r.recommendation === 'one' ? 'focus' : 'apart');
        if (r.recommendation === 'one')
          expect(last).toEqual({ id: 'focus', label: texts.plan.labels.focus, text: own.focus });
        else
          for (const other of r.leading.filter((p) => p !== box.purpose)) expect(last.text).toContain(network(other));
      }
    }
  });

  it('says how each part is kept apart, and with whom it may share', () => {
    const [social, career, resource, , brand] = purposeIds.map(network);
    const { lists, privatePublic } = texts.plan.keepApart;
    const shares = (other?: string) => `It can share a part with your ${other}, which invite the same way.`;
    const lines = (leading: PurposeId[]) => reportFor(leading, 'close').plan!.boxes.map((b) => b.lines[4]!.text);
    expect(lines(['social', 'brand'])).toEqual([
      `From your ${brand}: ${privatePublic}.`,
      `From your ${social}: ${privatePublic}.`,
    ]);
    expect(lines(['career', 'resource', 'brand'])).toEqual([
      `From your ${brand}: ${lists}. ${shares(resource)}`,
      `From your ${brand}: ${lists}. ${shares(career)}`,
      `From your ${career} and ${resource}: ${lists}.`,
    ]);
  });

  it('with one purpose leading, the focus heading and intro', () => {
    expect(reportFor(['career'], 'middle').plan).toMatchObject({
      heading: `Keeping your ${network('career')} focused`,
      intro: texts.plan.focusIntro,
    });
  });

  it('any leading purposes (property): the parts follow them, and never name a purpose that does not lead', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...purposeIds), { minLength: 2, maxLength: 5 }), (leading) => {
        for (const s of segmentsOf({ leading, recommendation: 'segment' }, purposes)) {
          expect(leading).toContain(s.purpose);
          for (const p of [...s.apart.flatMap((g) => g.from), ...s.sharesWith])
            expect(leading.filter((x) => x !== s.purpose)).toContain(p);
        }
      }),
    );
  });

  it('quotes the first article exactly where it speaks of segmenting', () => {
    const article = readFileSync('src/content/articles/is-there-a-purpose-behind-your-networking.mdx', 'utf8');
    const seed = readFileSync('test/fixtures/seed/upproach-articles.txt', 'utf8');
    const quotes = [...texts.plan.intro.segment.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
    expect(quotes).toEqual([
      'are at odds with one another and mean that either you need a way to segment your network or you need to have more than one network',
      'segmenting and controlling the readers or receivers of your message is difficult',
    ]);
    for (const q of quotes) expect(article).toContain(q);
    // the seed has "are odds with", a typo the article lists among its corrections
    expect(seed).toContain(quotes[0]!.replace('are at odds', 'are odds'));
    expect(seed).toContain(quotes[1]!);
  });
});

describe('advise on the real content', () => {
  it('Social and Personal Brand leading at any share: separate networks, the strategy partly fits', () => {
    const r = advise(
      resultFromPoints({ social: 24, brand: 24, career: 18, resource: 17, strategic: 17 }, 'close'),
      purposes,
    );
    expect(r).toMatchObject({ recommendation: 'separate', fit: { kind: 'partly', suited: ['social'] } });
    expect(r.conflicts.map((c) => `${c.a}+${c.b}`)).toEqual(['social+brand']);
  });
});
