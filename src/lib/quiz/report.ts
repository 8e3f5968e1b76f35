import { purposeStrategies, type PurposeModel } from '../purpose-model';
import type { PurposeId } from '../purposes';
import { joinList } from '../shared/list';
import { advise, planFor, type Advice } from './advice';
import { scoreQuiz, type QuizResult, type ScoringError } from './scoring';
import { fill, type ResultTexts } from './texts';
import type { Answers, QuizModel } from './types';

/** Everything the result screen says, worked out from the answers, the purpose model and the words. */
export interface Report extends Advice {
  readonly result: QuizResult;
  readonly headline: string;
  /** null when one purpose leads */
  readonly tieNote: string | null;
  readonly fitText: string;
  readonly recommendationText: string;
  /** the purpose the estimator and the checklist plan for (null: the reader has yet to choose) */
  readonly planFor: PurposeId | null;
}

export type ReportOutcome = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly error: ScoringError };

/**
 * The words of a result, from its advice (src/lib/quiz/advice.ts). `format` writes a number in
 * the site's locale. Each sentence is built for one network or for several, never both.
 */
export function describe(result: QuizResult, advice: Advice, purposes: PurposeModel, texts: ResultTexts, chosen: PurposeId | null): Report {
  const network = (p: PurposeId) => purposes.purposes[p].inSentence;
  const networks = (ps: readonly PurposeId[]) => joinList(ps.map(network), texts.list);
  const strategy = (s: keyof ResultTexts['strategies']) => texts.strategies[s].label;
  const headline =
    advice.mode === 'single'
      ? fill(texts.headline.single, { network: network(advice.leading[0]!) })
      : advice.mode === 'two'
        ? fill(texts.headline.two, { networks: networks(advice.leading) })
        : texts.headline.none;
  const tieNote =
    advice.mode === 'single' ? null : advice.mode === 'two' ? texts.tieNote.two : fill(texts.tieNote.many, { count: advice.leading.length });
  const { fit } = advice;
  const needs = fit.others
    .map((g) =>
      g.purposes.length === 1
        ? fill(texts.need.one, { network: network(g.purposes[0]!), needed: strategy(g.strategy) })
        : fill(texts.need.many, { networks: networks(g.purposes), needed: strategy(g.strategy) }),
    )
    .join(' ');
  const remedy =
    advice.recommendation === 'separate' ? texts.remedy.separate : advice.recommendation === 'segment' ? texts.remedy.segment : texts.remedy.change;
  const reader = strategy(fit.reader);
  const fitText =
    fit.kind === 'fits'
      ? fill(texts.fit.fits, { reader, networks: networks(fit.suited) })
      : fit.kind === 'partly'
        ? fill(texts.fit.partly, { reader, suited: networks(fit.suited), needs, remedy })
        : fill(texts.fit.notFit, { reader, needs, remedy });
  return {
    ...advice,
    result,
    headline,
    tieNote,
    fitText,
    recommendationText: texts.recommendation[advice.recommendation],
    planFor: planFor(advice, chosen),
  };
}

/** Score the answers and describe the result. `chosen`: the purpose the reader chose to plan for, if any. */
export function buildReport(
  model: QuizModel,
  texts: ResultTexts,
  purposes: PurposeModel,
  answers: Answers,
  chosen: PurposeId | null = null,
): ReportOutcome {
  const scored = scoreQuiz(model, answers, { tieMargin: texts.tieMargin });
  if (!scored.ok) return scored;
  const { result } = scored;
  const advice = advise(result, purposeStrategies(purposes), purposes.conflicts, chosen);
  return { ok: true, report: describe(result, advice, purposes, texts, chosen) };
}

/** A purpose's answer to "how many people", with the model's size range written in (the estimator shows the same range). */
export function howManyAnswer(purposes: PurposeModel, texts: Pick<ResultTexts, 'range'>, purpose: PurposeId, format: (n: number) => string): string {
  const { size, dilemmas } = purposes.purposes[purpose];
  return fill(dilemmas.howMany, { range: fill(texts.range, { min: format(size.min), max: format(size.max) }) });
}
