import type { PurposeId } from '@/purposes/ids';
import {
  conflictOf,
  dilemmaIds,
  keepApartIds,
  pairRule,
  type KeepApartId,
  type PurposeModel,
  type StrategyId,
} from '@/purposes/model';
import { fill } from '@/shared/template';
import type { QuizContent } from './schema';
import { advise, planFor, type Advice, type QuizResult } from './scoring';

/** a purpose's own lines in its box of the plan, in order */
const ownLines = ['who', 'howWell', 'share', 'never'] as const;

/**
 * The parts (or networks) the verdict calls for when it is to segment or keep separate networks:
 * one per leading purpose, each kept apart from another by their pair's rule (pairRule: their
 * conflict's way, else lists when they invite differently, else sharing a part). Under separate
 * networks the strictest rule holds for every pair: a pair that could share a network, or keep
 * apart with lists, gets networks of its own too. The strongest way first.
 */
export function segmentsOf(
  advice: Pick<Advice, 'leading' | 'recommendation'>,
  model: Pick<PurposeModel, 'purposes' | 'conflicts'>,
) {
  const way = (a: PurposeId, b: PurposeId): KeepApartId | null => {
    const rule = pairRule(model, a, b);
    const own = rule === 'share' ? null : (conflictOf(model, a, b)?.keepApart ?? 'lists');
    return advice.recommendation === 'separate' && (own === null || own === 'lists') ? 'accounts' : own;
  };
  return advice.leading.map((purpose) => {
    const ways = advice.leading.filter((p) => p !== purpose).map((p) => [p, way(purpose, p)] as const);
    // the strongest way first (the purpose model lists them strongest last)
    const apart = [...keepApartIds]
      .reverse()
      .map((how) => ({ how, from: ways.filter(([, w]) => w === how).map(([p]) => p) }))
      .filter((g) => g.from.length > 0);
    return { purpose, apart, sharesWith: ways.filter(([, w]) => w === null).map(([p]) => p) };
  });
}

/**
 * A scored result in words, built once per answer set: the headline (the answer in
 * one sentence), the tie note (null when one purpose leads), the strategy box, the one answer to
 * "one network or more?", the plan (how to keep one network focused, or a part per leading purpose;
 * null for one network with care) and each leading purpose's summary and six answers, in the
 * leading order. Which purpose the reader plans for, which can change on the result, is read
 * later by `shown`, without building anything again.
 */
