/**
 * The estimator's interface words live in src/content/estimator/words.yaml ("ui"), with
 * {placeholders} for numbers and names. This module lists the keys (the schema requires every
 * one) and the placeholder rules the schema checks, and assembles the one-sentence answers with
 * the shared fill(): numbers are written first by a NumberWriter (numbers.ts) in the site's
 * locale ("30,000"). Pure: no React, no DOM.
 */
import { fill, type TemplateRule } from '@/shared/template';
import type { FieldError } from './fields';
import type { NumberWriter } from './numbers';
import type { Fit } from './purpose-fit';

export const uiKeys = [
  'introLive',
  'stale',
  'clear',
  'clearConfirm',
  'clearYes',
  'clearCancel',
  'cleared',
  'step1',
  'methodLegend',
  'methodCircles',
  'methodNames',
  'circlesLegend',
  'layerLabel',
  'circlesResult',
  'circlesInsufficient',
  'circlesCaption',
  'noCount',
  'colLayer',
  'colYou',
  'colTypical',
  'colCompared',
  'compareFewer',
  'compareSimilar',
  'compareMore',
  'compareNone',
  'namesLegend',
  'namesResult',
  'namesInsufficient',
  'namesWorking',
  'namesFormula',
  'namesComparison',
  'namesCaveatsTitle',
  'step2',
  'sourceQuiz',
  'sourceChosen',
  'sourceChosenQuiz',
  'sourceNone',
  'quizLinkText',
  'selectNone',
  'selectCompare',
  'selectPlaceholder',
  'useQuiz',
  'range',
  'answerChoose',
  'answerNeedEstimate',
  'answerAboutRight',
  'answerSmaller',
  'answerLarger',
  'answerAboveLimit',
  'answerAboutRightUpTo',
  'answerSmallerUpTo',
  'answerLargerUpTo',
  'targetLead',
  'targetLayers',
  'layerSeparator',
  'nextStepsTitle',
  'step3',
  'reachLegend',
  'useEstimate',
  'useEstimateCapped',
  'reachResult',
  'reachNone',
  'reachNearBound',
  'waiting',
  'chartCaption',
  'chart1',
  'chart2',
  'chart3',
  'chartBar',
  'chartCeiling',
  'reachCaption',
  'colStep',
  'colNew',
  'colSoFar',
  'degree1',
  'degree2',
  'degree3',
  'assumptionsTitle',
  'roughModelLead',
] as const;
export type UiKey = (typeof uiKeys)[number];
export type UiWords = Readonly<Record<UiKey, string>>;

/** The inline messages next to a field (words.yaml "messages"). */
export const messageKeys = [
  'empty',
  'emptyAtLeast',
  'notNumber',
  'negative',
  'fractional',
  'fractionalPercent',
  'tooSmall',
  'tooLarge',
  'hubs',
  'firstUnderHubs',
] as const;
export type MessageKey = (typeof messageKeys)[number];
export type MessageWords = Readonly<Record<MessageKey, string>>;

/** The captions of the no-JavaScript table (words.yaml "noscriptTable"). */
export const noscriptKeys = ['caption', 'colName', 'colSize'] as const;
export type NoscriptKey = (typeof noscriptKeys)[number];

/**
 * The placeholders each template must and may use (checked when the site is built, by
 * templateString in src/schemas/estimator.ts): a misspelt or dropped one stops the build instead
 * of staying visible on the page. Templates not listed may use none.
 */
const answer: TemplateRule = { required: ['estimate', 'purpose', 'range'], optional: ['missing'] };
const answerUpTo: TemplateRule = {
  required: ['estimate', 'count', 'layer', 'purpose', 'range'],
  optional: ['missing'],
};
export const uiRules: Readonly<Partial<Record<UiKey, TemplateRule>>> = {
  layerLabel: { required: ['order', 'name'] },
  circlesResult: { required: ['total'] },
  namesResult: { required: ['estimate'] },
  namesWorking: { required: ['population', 'known', 'total', 'estimate'] },
  namesFormula: { required: ['population', 'total'] },
  namesComparison: { required: ['mean'] },
  // the purpose's name is shown in bold at {purpose} and the quiz link at {quizLink}: once each
  sourceQuiz: { required: ['purpose'], once: true },
  sourceChosen: { required: ['purpose'], once: true },
  sourceChosenQuiz: { required: ['purpose', 'quiz'], once: true },
  sourceNone: { required: ['quizLink'], once: true },
  range: { required: ['min', 'max'] },
  answerNeedEstimate: { required: ['purpose'] },
  answerAboutRight: answer,
  answerSmaller: { required: ['estimate', 'purpose', 'range', 'missing'] },
  answerLarger: answer,
  answerAboveLimit: answer,
  answerAboutRightUpTo: answerUpTo,
  answerSmallerUpTo: { required: ['estimate', 'count', 'layer', 'purpose', 'range', 'missing'] },
  answerLargerUpTo: answerUpTo,
  targetLead: { required: ['purpose'] },
  targetLayers: { required: ['range', 'layers'] },
  useEstimate: { required: ['estimate'] },
  useEstimateCapped: { required: ['limit'] },
  reachResult: { required: ['total'] },
  reachNearBound: { required: ['ceiling'] },
  waiting: { required: ['field'] },
  // the value is shown in bold at {value}
  chartBar: { required: ['name', 'value'], once: true },
  chartCeiling: { required: ['ceiling'] },
};
export const messageRules: Readonly<Partial<Record<MessageKey, TemplateRule>>> = {
  notNumber: { required: ['min', 'max'] },
  emptyAtLeast: { required: ['min'] },
  tooSmall: { required: ['min'] },
  tooLarge: { required: ['max'] },
  hubs: { required: ['max'] },
  firstUnderHubs: { required: ['min'] },
};
export const noscriptRules: Readonly<Partial<Record<NoscriptKey, TemplateRule>>> = {
  caption: { required: ['population', 'total'] },
};

