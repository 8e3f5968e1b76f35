import { z } from 'astro/zod';
import { storeNoticeWordsSchema } from './store-notice';
import { purposeIds } from '../lib/purposes';
import { layerIds, reachIds } from '../lib/estimator/fields';
import { unitIds, type UnitId } from '../lib/estimator/numbers';
import {
  messageKeys,
  noscriptKeys,
  uiKeys,
  type MessageKey,
  type NoscriptKey,
  type UiKey,
} from '../lib/estimator/words';
import { sourceUrl } from './source';

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

const sentences = z.array(z.string().min(1)).min(1);

/**
 * What a purpose's network needs (src/content/estimator/targets.yaml): guidance derived from
 * the article and the cited layer sizes, not a research finding, and the page says so.
 */
export const estimatorTargetSchema = z.strictObject({
  id: z.enum(purposeIds, {
    error: `id names a purpose that does not exist; the purposes are ${purposeIds.join(', ')}`,
  }),
  /** who belongs in it, in a few short items (the size range is in the purpose model) */
  composition: sentences,
  /** which of Dunbar's circles it draws on */
  layers: z.array(z.enum(layerIds)).min(1),
  /** what to do next when today's estimate is below, inside or above the range */
  next: z.object({ smaller: sentences, 'about-right': sentences, larger: sentences }),
});

const source = z.object({
  /** the citation as readers see it */
  text: z.string().min(1),
  url: sourceUrl.optional(),
});

const fieldWords = z.object({ label: z.string().min(1), hint: z.string().min(1) });

const text = z.string().min(1);
/** a count with a unit per plural category of the locale ("{n} person"); `other` is required */
const unitWords = z
  .object({ zero: text, one: text, two: text, few: text, many: text })
  .partial()
  .extend({ other: text, range: text })
  .strict();

/** How numbers are written (copy.yaml "numbers"): the words around them, never the figures. */
const numberWords = z
  .object({
    notAvailable: text,
    thousands: text,
    millions: text,
    units: z
      .object(Object.fromEntries(unitIds.map((id) => [id, unitWords])) as Record<UnitId, typeof unitWords>)
      .strict(),
  })
  .strict();

/** All other words of the estimator (src/content/estimator/copy.yaml, entry "main"). */
export const estimatorCopySchema = z.object({
  intro: z.string().min(1),
  notices: storeNoticeWordsSchema,
  /** bandNote: the "close to typical" band is the site's presentation choice, and says so */
  circles: z.object({ intro: z.string().min(1), note: z.string().min(1), bandNote: z.string().min(1) }),
  names: z.object({ intro: z.string().min(1), caveats: sentences }),
  purpose: z.object({ intro: z.string().min(1), guidanceNote: z.string().min(1) }),
  reach: z.object({
    intro: z.string().min(1),
    introLive: z.string().min(1),
    fields: z.object(
      Object.fromEntries(reachIds.map((id) => [id, fieldWords])) as Record<
        (typeof reachIds)[number],
        typeof fieldWords
      >,
    ),
    assumptions: sentences,
    roughModel: z.string().min(1),
  }),
  noscript: z.string().min(1),
  /** captions of the name table shown without JavaScript, with {placeholders} */
  noscriptTable: z
    .object(Object.fromEntries(noscriptKeys.map((key) => [key, z.string().min(1)])) as Record<NoscriptKey, z.ZodString>)
    .strict(),
  sourcesTitle: z.string().min(1),
  numbers: numberWords,
  /** inline messages next to a field, with {placeholders}; every key is required */
  messages: z
    .object(Object.fromEntries(messageKeys.map((key) => [key, z.string().min(1)])) as Record<MessageKey, z.ZodString>)
    .strict(),
  /** interface words and result sentences, with {placeholders}; every key is required */
  ui: z
    .object(Object.fromEntries(uiKeys.map((key) => [key, z.string().min(1)])) as Record<UiKey, z.ZodString>)
    .strict(),
  sources: z.array(source).min(1),
});

export type EstimatorLayer = z.infer<typeof estimatorLayerSchema>;
export type EstimatorTarget = z.infer<typeof estimatorTargetSchema>;
export type EstimatorCopy = z.infer<typeof estimatorCopySchema>;
