import { z } from 'astro/zod';
import { purposeIds } from '@/purposes/ids';
import { sourceUrl } from '@/shared/source-schema';
import { layerIds, reachIds } from './ids';

/** One of Dunbar's circles as the estimator asks about it (src/content/estimator/layers.yaml). */
export const estimatorLayerSchema = z.object({
  id: z.enum(layerIds),
  /** position from the innermost circle, 1-based */
  order: z.number().int().positive(),
  name: z.string().min(1),
  /** the one-line prompt: "people you would call in a crisis" */
  prompt: z.string().min(1).max(160),
  /** the typical cumulative size of the layer in Dunbar's summary (5 / 15 / 50 / 150 / 500) */
  typical: z.number().int().positive(),
});

const text = z.string().min(1);
const sentences = z.array(text).min(1);

/**
 * What a purpose's network needs (src/content/estimator/targets.yaml): guidance derived from
 * the article and the cited layer sizes, not a research finding, and the page says so. No
 * purpose is tied to Dunbar's circles: they measure emotional closeness, not work.
 */
export const estimatorTargetSchema = z.strictObject({
  id: z.enum(purposeIds, {
    error: `id names a purpose that does not exist; the purposes are ${purposeIds.join(', ')}`,
  }),
  /** who belongs in it, in a few short items (the size range is in the purpose model) */
  composition: sentences,
  /** what to do when the reader's count of the people who serve it is below, inside or above the range */
  next: z.object({ smaller: sentences, 'about-right': sentences, larger: sentences }),
});

/** The estimator's editorial text (src/content/estimator/notes.yaml, entry "main"): research notes and sources. */
export const estimatorNotesSchema = z.object({
  circles: z.strictObject({ note: text, bandNote: text }),
  /** `range`: what the name method's range means and where it comes from */
  names: z.strictObject({ range: text, caveats: sentences, comparison: text }),
  purpose: z.strictObject({ guidanceNote: text }),
  /** `hints`: under each reach field, what its number means and where its default comes from */
  reach: z.strictObject({ hints: z.record(z.enum(reachIds), text), assumptions: sentences, roughModel: text }),
  sources: z.array(z.strictObject({ text, url: sourceUrl.optional() })).min(1),
});

export type EstimatorLayer = z.output<typeof estimatorLayerSchema>;
export type EstimatorTarget = z.output<typeof estimatorTargetSchema>;
export type EstimatorNotes = z.output<typeof estimatorNotesSchema>;
