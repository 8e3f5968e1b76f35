/** The estimator's real content files, validated by the real schemas, as EstimatorTool.astro builds them. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { purposeLabels } from '../../src/purposes/model';
import { withModelSizes } from '../../src/tools/estimator/purpose-fit';
import {
  estimatorLayerSchema,
  estimatorNotesSchema,
  estimatorTargetSchema,
  type EstimatorNotes,
} from '../../src/tools/estimator/schema';
import type { EstimatorContent } from '../../src/tools/estimator/view';
import { loadPurposeModel } from './purpose-model';

/** a content file as written, before validation */
export const readEstimatorFile = (file: string): unknown =>
  parse(readFileSync(resolve(process.cwd(), 'src/content/estimator', file), 'utf8'));

/** targets.yaml alone, validated */
export const loadTargetWords = () =>
  (readEstimatorFile('targets.yaml') as unknown[]).map((entry) => estimatorTargetSchema.parse(entry));

export const loadNotes = (): EstimatorNotes =>
  estimatorNotesSchema.parse((readEstimatorFile('notes.yaml') as { id: string }[]).find((e) => e.id === 'main'));

/** The island's content, from the real content files. */
export function loadContent(): EstimatorContent {
  const model = loadPurposeModel();
  return {
    layers: (readEstimatorFile('layers.yaml') as unknown[]).map((entry) => estimatorLayerSchema.parse(entry)),
    targets: withModelSizes(loadTargetWords(), model),
    notes: loadNotes(),
    purposeLabels: purposeLabels(model),
    quizHref: '/tools/purpose-quiz/',
  };
}
