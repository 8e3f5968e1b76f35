import { z } from 'astro/zod';
import { purposeIds } from '../lib/purposes';
import { sourceUrl } from './source';
import { audiences, levels, phaseIds, sectionIds } from '../lib/checklist/types';

/**
 * The promotion checklist's words: src/content/checklist/items.yaml (one entry per plan item)
 * and src/content/checklist/words.yaml (phases, sections, groups, purposes, sources, messages).
 * Editors change the words there; the code in src/lib/checklist builds the plan from them.
 */
const line = z.string().trim().min(1).max(240);
const levelList = z.array(z.enum(levels)).min(1).optional();

const itemSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/).max(60),
    phase: z.enum(phaseIds),
    section: z.enum(sectionIds),
    text: z.object({ self: line, manager: line }),
    why: z.string().trim().min(1).max(160),
    who: z.number().int().min(0).max(3),
    forEach: z.enum(['internal', 'external']).optional(),
    whenNoGroups: z.enum(['internal', 'external']).optional(),
    levels: levelList,
    sameOrg: z.boolean().optional(),
    audience: z.enum(audiences).optional(),
    source: z.string().min(1).optional(),
  })
  .refine((item) => !item.forEach || /\{group\}/.test(item.text.self + item.text.manager), {
    message: 'an item repeated for each group must mention {group} in its text',
  });

/** src/content/checklist/items.yaml: one entry, `plan`, holding the items in reading order */
export const checklistItemSchema = z.object({
  items: z
    .array(itemSchema)
    .min(1)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'item ids must be unique' }),
});

const phaseSchema = z.object({
  id: z.enum(phaseIds),
  label: line,
  inSentence: line,
  gist: line.optional(),
  day: z.number().int().min(1).max(366),
  milestone: line,
});

const groupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().trim().min(1).max(60),
  kind: z.enum(['internal', 'external']),
  levels: levelList,
});

export const checklistWordsSchema = z.object({
  phases: z.array(phaseSchema).length(phaseIds.length),
  sections: z.array(z.object({ id: z.enum(sectionIds), title: line })).length(sectionIds.length),
  groups: z.array(groupSchema).min(1),
  purposes: z.array(z.object({ id: z.enum(purposeIds), section: z.enum(sectionIds), note: line })),
  sources: z.array(z.object({ id: z.string().min(1), citation: line, short: z.string().trim().min(1).max(40), url: sourceUrl.optional() })).min(1),
  levels: z.array(z.object({ id: z.enum(levels), label: line })).length(levels.length),
  audiences: z.array(z.object({ id: z.enum(audiences), label: line })).length(audiences.length),
  text: z.object({
    yourReport: line,
    numbers: z.array(z.string().trim().min(1).max(20)).min(phaseIds.length + 1),
    and: z.string().trim().min(1).max(20),
    previewLead: line.refine((t) => t.includes('{count}'), { message: 'previewLead must contain {count}' }),
    previewRest: z.string().min(1).max(400).refine((t) => t.includes('{phases}'), { message: 'previewRest must contain {phases}' }),
    noscript: z.string().trim().min(1).max(600).refine((t) => t.includes('{phases}'), { message: 'noscript must contain {phases}' }),
    recovered: line,
    recoveredOk: z.string().trim().min(1).max(20),
    fixOne: line,
    fixMany: line.refine((t) => t.includes('{count}'), { message: 'fixMany must contain {count}' }),
    fixKept: line,
    /** "Erase my checklist" and its confirmation */
    erase: z.object({ start: line, question: line, yes: line, no: line, group: line, done: line }),
  }),
  /** messages shown next to fields, by error code (see src/lib/checklist/profile.ts) */
  errors: z.record(z.string(), line),
});

export type ChecklistWordsData = z.infer<typeof checklistWordsSchema>;
