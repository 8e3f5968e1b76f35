import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { SITE } from '@/config';
import { withModelSizes } from '../../src/tools/estimator/purpose-fit';
import { loadPurposeModel } from './purpose-model';
import type { EstimatorDisplay } from '../../src/tools/estimator/display';
import type { EstimatorContent } from '../../src/tools/estimator/model';
import { loadPurposeNames } from './site-words';
import { languageTag, numberWriter, type NumberWriter } from '../../src/tools/estimator/numbers';
import {
  estimatorWordsSchema,
  estimatorLayerSchema,
  estimatorTargetSchema,
  type EstimatorWords,
  type EstimatorLayer,
  type EstimatorTarget,
} from '../../src/tools/estimator/schema';

const read = (file: string): unknown =>
  parse(readFileSync(resolve(process.cwd(), 'src/content/estimator', file), 'utf8'));

/** The real content files, validated by the real schemas (what the build does). */
export function loadLayers(): EstimatorLayer[] {
  return (read('layers.yaml') as unknown[]).map((entry) => estimatorLayerSchema.parse(entry));
}

/** targets.yaml with each range from the purpose model, as EstimatorTool.astro builds them */
export function loadTargets() {
  return withModelSizes(loadTargetWords(), loadPurposeModel());
}

/** targets.yaml alone, validated */
export function loadTargetWords(): EstimatorTarget[] {
  return (read('targets.yaml') as unknown[]).map((entry) => estimatorTargetSchema.parse(entry));
}

export function loadWords(): EstimatorWords {
  const entries = read('words.yaml') as { id: string }[];
  return estimatorWordsSchema.parse(entries.find((e) => e.id === 'main'));
}

/** The site's locale as the estimator gets it (EstimatorTool.astro reads SITE.locale the same way). */
export const siteLocale = languageTag(SITE.locale);

/** The island's content as EstimatorTool.astro builds it, from the real content files. */
export function loadContent(): EstimatorContent {
  return {
    layers: loadLayers(),
    targets: loadTargets(),
    words: loadWords(),
    locale: siteLocale,
    purposeLabels: loadPurposeNames(),
    quizHref: '/tools/purpose-quiz/',
  };
}

/** Numbers written as the page writes them: the site's locale and words.yaml's words. */
export function loadWriter(): NumberWriter {
  return numberWriter(siteLocale, loadWords().numbers);
}

/**
 * Fails when the display writes NaN, Infinity, undefined, "not available" or an unfilled
 * {placeholder} anywhere. The fields' values are left out: they are the reader's own text,
 * shown back as typed (it may say "Infinity"); everything else is written by the estimator.
 */
export function expectNoBrokenText(display: EstimatorDisplay): void {
  const written = JSON.stringify(display, function (this: object, key, value: unknown) {
    return key === 'value' && 'unit' in this ? undefined : value;
  });
  expect(written).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
  expect(written).not.toContain((notAvailable ??= loadWords().numbers.notAvailable));
}
let notAvailable: string | undefined;
