/**
 * Everything the estimator island shows, as finished text: the view (view.ts) read with the
 * content's words and the site's locale. The component renders these fields and nothing else
 * decides what to say. Pure: no React, no DOM.
 */
import { purposeIds, type PurposeId } from '@/purposes/ids';
import { fill } from '@/shared/template';
import { axisPosition, axisTicks } from './chart';
import { layerSpecs, nameSpec, reachSpecs, type FieldSpec } from './fields';
import { reachIds, type EstimatorContent, type LayerId, type Method, type PurposeSource } from './model';
import { inputText, isWide, roughCount, type NumberSpec, type NumberWriter } from './numbers';
import { KNOWN_NAMES_TOTAL, knownNames, MCCARTY_MEAN, SCALE_UP_POPULATION } from './scale-up';
import { circleRows, comparePurpose, type EstimatorView } from './view';
import { fieldMessage, purposeAnswer, purposeSourceTemplate, rangeText, splitAround, type UiWords } from './words';

/** One number input with everything written next to it. */
export interface FieldDisplay {
  /** the field id, e.g. "layer.support" */
  readonly id: string;
  readonly label: string;
  /** '' when the field has no hint */
  readonly hint: string;
  /** what the reader typed, as the number input can hold it ('' for text it cannot) */
  readonly value: string;
  /** the input needs the wide size to show its largest number */
  readonly wide: boolean;
  /** the inline message; '' when the entry is fine */
  readonly error: string;
  /** the unit and range under the input: "people, 0–100" */
  readonly unit: string;
  /** the range and whether only whole numbers are accepted, for the input's attributes */
  readonly spec: NumberSpec;
}

export interface CircleRowDisplay {
  readonly id: LayerId;
  readonly name: string;
  readonly yours: string;
  readonly typical: string;
  readonly compared: string;
}

export interface TargetDisplay {
  /** "A Personal Brand network:" */
  readonly lead: string;
  /** "about 500 to 30,000 people, mostly from these circles: …" */
  readonly layers: string;
  readonly composition: readonly string[];
  readonly basis: string;
  /** next steps for how today's estimate fits; null until there is an estimate */
  readonly next: readonly string[] | null;
}

/** A bar's label, split around its value (shown in bold). */
export interface BarDisplay {
  readonly before: string;
  readonly value: string;
  readonly after: string;
  /** the bar's length as a fraction of the axis, 0..1 */
  readonly at: number;
}

export interface TickDisplay {
  /** "1k": a power of ten, written short */
  readonly label: string;
  readonly at: number;
}

export interface EstimatorDisplay {
  /** some field is wrong: the results that use it wait for it (and say which) */
  readonly stale: boolean;
  readonly method: Method;
  readonly methods: readonly { readonly id: Method; readonly label: string }[];
  readonly one: {
    readonly legend: string;
    readonly hint: string;
    /** the fields of the chosen method */
    readonly fields: readonly FieldDisplay[];
    /** the one summary announced for Part 1 */
    readonly summary: string;
    /** the circles table, in the editors' order */
    readonly circles: readonly CircleRowDisplay[];
    /** the name method's working or formula, and the published average */
    readonly working: string;
    readonly comparison: string;
  };
  readonly two: {
    readonly source: PurposeSource;
    /** the sentence saying where the purpose comes from, around its bold name or the quiz link */
    readonly sourceBefore: string;
    readonly sourceAfter: string;
    readonly sourceSlot: 'purpose' | 'quizLink';
    /** the purpose in use ('' when none) */
    readonly purposeLabel: string;
    readonly selectLabel: string;
    /** the selected option's value ('' when none) */
    readonly selected: PurposeId | '';
    /** the empty option's text; null when there is no empty option (the quiz's purpose applies) */
    readonly placeholder: string | null;
    readonly options: readonly { readonly id: PurposeId; readonly label: string }[];
    /** offer to go back to the quiz's purpose */
    readonly useQuiz: boolean;
    /** the one summary announced for Part 2 */
    readonly answer: string;
    readonly target: TargetDisplay | null;
  };
  readonly three: {
    readonly fields: readonly FieldDisplay[];
    /** the button copying today's estimate into Part 3 (saying so when it is capped); null when there is no estimate */
    readonly useEstimate: string | null;
    /** the one summary announced for Part 3 */
    readonly result: string;
    readonly nearBound: string | null;
    readonly bars: readonly BarDisplay[];
    readonly ticks: readonly TickDisplay[];
    readonly ceiling: string;
    /** the table: step name, new people, people so far (rounded) */
    readonly rows: readonly { readonly name: string; readonly added: string; readonly soFar: string }[];
  };
}

