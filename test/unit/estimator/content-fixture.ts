import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { SITE } from '../../../src/config';
import { languageTag, numberWriter, type NumberWriter } from '../../../src/lib/estimator/numbers';
import {
  estimatorCopySchema,
  estimatorLayerSchema,
  estimatorTargetSchema,
  type EstimatorCopy,
  type EstimatorLayer,
  type EstimatorTarget,
} from '../../../src/schemas/estimator';
import { loadPurposeNames } from '../storage/site-words-fixture';

const read = (file: string): unknown => parse(readFileSync(resolve(process.cwd(), 'src/content/estimator', file), 'utf8'));

/** The real content files, validated by the real schemas (what the build does). */
export function loadLayers(): EstimatorLayer[] {
  return (read('layers.yaml') as unknown[]).map((entry) => estimatorLayerSchema.parse(entry));
}

export function loadTargets(): EstimatorTarget[] {
  return (read('targets.yaml') as unknown[]).map((entry) => estimatorTargetSchema.parse(entry));
}

export function loadCopy(): EstimatorCopy {
  const entries = read('copy.yaml') as { id: string }[];
  return estimatorCopySchema.parse(entries.find((e) => e.id === 'main'));
}

/** The article's purpose names from src/content/site/words.yaml, validated by the site words schema. */
export const loadPurposeLabels = loadPurposeNames;

/** The site's locale as the estimator gets it (EstimatorBody.astro reads SITE.locale the same way). */
export const siteLocale = languageTag(SITE.locale);

/** Numbers written as the page writes them: the site's locale and copy.yaml's words. */
export function loadWriter(): NumberWriter {
  return numberWriter(siteLocale, loadCopy().numbers);
}
