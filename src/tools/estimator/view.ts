/**
 * Everything the estimator island shows that depends on what the reader typed, as finished text:
 * one evaluation of the fields (model.ts) read with the content and the words. Pure: no React, no DOM.
 */
import type { PurposeId } from '@/purposes/ids';
import type { PurposeLabels } from '@/purposes/model';
import { layerIds, reachIds } from './ids';
import {
  CONNECTION_LIMIT,
  compareLayer,
  estimateFromCircles,
  fieldSpecs,
  inputText,
  reach,
  type Evaluation,
  type FieldError,
  type FieldSpec,
} from './model';
import { KNOWN_NAMES_TOTAL, knownNames, roundRough, SCALE_UP_POPULATION, scaleUpEstimate } from './name-method';
import { purposeView, type TargetText } from './purpose-view';
import type { EstimatorLayer, EstimatorNotes } from './schema';
import type { EstimatorState } from './state';
import { compact, count, rough, words } from './words';

export type { TargetText };

/** The content the island receives from EstimatorTool.astro: plain data, the same on the server and in the browser. */
export interface EstimatorContent {
  readonly layers: readonly EstimatorLayer[];
  readonly targets: readonly TargetText[];
  readonly notes: EstimatorNotes;
  /** the article's name for each purpose (the purpose model's labels) */
  readonly purposeLabels: PurposeLabels;
  readonly quizHref: string;
}

/** One number input with everything written next to it. */
export interface FieldView {
  /** "layer.support" */
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  /** what the reader typed, as a number input can hold it ('' for text it cannot) */
  readonly value: string;
  /** the inline message; '' when the entry is fine */
  readonly error: string;
  readonly spec: FieldSpec;
}

export type EstimatorView = ReturnType<typeof buildView>;

/** The inline message for a field's problem. */
function message(error: FieldError): string {
  const m = words.messages;
  if (error.problem === 'hubs-over-first') return m.hubs(error.max);
  if (error.problem === 'first-under-hubs') return m.firstUnderHubs(error.min);
  const { spec } = error;
  switch (error.problem) {
    case 'empty':
      return spec.min <= 0 ? m.empty : m.emptyAtLeast(spec.min);
    case 'not-number':
      return m.notNumber(spec);
    case 'negative':
      return m.negative;
    case 'fractional':
      return spec.unit === 'percent' ? m.fractionalPercent : m.fractional;
    case 'too-small':
      return m.tooSmall(spec);
    case 'too-large':
      return m.tooLarge(spec);
  }
}

/** Position of a value on the chart's logarithmic axis from 1 to the ceiling, 0..1. */
export function axisPosition(value: number, ceiling: number): number {
  return value >= 1 ? Math.min(Math.log10(value) / Math.log10(Math.max(ceiling, 10)), 1) : 0;
}

/** The powers of ten labelled on the axis, up to the ceiling: every other one past six. */
export function axisTicks(ceiling: number): number[] {
  const ticks: number[] = [];
  for (let t = 10; t <= ceiling && ticks.length < 12; t *= 10) ticks.push(t);
  return ticks.filter((_, i) => ticks.length <= 6 || i % 2 === 1);
}

