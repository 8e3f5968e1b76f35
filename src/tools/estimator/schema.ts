import { z } from 'astro/zod';
import { layerIds, reachIds } from '@/tools/estimator/model';
import { unitIds, type UnitId } from '@/tools/estimator/numbers';
import { messageKeys, messageRules, noscriptKeys, noscriptRules, uiKeys, uiRules } from '@/tools/estimator/words';
import { purposeIds } from '@/purposes/ids';
import type { TemplateRule } from '@/shared/template';
import { sourceUrl } from '@/shared/source-schema';
import { storeNoticeWordsSchema } from '@/shared/store-notice-schema';
import { templateString } from '@/shared/template-schema';

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

/**
 * Templates keyed by `keys`, every key required, each checked by templateString against its rule
 * (a key without a rule may use no placeholder): `group.key` names it in the build’s message.
 */
function templates<K extends string>(
  group: string,
  keys: readonly K[],
  rules: Readonly<Partial<Record<K, TemplateRule>>>,
) {
  return z
    .object(
      Object.fromEntries(keys.map((key) => [key, templateString(`${group}.${key}`, text, rules[key])])) as Record<
        K,
        ReturnType<typeof templateString>
      >,
    )
    .strict();
}

const count = { required: ['n'] };
const pluralForms = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
/** a count with a unit per plural category of the locale ("{n} person"); `other` is required */
const unitWords = (unit: UnitId) =>
  templates(`numbers.units.${unit}`, [...pluralForms, 'range'], {
    ...Object.fromEntries(pluralForms.map((form) => [form, count])),
    range: { required: ['min', 'max'] },
  }).partial({ zero: true, one: true, two: true, few: true, many: true });

/** How numbers are written (words.yaml "numbers"): the words around them, never the figures. */
const numberWords = z
  .object({
    notAvailable: templateString('numbers.notAvailable', text),
    thousands: templateString('numbers.thousands', text, count),
    millions: templateString('numbers.millions', text, count),
    units: z
      .object(
        Object.fromEntries(unitIds.map((id) => [id, unitWords(id)])) as Record<UnitId, ReturnType<typeof unitWords>>,
      )
      .strict(),
  })
  .strict();

/** All other words of the estimator (src/content/estimator/words.yaml, entry "main"). */
export const estimatorWordsSchema = z.object({
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
  noscriptTable: templates('noscriptTable', noscriptKeys, noscriptRules),
  sourcesTitle: z.string().min(1),
  numbers: numberWords,
  /** inline messages next to a field, with {placeholders}; every key is required */
  messages: templates('messages', messageKeys, messageRules),
  /** interface words and result sentences, with {placeholders}; every key is required */
  ui: templates('ui', uiKeys, uiRules),
  sources: z.array(source).min(1),
});

export type EstimatorLayer = z.output<typeof estimatorLayerSchema>;
export type EstimatorTarget = z.output<typeof estimatorTargetSchema>;
export type EstimatorWords = z.output<typeof estimatorWordsSchema>;
