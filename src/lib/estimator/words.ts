/**
 * The estimator's interface words live in src/content/estimator/copy.yaml ("ui"), with
 * {placeholders} for numbers and names. This module lists the keys (the schema requires every
 * one), fills templates and assembles the one-sentence answers. Pure: no React, no DOM.
 */
import { formatCount } from './numbers';
import type { Fit } from './purpose-fit';

export const uiKeys = [
  'recovered', 'recoveredOk', 'stale', 'clear',
  'step1', 'methodLegend', 'methodCircles', 'methodNames',
  'circlesLegend', 'circlesResult', 'circlesInsufficient', 'circlesCaption',
  'colLayer', 'colYou', 'colTypical', 'colCompared',
  'compareFewer', 'compareSimilar', 'compareMore', 'compareNone',
  'namesLegend', 'namesResult', 'namesInsufficient', 'namesWorking', 'namesFormula', 'namesComparison', 'namesCaveatsTitle',
  'step2', 'sourceQuiz', 'sourceChosen', 'sourceChosenQuiz', 'sourceNone', 'quizLinkText',
  'selectNone', 'selectCompare', 'selectPlaceholder', 'useQuiz',
  'range', 'answerChoose', 'answerNeedEstimate', 'answerAboutRight', 'answerSmaller', 'answerLarger',
  'targetLead', 'targetLayers', 'nextStepsTitle',
  'step3', 'reachLegend', 'useEstimate', 'reachResult', 'reachNone', 'reachNearBound',
  'chartCaption', 'chart1', 'chart2', 'chart3', 'chartCeiling',
  'reachCaption', 'colStep', 'colNew', 'colSoFar', 'degree1', 'degree2', 'degree3',
  'assumptionsTitle', 'roughModelLead',
] as const;
export type UiKey = (typeof uiKeys)[number];
export type UiWords = Readonly<Record<UiKey, string>>;

/** Replace {name} with its value; numbers are formatted ("1,234"); unknown names become ''. */
export function fill(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (typeof value === 'number') return formatCount(value);
    return typeof value === 'string' ? value : '';
  });
}

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
  readonly range: { readonly min: number; readonly max: number } | null;
  readonly fit: Fit | null;
  readonly missing: number;
}

/** The one-sentence answer of step 2. */
export function purposeAnswer(ui: UiWords, input: PurposeAnswerInput): string {
  if (!input.purpose || !input.range) return ui.answerChoose;
  if (input.estimate === null || input.fit === null) return fill(ui.answerNeedEstimate, { purpose: input.purpose });
  const values = {
    estimate: input.estimate,
    purpose: input.purpose,
    range: fill(ui.range, { min: input.range.min, max: input.range.max }),
    missing: input.missing,
  };
  const template = { smaller: ui.answerSmaller, 'about-right': ui.answerAboutRight, larger: ui.answerLarger }[input.fit];
  return fill(template, values);
}