export function buildView(
  content: EstimatorContent,
  state: EstimatorState,
  { values, errors }: Evaluation,
  quizPurpose: PurposeId | null,
  /** the purposes tied for first in the quiz result, [] when none is tied ($sharedTie) */
  quizTie: readonly PurposeId[] = [],
) {
  const field = (id: string, label: string, hint = ''): FieldView => ({
    id,
    label,
    hint,
    value: inputText(state.fields[id] ?? ''),
    error: errors[id] ? message(errors[id]) : '',
    spec: fieldSpecs.get(id)!,
  });
  // the first wrong field a part's result is drawn from: the result waits for it, and says so
  const waitingFor = (fields: readonly FieldView[]) => {
    const wrong = fields.find((f) => f.error);
    return wrong ? words.waiting(wrong.label) : null;
  };

  // Part 1: today's estimate, from the chosen method
  const circles = state.method === 'circles';
  const layers = [...content.layers].sort((a, b) => a.order - b.order);
  const oneFields = circles
    ? layers.map((l) => field(`layer.${l.id}`, words.one.layerLabel(l.order, l.name), l.prompt))
    : knownNames.map((n) => field(`name.${n.id}`, n.name));
  const waitingOne = waitingFor(oneFields);
  const cumulative = estimateFromCircles(layerIds.map((id) => values[`layer.${id}`]!));
  const names = scaleUpEstimate(knownNames.map((n) => values[`name.${n.id}`]!));
  // the name method's middle, rounded as its range is: what step 3 can copy
  const named = names && roundRough(names.value);
  const counted = waitingOne || !circles ? null : cumulative;
  const today = waitingOne ? null : circles ? (cumulative?.at(-1) ?? null) : named;
  const one = {
    fields: oneFields,
    summary:
      waitingOne ??
      (circles
        ? cumulative
          ? words.one.circlesResult(cumulative.at(-1)!)
          : words.one.circlesInsufficient
        : names
          ? words.one.namesResult(names.low, names.high)
          : words.one.namesInsufficient),
    circles: layers.map((l) => {
      const yours = counted?.[layerIds.indexOf(l.id)];
      return {
        id: l.id,
        cells: [
          l.name,
          yours === undefined ? words.noCount : count(yours),
          count(l.typical),
          words.one.compared[yours === undefined ? 'none' : compareLayer(yours, l.typical)],
        ],
      };
    }),
    working:
      !waitingOne && names
        ? words.one.namesWorking(SCALE_UP_POPULATION, names.known, KNOWN_NAMES_TOTAL, names.value)
        : words.one.namesFormula(SCALE_UP_POPULATION, KNOWN_NAMES_TOTAL),
  };

  // Part 2: the people who serve the purpose, against the purpose's range
  const two = purposeView({
    targets: content.targets,
    labels: content.purposeLabels,
    chosen: state.purpose,
    quiz: quizPurpose,
    tie: quizTie,
    field: (purpose, label) => field(`purpose.${purpose}`, label, words.two.countHint),
    count: (purpose) => values[`purpose.${purpose}`]!,
  });

  // Part 3: how far a message travels, in the rough model
  const threeFields = reachIds.map((id) => field(`reach.${id}`, words.three.labels[id], content.notes.reach.hints[id]));
  const waitingThree = waitingFor(threeFields);
  const r = reach({
    first: values['reach.first']!,
    typical: values['reach.typical']!,
    overlap: values['reach.overlap']! / 100,
    share: values['reach.share']! / 100,
    hubs: values['reach.hubs']!,
    hubSize: values['reach.hubSize']!,
    population: values['reach.population']!,
  });
  // while a number the model uses is wrong, no figure is drawn from it
  const shown = (value: number) => (waitingThree ? words.noCount : rough(value));
  const reachEstimate = today === null ? null : Math.min(today, CONNECTION_LIMIT);
  const three = {
    fields: threeFields,
    useEstimate:
      reachEstimate === null
        ? null
        : reachEstimate < today!
          ? words.three.useEstimateCapped(CONNECTION_LIMIT)
          : words.three.useEstimate(reachEstimate),
    result: waitingThree ?? (Math.round(r.cumulative[2]) > 0 ? words.three.result(r.cumulative[2]) : words.three.none),
    nearBound: !waitingThree && r.nearBound ? words.three.nearBound(r.population) : null,
    bars: r.cumulative.map((value, i) => ({
      name: words.three.bars[i]!,
      value: shown(value),
      at: waitingThree ? 0 : axisPosition(value, r.population),
    })),
    ticks: axisTicks(r.population).map((value) => ({ label: compact(value), at: axisPosition(value, r.population) })),
    ceiling: words.three.ceiling(r.population),
    rows: r.perDegree.map((added, i) => [words.three.degrees[i]!, shown(added), shown(r.cumulative[i]!)]),
  };

  return {
    /** some field on show is wrong: the results that use it wait for it (a hidden field never counts) */
    stale: [...oneFields, ...(two.target ? [two.target.field] : []), ...threeFields].some((f) => f.error),
    method: state.method,
    quizPurpose,
    /** today's estimate as it fits the first-degree connections field (Part 3's button copies it) */
    reachEstimate,
    one,
    two,
    three,
  };
}
