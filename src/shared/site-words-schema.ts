import { z } from 'astro/zod';
import { templateString } from './template-schema';

/**
 * Site-wide words that belong to no single tool: src/content/site/words.yaml (one entry,
 * `words`): the link under every tool and the labels on the link-preview images.
 */
const line = z.string().trim().min(1).max(240);
/** a word or two */
const word = z.string().trim().min(1).max(40);

/** A sentence with {placeholders}, each required one used exactly once: see ./template. */
const template = (key: string, required: readonly string[]) => templateString(key, line, { required, once: true });

export const siteWordsSchema = z.object({
  /** the link under every tool's work area */
  toolFrame: z.object({
    yourDataLink: line,
    /** printed in place of a tool embedded in an article: {url} is the tool's own page */
    printLink: template('toolFrame.printLink', ['url']),
  }),
  /** the small labels and the byline on the link-preview images (og:image) */
  linkPreview: z.object({
    home: word,
    article: word,
    tool: word,
    byline: template('linkPreview.byline', ['author', 'minutes']),
  }),
});

export type SiteWords = z.infer<typeof siteWordsSchema>;