export function buildReport(content: Pick<QuizContent, 'texts' | 'purposes' | 'locale'>, result: QuizResult) {
  const { texts: t, purposes, locale } = content;
  const advice = advise(result, purposes);
  const { mode, leading, fit, recommendation } = advice;
  const network = (p: PurposeId) => purposes.purposes[p].inSentence;
  const list = new Intl.ListFormat(locale);
  const networks = (ps: readonly PurposeId[]) => list.format(ps.map(network));
  const strategy = (s: StrategyId) => t.strategies[s].label;

  const headline =
    mode === 'single'
      ? fill(t.headline.single, { network: network(leading[0]!) })
      : mode === 'two'
        ? fill(t.headline.two, { networks: networks(leading) })
        : t.headline.none;
  const margin = t.tieMargin;
  const tieNote =
    mode === 'single'
      ? null
      : mode === 'two'
        ? fill(t.tieNote.two, { margin })
        : fill(t.tieNote.many, { count: leading.length, margin });

  // each sentence is built for one network or for several, never both
  const needed = fit.others
    .map((g) =>
      g.purposes.length === 1
        ? fill(t.need.one, { network: network(g.purposes[0]!), needed: strategy(g.strategy) })
        : fill(t.need.many, { networks: networks(g.purposes), needed: strategy(g.strategy) }),
    )
    .join(' ');
  const remedy = t.remedy[recommendation === 'separate' || recommendation === 'segment' ? recommendation : 'change'];
  const reader = strategy(fit.reader);
  const fitText =
    fit.kind === 'fits'
      ? fill(t.fit.fits, { reader, networks: networks(fit.suited) })
      : fit.kind === 'partly'
        ? fill(t.fit.partly, { reader, suited: networks(fit.suited), needs: needed, remedy })
        : fill(t.fit.notFit, { reader, needs: needed, remedy });

  const p = t.plan;
  const box = (purpose: PurposeId, last: { id: 'apart' | 'focus'; text: string }) => ({
    purpose,
    heading: fill(p.part, { network: network(purpose) }),
    lines: [
      ...ownLines.map((id) => ({ id, label: p.labels[id], text: purposes.purposes[purpose].plan[id] })),
      { ...last, label: p.labels[last.id] },
    ],
  });
  const plan =
    recommendation === 'one'
      ? {
          heading: fill(p.focusHeading, { network: network(leading[0]!) }),
          intro: p.focusIntro,
          boxes: [box(leading[0]!, { id: 'focus', text: purposes.purposes[leading[0]!].plan.focus })],
        }
      : recommendation === 'oneWithCare'
        ? null
        : {
            heading: p.heading[recommendation],
            intro: p.intro[recommendation],
            boxes: segmentsOf(advice, purposes).map((s) => {
              const apart = s.apart.map((g) => fill(p.apart, { networks: networks(g.from), how: p.keepApart[g.how] }));
              if (s.sharesWith.length) apart.push(fill(p.sharesWith, { networks: networks(s.sharesWith) }));
              return box(s.purpose, { id: 'apart', text: apart.join(' ') });
            }),
          };
  // the conflicts follow the one verdict: under separate networks, none is told to be segmented
  const conflictIntro = recommendation === 'separate' ? t.conflictIntro.separate : t.conflictIntro.segment;

  const number = new Intl.NumberFormat(locale);
  const sets = leading.map((purpose) => {
    const { size, dilemmas } = purposes.purposes[purpose];
    const range = fill(t.range, { min: number.format(size.min), max: number.format(size.max) });
    const { aim, summary } = t.purposes[purpose];
    return {
      purpose,
      // "mostly" only of a purpose that leads alone: of a tied one, what it is there for
      summary: `${mode === 'single' ? fill(t.aim.single, { aim }) : fill(t.aim.tied, { aim, network: network(purpose) })} ${summary}`,
      answers: dilemmaIds.map((id) => ({
        id,
        label: t.dilemmaLabels[id],
        text: id === 'howMany' ? fill(dilemmas.howMany, { range }) : dilemmas[id],
      })),
    };
  });

  const recommendationText = t.recommendation[recommendation];
  return { ...advice, result, headline, tieNote, fitText, recommendationText, conflictIntro, plan, sets };
}

export type Report = ReturnType<typeof buildReport>;

/**
 * A report with what a choice among the leading purposes decides: the purpose the other tools plan
 * for, the purposes whose summary and six answers are shown (all that lead, or, when three or more
 * do, only the chosen one), the headline (a tie of three or more names the chosen purpose) and the
 * choice in words. `whose`: the reader's own result (the choice is theirs to make) or a shared one
 * (the choice, if any, is the sender's, and only said).
 */
export function shown(
  report: Report,
  chosen: PurposeId | null,
  whose: 'own' | 'shared',
  content: Pick<QuizContent, 'texts' | 'purposes'>,
) {
  const plan = planFor(report, chosen);
  const c = content.texts.choice;
  const network = plan && content.purposes.purposes[plan].inSentence;
  const headline =
    report.mode === 'choose' && network ? fill(content.texts.headline.chosen, { network }) : report.headline;
  const choice =
    report.mode === 'single'
      ? null
      : whose === 'own'
        ? network
          ? fill(c.own, { network })
          : c.ask
        : network
          ? fill(c.sharedChosen, { network })
          : c.sharedNone;
  return {
    report,
    planFor: plan,
    headline,
    choice,
    sets: report.mode === 'choose' ? report.sets.filter((s) => s.purpose === plan) : report.sets,
  };
}
