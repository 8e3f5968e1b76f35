import { findConflicts, type ActiveConflict } from './conflicts';
import { scoreQuiz, type QuizResult, type ScoringError } from './scoring';
import { strategyFit, type StrategyFit } from './strategy';
import { joinList } from '../shared/list';
import { fill, networkNames, type PurposeLabels, type ResultTexts } from './texts';
import type { Answers, QuizModel } from './types';

/** Everything the result screen says, worked out from the answers and the content. */
export interface Report {
  readonly result: QuizResult;
  readonly headline: string;
  readonly tie: boolean;
  readonly conflicts: readonly ActiveConflict[];
  readonly fit: StrategyFit;
  readonly fitText: string;
}

export type ReportOutcome = { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly error: ScoringError };

/** `labels`: the article's name for each purpose (site words), which the network names are made from. */
export function buildReport(model: QuizModel, texts: ResultTexts, labels: PurposeLabels, answers: Answers): ReportOutcome {
  const scored = scoreQuiz(model, answers, { tieMargin: texts.tieMargin });
  if (!scored.ok) return scored;
  const { result } = scored;
  const names = networkNames(texts, labels);
  const network = (p: (typeof result.primaries)[number]) => names[p];
  const tie = result.primaries.length > 1;
  const headline = tie
    ? fill(texts.headline.tie, { networks: joinList(result.primaries.map(network), texts.list) })
    : fill(texts.headline.single, { network: network(result.primary) });
  const needs = {
    social: texts.purposes.social.strategy,
    career: texts.purposes.career.strategy,
    resource: texts.purposes.resource.strategy,
    strategic: texts.purposes.strategic.strategy,
    brand: texts.purposes.brand.strategy,
  };
  const fit = strategyFit(result.strategy, result.primaries, needs);
  const label = (s: keyof ResultTexts['strategies']) => texts.strategies[s].label;
  const fitText = fill(texts.fit[fit.kind], {
    reader: label(fit.reader),
    needed: fit.kind === 'mixed' ? joinList(fit.needed.map(label), texts.list) : label(fit.needed),
    network: tie ? joinList(result.primaries.map(network), texts.list) : network(result.primary),
  });
  return {
    ok: true,
    report: {
      result,
      headline,
      tie,
      conflicts: findConflicts(result, texts.conflicts, texts.conflictThreshold),
      fit,
      fitText,
    },
  };
}
