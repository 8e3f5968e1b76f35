import { purposeStrategies, type PurposeModel } from '@/purposes/model';
import type { PurposeId } from '@/purposes/ids';
import { joinList } from '@/shared/list';
import { advise, planFor, type Advice } from './advice';
import { scoreQuiz, type QuizResult, type ScoringError } from './scoring';
import { fill } from '@/shared/template';
import type { QuizWords } from './model';
import type { Answers, QuizModel } from './model';

/**
 * A scored result with its advice, its headline and the purpose the other tools plan for: what
 * the island needs at once. The rest of the result's sentences are in ./sentences.ts, which the
 * result screen loads with its own code.
 */
export interface Report extends Advice {
  readonly result: QuizResult;
  readonly headline: string;
  /** the purpose the estimator and the checklist plan for (null: the reader has yet to choose) */
  readonly planFor: PurposeId | null;
}

export type ReportOutcome =
  { readonly ok: true; readonly report: Report } | { readonly ok: false; readonly error: ScoringError };

/** The headline, the answer in one sentence: built for one network, for two, or for none standing out. */
export function describe(
  result: QuizResult,
  advice: Advice,
  purposes: PurposeModel,
  words: QuizWords,
  chosen: PurposeId | null,
): Report {
  const network = (p: PurposeId) => purposes.purposes[p].inSentence;
  const headline =
    advice.mode === 'single'
      ? fill(words.headline.single, { network: network(advice.leading[0]!) })
      : advice.mode === 'two'
        ? fill(words.headline.two, { networks: joinList(advice.leading.map(network), words.list) })
        : words.headline.none;
  return { ...advice, result, headline, planFor: planFor(advice, chosen) };
}

/** Score the answers and describe the result. `chosen`: the purpose the reader chose to plan for, if any. */
export function buildReport(
  model: QuizModel,
  words: QuizWords,
  purposes: PurposeModel,
  answers: Answers,
  chosen: PurposeId | null = null,
): ReportOutcome {
  const scored = scoreQuiz(model, answers, { tieMargin: words.tieMargin });
  if (!scored.ok) return scored;
  const { result } = scored;
  const advice = advise(result, purposeStrategies(purposes), purposes.conflicts, chosen);
  return { ok: true, report: describe(result, advice, purposes, words, chosen) };
}
