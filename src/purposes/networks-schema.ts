import { z } from 'astro/zod';
import { cadenceIds, contactKindIds, networkIds, relationIds } from './networks';
import { reviewIntervalIds } from './review-interval';

/**
 * The network vocabulary (src/content/purposes/networks.yaml): the past network, how the other
 * named networks map onto the site's networks, the default contact cadence of every network,
 * the relations, the gives and which give Your people suggests to a person due a contact. A network, relation or cadence that does not exist stops the
 * build with a message naming the field.
 */
const text = z.string().trim().min(1);
const ids = <T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: `${what} is one of ${values.join(', ')}` });
const unique = <T extends z.ZodType<{ id: string }>>(item: T, field: string) =>
  z
    .array(item)
    .min(1)
    .refine((list) => new Set(list.map((x) => x.id)).size === list.length, { error: `${field}: every id once` });

export const networkModelSchema = z
  .strictObject({
    past: z.strictObject({
      label: text.max(60),
      inSentence: text.max(60),
      who: text,
      source: text,
      reviewEvery: ids(reviewIntervalIds, 'past.reviewEvery'),
      communicate: text,
    }),
    namedNetworks: unique(
      z.strictObject({
        id: z.string().regex(/^[a-z-]+$/),
        name: text,
        from: text,
        networks: z.array(ids(networkIds, 'namedNetworks[].networks')).min(1),
        note: text,
      }),
      'namedNetworks',
    ),
    cadence: z.strictObject(
      Object.fromEntries(networkIds.map((n) => [n, ids(cadenceIds, `cadence.${n}`)])) as Record<
        (typeof networkIds)[number],
        z.ZodEnum<{ [K in (typeof cadenceIds)[number]]: K }>
      >,
    ),
    relations: unique(
      z.strictObject({ id: ids(relationIds, 'relations[].id'), label: text.max(40), inSentence: text }),
      'relations',
    ).refine((list) => list.length === relationIds.length, {
      error: `relations: one entry per ${relationIds.join(', ')}`,
    }),
    gives: unique(
      z.strictObject({
        id: z.string().regex(/^[a-z-]+$/),
        for: z.array(ids(contactKindIds, 'gives[].for')).min(1),
        label: text.max(60),
        line: text,
      }),
      'gives',
    ).refine((list) => contactKindIds.every((k) => list.some((g) => g.for.includes(k))), {
      error: `gives: every kind of contact (${contactKindIds.join(', ')}) needs at least one give`,
    }),
    /** the give Your people suggests to a person due a contact: the first rule that fits */
    keepInTouch: z
      .array(
        z.strictObject({
          for: ids(contactKindIds, 'keepInTouch[].for'),
          networks: z.array(ids(networkIds, 'keepInTouch[].networks')).min(1).optional(),
          give: z.string().regex(/^[a-z-]+$/),
        }),
      )
      .min(1),
  })
  .superRefine((model, ctx) => {
    for (const [i, rule] of model.keepInTouch.entries()) {
      const give = model.gives.find((g) => g.id === rule.give);
      if (!give)
        ctx.addIssue({
          code: 'custom',
          path: ['keepInTouch', i, 'give'],
          message: `keepInTouch[${i}].give: no give "${rule.give}" in gives`,
        });
      else if (!give.for.includes(rule.for))
        ctx.addIssue({
          code: 'custom',
          path: ['keepInTouch', i, 'give'],
          message: `keepInTouch[${i}]: the give "${rule.give}" does not suit ${rule.for} (its for: ${give.for.join(', ')})`,
        });
    }
  });

export type NetworkModel = z.output<typeof networkModelSchema>;
