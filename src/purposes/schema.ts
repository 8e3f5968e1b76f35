import { z } from 'astro/zod';
import { purposeIds } from '@/purposes/ids';
import { dilemmaIds, keepApartIds, remedyIds, strategyIds, type PurposeEntry } from '@/purposes/model';
import { reviewIntervalIds } from '@/purposes/review-interval';
import { keyedByIds } from '@/shared/keyed-schema';
import { templateString } from '@/shared/template-schema';

/**
 * The purpose model (src/content/purposes/purposes.yaml, one entry `purposes`): exactly one entry
 * per id of src/purposes/ids.ts, so a purpose left out, or an entry or a conflict naming a purpose
 * that does not exist, stops the build with a message naming the field.
 */
const text = z.string().trim().min(1);
const name = z.string().trim().min(1).max(60);
const list = purposeIds.join(', ');
const count = z.number().int().positive();
/** a line of a segment's box: short enough that the printed plan stays compact */
const short = text.max(140);

const entry = (id: string): z.ZodType<PurposeEntry> =>
  z.strictObject({
    label: name,
    inSentence: name,
    heading: name.max(80),
    anchor: z.string().regex(/^[a-z0-9-]+$/, {
      error: `purposes.${id}.anchor is a heading id: lower-case letters, digits and hyphens`,
    }),
    strategy: z
      .strictObject({
        id: z.enum(strategyIds, { error: `purposes.${id}.strategy.id is one of ${strategyIds.join(', ')}` }),
        allows: z
          .array(z.enum(strategyIds, { error: `purposes.${id}.strategy.allows lists ${strategyIds.join(', ')}` }))
          .default([]),
        reason: text,
      })
      .refine((s) => !s.allows.includes(s.id) && new Set(s.allows).size === s.allows.length, {
        error: `purposes.${id}.strategy.allows lists other strategies than its id, once each`,
      }),
    size: z
      .strictObject({
        min: count,
        minSource: text,
        max: count,
        maxSource: text,
        limit: z.boolean().default(false),
        basis: text,
      })
      .refine((s) => s.min < s.max, { error: `purposes.${id}.size: min must be below max` }),
    dilemmas: z.strictObject({
      ...(Object.fromEntries(dilemmaIds.map((d) => [d, text])) as Record<(typeof dilemmaIds)[number], typeof text>),
      howMany: templateString(`purposes.${id}.dilemmas.howMany`, text, { required: ['range'], once: true }),
    }),
    reviewEvery: z.enum(reviewIntervalIds, {
      error: `purposes.${id}.reviewEvery is one of ${reviewIntervalIds.join(', ')}`,
    }),
    plan: z.strictObject({ who: short, howWell: short, share: short, never: short, focus: text }),
  });

const purposeKey = (field: string) =>
  z.enum(purposeIds, { error: `${field} names a purpose that does not exist; the purposes are ${list}` });

export const purposeModelSchema = z
  .object({
    purposes: keyedByIds(
      'purposes',
      purposeIds,
      'src/purposes/ids.ts',
      'an entry (names, strategy, size, dilemmas, reviewEvery)',
      entry,
    ),
    conflicts: z.array(
      z.strictObject({
        a: purposeKey('conflicts.a'),
        b: purposeKey('conflicts.b'),
        remedy: z.enum(remedyIds),
        keepApart: z.enum(keepApartIds),
        reason: text,
        segment: z.array(text).min(1),
      }),
    ),
  })
  .superRefine((m, ctx) => {
    const seen = new Set<string>();
    m.conflicts.forEach((c, i) => {
      if (c.a === c.b)
        ctx.addIssue({ code: 'custom', path: ['conflicts', i], message: `conflicts.${i} pairs "${c.a}" with itself` });
      const key = [c.a, c.b].sort().join('+');
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: ['conflicts', i],
          message: `conflicts.${i}: a second conflict between "${c.a}" and "${c.b}"`,
        });
      seen.add(key);
      if (c.remedy === 'separate' && c.keepApart === 'lists')
        ctx.addIssue({
          code: 'custom',
          path: ['conflicts', i, 'keepApart'],
          message: `conflicts.${i}: separate networks are kept apart by separate accounts or privatePublic, not lists`,
        });
      if (c.remedy === 'segment' && c.keepApart !== 'lists')
        ctx.addIssue({
          code: 'custom',
          path: ['conflicts', i, 'keepApart'],
          message: `conflicts.${i}: a segmented network keeps its parts apart with lists`,
        });
    });
  });

export type PurposeModelData = z.infer<typeof purposeModelSchema>;