/** Split a template around one placeholder, so the caller can render it as a link or in bold. */
export function splitAround(template: string, name: string): [string, string] {
  const token = `{${name}}`;
  const at = template.indexOf(token);
  if (at < 0) return [template, ''];
  return [template.slice(0, at), template.slice(at + token.length)];
}

export interface PurposeAnswerInput {
  /** today's estimate; null when step 1 has not enough information */
  readonly estimate: number | null;
  /** the purpose's label; null when no purpose is chosen */
  readonly purpose: string | null;
  /** `limit`: the top of the range is a platform's limit, not what the network needs */
  readonly range: { readonly min: number; readonly max: number; readonly limit?: boolean } | null;
  readonly fit: Fit | null;
  readonly missing: number;
  /**
   * When the range is compared with the circles up to one layer rather than the whole
   * estimate: that layer's name and the count up to it. null: the whole estimate is compared.
   */
  readonly upTo?: { readonly layer: string; readonly count: number } | null;
}

/** The one-sentence answer of step 2, saying what was compared when it is not the whole estimate. */
export function purposeAnswer(ui: UiWords, write: NumberWriter, input: PurposeAnswerInput): string {
  if (!input.purpose || !input.range) return ui.answerChoose;
  if (input.estimate === null || input.fit === null) return fill(ui.answerNeedEstimate, { purpose: input.purpose });
  const values = {
    estimate: write.withUnit(input.estimate, 'people'),
    purpose: input.purpose,
    range: rangeText(ui, write, input.range),
    missing: write.count(input.missing),
  };
  const { upTo } = input;
  if (upTo) {
    const template = {
      smaller: ui.answerSmallerUpTo,
      'about-right': ui.answerAboutRightUpTo,
      larger: ui.answerLargerUpTo,
    }[input.fit];
    return fill(template, { ...values, layer: upTo.layer, count: write.withUnit(upTo.count, 'people') });
  }
  const larger = input.range.limit ? ui.answerAboveLimit : ui.answerLarger;
  const template = { smaller: ui.answerSmaller, 'about-right': ui.answerAboutRight, larger }[input.fit];
  return fill(template, values);
}

/** "about 500 to 30,000 people" */
export function rangeText(
  ui: UiWords,
  write: NumberWriter,
  range: { readonly min: number; readonly max: number },
): string {
  return fill(ui.range, { min: write.count(range.min), max: write.count(range.max) });
}

/**
 * Where the purpose in use comes from, as a template that still holds {purpose} (the caller
 * renders the purpose's name in bold there) and, for the quiz link, {quizLink}.
 */
export function purposeSourceTemplate(
  ui: UiWords,
  source: 'quiz' | 'chosen' | 'none',
  hasLabel: boolean,
  quizLabel: string | null,
): { readonly template: string; readonly slot: 'purpose' | 'quizLink' } {
  if (source === 'quiz' && hasLabel) return { template: ui.sourceQuiz, slot: 'purpose' };
  if (source === 'chosen' && hasLabel) {
    // the shared fill leaves {purpose} in place for the caller
    return { template: quizLabel ? fill(ui.sourceChosenQuiz, { quiz: quizLabel }) : ui.sourceChosen, slot: 'purpose' };
  }
  return { template: ui.sourceNone, slot: 'quizLink' };
}

/** The inline message for a field's problem, numbers written with their unit ("30,000 people"). */
export function fieldMessage(error: FieldError, words: MessageWords, write: NumberWriter): string {
  if (error.problem === 'hubs-over-first') return fill(words.hubs, { max: write.count(error.max) });
  if (error.problem === 'first-under-hubs') return fill(words.firstUnderHubs, { min: write.count(error.min) });
  const { spec } = error;
  switch (error.problem) {
    case 'empty':
      return spec.min <= 0 ? words.empty : fill(words.emptyAtLeast, { min: write.count(spec.min) });
    case 'not-number':
      // a number input reports text it cannot read (pasted words, 1e309) as empty: the message
      // says what it accepts, including the largest number
      return fill(words.notNumber, { min: write.count(spec.min), max: write.withUnit(spec.max, spec.unit) });
    case 'negative':
      return words.negative;
    case 'fractional':
      return spec.unit === 'percent' ? words.fractionalPercent : words.fractional;
    case 'too-small':
      return fill(words.tooSmall, { min: write.withUnit(spec.min, spec.unit) });
    case 'too-large':
      return fill(words.tooLarge, { max: write.withUnit(spec.max, spec.unit) });
  }
}
