import { reference } from 'astro:content';
import { z } from 'astro/zod';

/** The tools an article may embed; each value names a page under /tools/. */
export const toolIds = ['purpose-quiz', 'network-size', 'promotion-checklist', 'your-people'] as const;
export type ToolId = (typeof toolIds)[number];

export const correctionSchema = z.object({
  /** the seed text as published by the author */
  original: z.string().min(1),
  /** the text this site publishes instead */
  corrected: z.string().min(1),
});

export const articleSchema = z.object({
  title: z.string().min(1),
  /** a shorter title for the browser tab and search results, when the title is long */
  shortTitle: z.string().min(1).max(58).optional(),
  /** written for search results */
  description: z.string().min(50).max(160),
  author: reference('authors'),
  tags: z.array(z.string().min(1)).min(1),
  /** position in the series, 1-based */
  order: z.number().int().positive(),
  /** obvious typos corrected from the seed text, each listed so the change is visible */
  corrections: z.array(correctionSchema).default([]),
  /** tools embedded in this article */
  tools: z.array(z.enum(toolIds)).default([]),
});