function field(
  view: EstimatorView,
  content: EstimatorContent,
  write: NumberWriter,
  id: string,
  spec: FieldSpec,
  label: string,
  hint = '',
): FieldDisplay {
  const error = view.errors[id];
  return {
    id,
    label,
    hint,
    value: inputText(view.state.fields[id] ?? ''),
    wide: isWide(spec),
    error: error ? fieldMessage(error, content.words.messages, write) : '',
    unit: write.range(spec),
    spec,
  };
}

/** "Waiting for a valid number in “1. Support clique”." while `id` is wrong; null when nothing waits */
function waitingFor(id: string | null, fields: readonly FieldDisplay[], ui: UiWords): string | null {
  if (id === null) return null;
  return fill(ui.waiting, { field: fields.find((f) => f.id === id)?.label ?? id });
}

function partOne(view: EstimatorView, content: EstimatorContent, write: NumberWriter): EstimatorDisplay['one'] {
  const { ui } = content.words;
  const circles = view.state.method === 'circles';
  const rows = circleRows(view, content.layers);
  const compared = { fewer: ui.compareFewer, similar: ui.compareSimilar, more: ui.compareMore };
  const numbers = { population: write.count(SCALE_UP_POPULATION), total: write.count(KNOWN_NAMES_TOTAL) };
  const estimate = view.scaleUp.kind === 'estimate' ? Math.round(view.scaleUp.value) : null;
  const fields = circles
    ? rows.map(({ layer }) =>
        field(
          view,
          content,
          write,
          `layer.${layer.id}`,
          layerSpecs[layer.id],
          fill(ui.layerLabel, { order: write.count(layer.order), name: layer.name }),
          layer.prompt,
        ),
      )
    : knownNames.map((n) => field(view, content, write, `name.${n.id}`, nameSpec, n.name));
  const waiting = waitingFor(view.waiting.one, fields, ui);
  let summary: string;
  if (waiting) summary = waiting;
  else if (circles)
    summary =
      view.circles.kind === 'estimate'
        ? fill(ui.circlesResult, { total: write.withUnit(view.circles.total, 'people') })
        : ui.circlesInsufficient;
  else
    summary =
      estimate !== null ? fill(ui.namesResult, { estimate: write.withUnit(estimate, 'people') }) : ui.namesInsufficient;
  return {
    legend: circles ? ui.circlesLegend : ui.namesLegend,
    hint: circles ? content.words.circles.intro : content.words.names.intro,
    fields,
    summary,
    circles: rows.map(({ layer, yours, comparison }) => ({
      id: layer.id,
      name: layer.name,
      yours: yours === null ? ui.noCount : write.count(yours),
      typical: write.count(layer.typical),
      compared: comparison === null ? ui.compareNone : compared[comparison],
    })),
    working:
      !waiting && view.scaleUp.kind === 'estimate'
        ? fill(ui.namesWorking, {
            ...numbers,
            known: write.count(view.scaleUp.known),
            estimate: write.count(estimate!),
          })
        : fill(ui.namesFormula, numbers),
    comparison: fill(ui.namesComparison, { mean: write.count(MCCARTY_MEAN) }),
  };
}

