/**
 * Everything the estimator shows, derived from the saved state in one pure step: checked
 * fields, both Part 1 estimates, today's estimate, the purpose in use and the reach model.
 */
import type { PurposeId } from '@/purposes/ids';
import { compareLayer, estimateFromCircles, type CirclesResult, type LayerComparison } from './circles';
import {
  evaluate,
  layerFieldIds,
  type FieldError,
  nameFieldIds,
  nextLastValid,
  reachSpecs,
  type Values,
} from './fields';
import { layerIds, reachIds, type LayerId, type PurposeSource } from './model';
import { compareWithRange, shortfall, type Fit, type SizeRange } from './purpose-fit';
import { reach, type ReachResult } from './reach';
import { scaleUpEstimate, type ScaleUpResult } from './scale-up';
import type { EstimatorState } from './state';

export interface EstimatorView {
  readonly state: EstimatorState;
  readonly errors: Readonly<Record<string, FieldError>>;
  /** true when some field is wrong (the results that use it wait: `waiting`) */
  readonly needsFixing: boolean;
  /**
   * The first wrong field among those each part's result is drawn from, or null: while Part 1
   * (the chosen method's fields) waits there is no estimate today, so Part 2 waits too; Part 3
   * waits for its own fields. A result is never drawn from a number the reader has typed past.
   */
  readonly waiting: { readonly one: string | null; readonly three: string | null };
  readonly circles: CirclesResult;
  /** your cumulative count for each circle, by layer id; null: no estimate yet */
  readonly circleCounts: Readonly<Record<LayerId, number>> | null;
  readonly scaleUp: ScaleUpResult;
  /** today's estimate (whole people) from the chosen method; null: not enough information */
  readonly today: number | null;
  /** today's estimate as it fits the first-degree connections field (capped at its maximum) */
  readonly reachEstimate: number | null;
  /** today's estimate is over that maximum, so reachEstimate is the maximum, not the estimate */
  readonly reachEstimateCapped: boolean;
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
  edited: readonly string[] = [],
): EstimatorView {
  const { values, errors } = evaluate(state.fields, lastValid, badInput, edited);
  const firstWrong = (ids: readonly string[]) => ids.find((id) => errors[id]) ?? null;
  const waiting = {
    one: firstWrong(state.method === 'circles' ? layerFieldIds : nameFieldIds),
    three: firstWrong(reachIds.map((id) => `reach.${id}`)),
  };
  const circles = estimateFromCircles(layerFieldIds.map((id) => values[id]!));
  const scaleUp = scaleUpEstimate(nameFieldIds.map((id) => values[id]!));
  let today: number | null = null;
  if (!waiting.one && state.method === 'circles' && circles.kind === 'estimate') today = Math.round(circles.total);
  if (!waiting.one && state.method === 'names' && scaleUp.kind === 'estimate') today = Math.round(scaleUp.value);
  let circleCounts: Record<LayerId, number> | null = null;
  if (!waiting.one && circles.kind === 'estimate') {
    const counts = {} as Record<LayerId, number>;
    layerIds.forEach((id, i) => (counts[id] = circles.cumulative[i]!));
    circleCounts = counts;
  }
  const reachEstimate = today === null ? null : Math.min(today, reachSpecs.first.max);
  return {
    state,
    errors,
    needsFixing: Object.keys(errors).length > 0,
    waiting,
    circles,
    circleCounts,
    scaleUp,
    today,
    reachEstimate,
    // the number copied to Part 3 is not today's estimate: it was cut to the connection limit
    reachEstimateCapped: reachEstimate !== today,
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
}

/**
 * The last valid numbers after the reader's current entries (what the store remembers): the
 * same object when nothing changed, so that storing it again notifies no one.
 */
export function rememberValid(
  state: EstimatorState,
  badInput: ReadonlySet<string>,
  lastValid: Values,
  edited: readonly string[] = [],
): Values {
  const next = nextLastValid(lastValid, evaluate(state.fields, lastValid, badInput, edited));
  // next holds every key of lastValid (nextLastValid starts from it), so equal values at every key of
  // next mean the same numbers
  for (const id of Object.keys(next)) if (!Object.is(next[id], lastValid[id])) return next;
  return lastValid;
}

/** One of Dunbar's circles as content describes it (only what the table needs). */
export interface LayerText {
  readonly id: LayerId;
  readonly order: number;
  readonly name: string;
  readonly typical: number;
}

export interface CircleRow<L extends LayerText> {
  readonly layer: L;
  /** your cumulative count for this layer; null: no estimate yet */
  readonly yours: number | null;
  readonly comparison: LayerComparison | null;
}

/**
 * The circles table: one row per layer in the editors' `order`, each with the numbers of that
 * layer's own id (never of its position), so reordering content cannot move numbers between rows.
 */
export function circleRows<L extends LayerText>(view: EstimatorView, layers: readonly L[]): CircleRow<L>[] {
  return [...layers]
    .sort((a, b) => a.order - b.order)
    .map((layer) => {
      const yours = view.circleCounts ? view.circleCounts[layer.id] : null;
      return { layer, yours, comparison: yours === null ? null : compareLayer(yours, layer.typical) };
    });
}

export interface PurposeComparison<T extends SizeRange> {
  /** the target of the purpose in use; null: none chosen or no target for it */
  readonly target: T | null;
  /** the number compared with the range: today's estimate, or the circles the purpose draws on */
  readonly compared: number | null;
  /**
   * With the circles method, the outermost circle the purpose draws on when the count up to it
   * is not the whole estimate (the answer then says which circles were compared); else null.
   */
  readonly upTo: LayerId | null;
  /** null until there is both a target and today's estimate */
  readonly fit: Fit | null;
  /** people missing to reach the bottom of the range (0 when there or no estimate) */
  readonly missing: number;
}

/**
 * The count a purpose's range is compared with. The name method estimates the whole network.
 * With the circles method, a purpose that draws on inner circles only (targets.yaml `layers`)
 * is compared with everyone up to its outermost listed circle: a Social network of close
 * friends and family is not "too large" because of your acquaintances.
 */
export function comparedCount(
  view: EstimatorView,
  layers: readonly LayerId[],
): { count: number; upTo: LayerId | null } | null {
  if (view.today === null) return null;
  if (view.state.method !== 'circles' || !view.circleCounts) return { count: view.today, upTo: null };
  const outermost = layerIds.reduce<LayerId | null>((last, id) => (layers.includes(id) ? id : last), null);
  if (outermost === null) return { count: view.today, upTo: null };
  const count = Math.round(view.circleCounts[outermost]);
  return { count, upTo: count === view.today ? null : outermost };
}

/** Part 2: today's estimate, or the circles the purpose draws on, against the purpose's size range. */
export function comparePurpose<T extends SizeRange & { readonly id: string; readonly layers: readonly LayerId[] }>(
  view: EstimatorView,
  targets: readonly T[],
): PurposeComparison<T> {
  const target = view.purpose ? (targets.find((t) => t.id === view.purpose) ?? null) : null;
  const compared = target ? comparedCount(view, target.layers) : null;
  if (!target || compared === null) return { target, compared: null, upTo: null, fit: null, missing: 0 };
  return {
    target,
    compared: compared.count,
    upTo: compared.upTo,
    fit: compareWithRange(compared.count, target),
    missing: shortfall(compared.count, target),
  };
}
