import type { PurposeModel } from '@/purposes/model';
import type { PurposeId } from '@/purposes/ids';
import { joinList } from '@/shared/list';
import type { Report } from './report';
import { fill } from '@/shared/template';
import type { QuizWords } from './model';

/** The result's sentences below the headline, from its advice (loaded with the result screen). */
export interface ResultSentences {
  /** null when one purpose leads */
  readonly tieNote: string | null;
  /** the strategy box */
  readonly fitText: string;
  /** the one answer to "one network or more?" */
  readonly recommendationText: string;
}

/** Each sentence is built for one network or for several, never both. */
export function resultSentences(report: Report, purposes: PurposeModel, words: QuizWords): ResultSentences {
  const network = (p: PurposeId) => purposes.purposes[p].inSentence;
  const networks = (ps: readonly PurposeId[]) => joinList(ps.map(network), words.list);
  const strategy = (s: keyof QuizWords['strategies']) => words.strategies[s].label;
  const tieNote =
    report.mode === 'single'
      ? null
      : report.mode === 'two'
        ? words.tieNote.two
        : fill(words.tieNote.many, { count: report.leading.length });
  const { fit } = report;
  const needs = fit.others
    .map((g) =>
      g.purposes.length === 1
        ? fill(words.need.one, { network: network(g.purposes[0]!), needed: strategy(g.strategy) })
        : fill(words.need.many, { networks: networks(g.purposes), needed: strategy(g.strategy) }),
    )
    .join(' ');
  const remedy =
    report.recommendation === 'separate'
      ? words.remedy.separate
      : report.recommendation === 'segment'
        ? words.remedy.segment
        : words.remedy.change;
  const reader = strategy(fit.reader);
  const fitText =
    fit.kind === 'fits'
      ? fill(words.fit.fits, { reader, networks: networks(fit.suited) })
      : fit.kind === 'partly'
        ? fill(words.fit.partly, { reader, suited: networks(fit.suited), needs, remedy })
        : fill(words.fit.notFit, { reader, needs, remedy });
  return { tieNote, fitText, recommendationText: words.recommendation[report.recommendation] };
}

/** A purpose's answer to "how many people", with the model's size range written in (the estimator shows the same range). */
export function howManyAnswer(
  purposes: PurposeModel,
  words: Pick<QuizWords, 'range'>,
  purpose: PurposeId,
  format: (n: number) => string,
): string {
  const { size, dilemmas } = purposes.purposes[purpose];
  return fill(dilemmas.howMany, { range: fill(words.range, { min: format(size.min), max: format(size.max) }) });
}