function partTwo(
  view: EstimatorView,
  content: EstimatorContent,
  write: NumberWriter,
  waiting: string | null,
): EstimatorDisplay['two'] {
  const { ui } = content.words;
  const { target, fit, missing, upTo, compared } = comparePurpose(view, content.targets);
  const layerName = (id: LayerId) => content.layers.find((l) => l.id === id)?.name ?? id;
  const { purposeLabels } = content;
  const label = view.purpose ? purposeLabels[view.purpose] : null;
  const source = purposeSourceTemplate(
    ui,
    view.purposeSource,
    Boolean(label),
    view.quizPurpose ? purposeLabels[view.quizPurpose] : null,
  );
  const [sourceBefore, sourceAfter] = splitAround(source.template, source.slot);
  const layerNames = target?.layers.map(layerName);
  return {
    source: view.purposeSource,
    sourceBefore,
    sourceAfter,
    sourceSlot: source.slot,
    purposeLabel: label ?? '',
    selectLabel: view.purposeSource === 'none' ? ui.selectNone : ui.selectCompare,
    selected: view.purpose ?? '',
    placeholder: view.purposeSource === 'quiz' ? null : ui.selectPlaceholder,
    options: purposeIds.map((id) => ({ id, label: purposeLabels[id] })),
    useQuiz: view.purposeSource === 'chosen' && view.quizPurpose !== null,
    answer:
      waiting ??
      purposeAnswer(ui, write, {
        estimate: view.today,
        purpose: target ? label : null,
        range: target,
        fit,
        missing,
        upTo: upTo && compared !== null ? { layer: layerName(upTo), count: compared } : null,
      }),
    target:
      target && label
        ? {
            lead: fill(ui.targetLead, { purpose: label }),
            layers: fill(ui.targetLayers, {
              range: rangeText(ui, write, target),
              layers: layerNames!.join(ui.layerSeparator),
            }),
            composition: target.composition,
            basis: target.basis,
            next: fit ? target.next[fit] : null,
          }
        : null,
  };
}

function partThree(view: EstimatorView, content: EstimatorContent, write: NumberWriter): EstimatorDisplay['three'] {
  const { ui, reach: words } = content.words;
  const r = view.reach;
  const fields = reachIds.map((id) =>
    field(view, content, write, `reach.${id}`, reachSpecs[id], words.fields[id].label, words.fields[id].hint),
  );
  const waiting = waitingFor(view.waiting.three, fields, ui);
  // while a number the model uses is wrong, no figure is drawn from it
  const shown = (value: number) => (waiting ? ui.noCount : write.count(roughCount(value)));
  const total = roughCount(r.cumulative[2]);
  return {
    fields,
    useEstimate:
      view.reachEstimate === null
        ? null
        : view.reachEstimateCapped
          ? fill(ui.useEstimateCapped, { limit: write.count(reachSpecs.first.max) })
          : fill(ui.useEstimate, { estimate: write.count(view.reachEstimate) }),
    result: waiting ?? (total > 0 ? fill(ui.reachResult, { total: write.withUnit(total, 'people') }) : ui.reachNone),
    nearBound:
      !waiting && r.nearBound ? fill(ui.reachNearBound, { ceiling: write.withUnit(r.population, 'people') }) : null,
    bars: [ui.chart1, ui.chart2, ui.chart3].map((name, i) => {
      // the name goes in now; the value is split out to be shown in bold
      const [before, after] = splitAround(fill(ui.chartBar, { name }), 'value');
      return {
        before,
        value: shown(r.cumulative[i]!),
        after,
        at: waiting ? 0 : axisPosition(r.cumulative[i]!, r.population),
      };
    }),
    ticks: axisTicks(r.population).map((value) => ({
      label: write.compact(value),
      at: axisPosition(value, r.population),
    })),
    ceiling: fill(ui.chartCeiling, { ceiling: write.count(r.population) }),
    rows: [ui.degree1, ui.degree2, ui.degree3].map((name, i) => ({
      name,
      added: shown(r.perDegree[i]!),
      soFar: shown(r.cumulative[i]!),
    })),
  };
}

/** The whole display for one view: a pure function of the view, the content and the writer. */
export function displayView(view: EstimatorView, content: EstimatorContent, write: NumberWriter): EstimatorDisplay {
  const { ui } = content.words;
  const one = partOne(view, content, write);
  return {
    stale: view.needsFixing,
    method: view.state.method,
    methods: [
      { id: 'circles', label: ui.methodCircles },
      { id: 'names', label: ui.methodNames },
    ],
    one,
    two: partTwo(view, content, write, view.waiting.one ? one.summary : null),
    three: partThree(view, content, write),
  };
}
