import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { SITE } from '../../src/config';
import { withModelSizes } from '../../src/lib/estimator/purpose-fit';
import { loadPurposeModel } from './purpose-model';
import type { EstimatorDisplay } from '../../src/lib/estimator/display';
import { languageTag, numberWriter, type NumberWriter } from '../../src/lib/estimator/numbers';
import {
  estimatorCopySchema,
  estimatorLayerSchema,
  estimatorTargetSchema,
  type EstimatorCopy,
  type EstimatorLayer,
  type EstimatorTarget,
} from '../../src/schemas/estimator';

const read = (file: string): unknown =>
  parse(readFileSync(resolve(process.cwd(), 'src/content/estimator', file), 'utf8'));

/** The real content files, validated by the real schemas (what the build does). */
export function loadLayers(): EstimatorLayer[] {
  return (read('layers.yaml') as unknown[]).map((entry) => estimatorLayerSchema.parse(entry));
}

/** targets.yaml with each range from the purpose model, as EstimatorBody.astro builds them */
export function loadTargets() {
  return withModelSizes(loadTargetWords(), loadPurposeModel());
}

/** targets.yaml alone, validated */
export function loadTargetWords(): EstimatorTarget[] {
  return (read('targets.yaml') as unknown[]).map((entry) => estimatorTargetSchema.parse(entry));
}

export function loadCopy(): EstimatorCopy {
  const entries = read('copy.yaml') as { id: string }[];
  return estimatorCopySchema.parse(entries.find((e) => e.id === 'main'));
}

/** The site's locale as the estimator gets it (EstimatorBody.astro reads SITE.locale the same way). */
export const siteLocale = languageTag(SITE.locale);

/** Numbers written as the page writes them: the site's locale and copy.yaml's words. */
export function loadWriter(): NumberWriter {
  return numberWriter(siteLocale, loadCopy().numbers);
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
  expect(written).not.toContain((notAvailable ??= loadCopy().numbers.notAvailable));
}
let notAvailable: string | undefined;
