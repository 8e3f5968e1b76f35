import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import {
  estimatorCopySchema,
  estimatorLayerSchema,
  estimatorTargetSchema,
  type EstimatorCopy,
  type EstimatorLayer,
  type EstimatorTarget,
} from '../../../src/schemas/estimator';

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
