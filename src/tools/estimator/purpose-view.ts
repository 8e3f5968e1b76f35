/**
 * Step 2 as finished text: which purpose applies (the quiz's, one chosen here, or none yet when
 * the quiz result is a tie the reader has not settled), its range, and where the reader's count
 * of the people who serve it sits in that range, with what to do. Pure: no React, no DOM.
 */
import type { PurposeId } from '@/purposes/ids';
import type { PurposeLabels } from '@/purposes/model';
import { compareWithRange } from './model';
import type { EstimatorTarget } from './schema';
import { listOf, tieOf, words } from './words';

/** A purpose's target: its words (targets.yaml) with its size range from the purpose model (withModelSizes). */
export interface TargetText extends EstimatorTarget {
  readonly min: number;
  readonly max: number;
  readonly limit: boolean;
  readonly basis: string;
}

/** the count field of the purpose in use, as the view shows every field */
interface CountField {
  readonly label: string;
  /** '' when the entry is fine */
  readonly error: string;
}

export interface PurposeInput<F extends CountField> {
  readonly targets: readonly TargetText[];
  readonly labels: PurposeLabels;
  /** a purpose chosen in the estimator, or null */
  readonly chosen: PurposeId | null;
  /** the quiz's purpose, and the purposes tied for first with it ([] when none is tied) */
  readonly quiz: PurposeId | null;
  readonly tie: readonly PurposeId[];
  /** the count field of a purpose, with what the reader typed in it */
  readonly field: (purpose: PurposeId, label: string) => F;
  /** the number in a purpose's count field */
  readonly count: (purpose: PurposeId) => number;
}

export function purposeView<F extends CountField>(input: PurposeInput<F>) {
  const { targets, labels, chosen, quiz, tie, field, count } = input;
  const w = words.two;
  // a tie the reader has not settled by choosing one: no purpose applies until they choose
  const tied = tie.length > 1 ? tie : [];
  const purpose = chosen ?? (tied.length > 0 ? null : quiz);
  const source = chosen ? 'chosen' : tied.length > 0 ? 'tie' : quiz ? 'quiz' : 'none';
  const tiedLabels = tied.map((p) => labels[p]);
  const quizText = tied.length > 0 ? tieOf(tiedLabels) : quiz && labels[quiz];
  const label = purpose && labels[purpose];
  const target = targets.find((t) => t.id === purpose);

  let answer: string = tied.length > 0 && !chosen ? w.answerChooseTie : w.answerChoose;
  let countField: F | null = null;
  let next: readonly string[] | null = null;
  if (purpose && target && label) {
    countField = field(purpose, w.countLabel(label));
    if (countField.error) answer = words.waiting(countField.label);
    else {
      const counted = count(purpose);
      const fit = compareWithRange(counted, target);
      const a = { counted, purpose: label, range: target, missing: Math.max(0, target.min - counted) };
      answer = fit === 'larger' && target.limit ? w.answerAboveLimit(a) : w.answer[fit](a);
      next = target.next[fit];
    }
  }
  return {
    source,
    /** the words in bold in the source line: the purpose in use, or the tied purposes */
    purpose: source === 'tie' ? listOf(tiedLabels) : (label ?? ''),
    sourceText:
      source === 'quiz'
        ? w.sourceQuiz
        : source === 'chosen'
          ? w.sourceChosen(quizText)
          : source === 'tie'
            ? w.sourceTie
            : w.sourceNone,
    selected: purpose ?? '',
    /** the purposes tied in the quiz result, offered first in the menu ([] when none is tied) */
    tied,
    /** "Use my quiz result" applies a single quiz purpose the reader moved away from */
    offerQuiz: source === 'chosen' && quiz !== null && tied.length === 0,
    answer,
    target:
      target && label && countField
        ? {
            lead: w.targetLead(label),
            range: w.targetRange(target),
            composition: target.composition,
            basis: target.basis,
            field: countField,
            /** what to do, for where the count sits in the range; null while the count is wrong */
            next,
          }
        : null,
  };
}
