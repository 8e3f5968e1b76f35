/**
 * Everything the estimator shows, derived from the saved state in one pure step: checked
 * fields, both Part 1 estimates, today's estimate, the purpose in use and the reach model.
 */
import type { PurposeId } from '../purposes';
import { estimateFromCircles, type CirclesResult } from './circles';
import { evaluate, layerFieldIds, nameFieldIds, nextLastValid, type Values } from './fields';
import { reach, type ReachResult } from './reach';
import { scaleUpEstimate, type ScaleUpResult } from './scale-up';
import type { EstimatorState } from './stored';

export type PurposeSource = 'quiz' | 'chosen' | 'none';

export interface EstimatorView {
  readonly state: EstimatorState;
  readonly errors: Readonly<Record<string, string>>;
  /** true when some field is wrong and results use its last valid number */
  readonly usingLastValid: boolean;
  readonly circles: CirclesResult;
  readonly scaleUp: ScaleUpResult;
  /** today's estimate (whole people) from the chosen method; null: not enough information */
  readonly today: number | null;
  readonly purpose: PurposeId | null;
  readonly purposeSource: PurposeSource;
  /** the quiz's purpose, when the reader took the quiz */
  readonly quizPurpose: PurposeId | null;
  readonly reach: ReachResult;
}

export function buildView(
  state: EstimatorState,
  badInput: ReadonlySet<string>,
  quizPurpose: PurposeId | null,
  lastValid: Values,
): { view: EstimatorView; lastValid: Values } {
  const evaluation = evaluate(state.fields, lastValid, badInput);
  const { values, errors } = evaluation;
  const circles = estimateFromCircles(layerFieldIds.map((id) => values[id]!));
  const scaleUp = scaleUpEstimate(nameFieldIds.map((id) => values[id]!));
  let today: number | null = null;
  if (state.method === 'circles' && circles.kind === 'estimate') today = Math.round(circles.total);
  if (state.method === 'names' && scaleUp.kind === 'estimate') today = Math.round(scaleUp.value);
  const view: EstimatorView = {
    state,
    errors,
    usingLastValid: Object.keys(errors).length > 0,
    circles,
    scaleUp,
    today,
    purpose: state.purpose ?? quizPurpose,
    purposeSource: state.purpose ? 'chosen' : quizPurpose ? 'quiz' : 'none',
    quizPurpose,
    reach: reach({
      first: values['reach.first']!,
      typical: values['reach.typical']!,
      overlap: values['reach.overlap']! / 100,
      share: values['reach.share']! / 100,
      hubs: values['reach.hubs']!,
      hubSize: values['reach.hubSize']!,
      population: values['reach.population']!,
    }),
  };
  return { view, lastValid: nextLastValid(lastValid, evaluation) };
}
