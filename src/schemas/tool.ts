import { z } from 'astro/zod';

/**
 * A tool (src/content/tools/<id>.mdx): its name, one-line promise and summary for cards and
 * metadata in the frontmatter; the MDX body is the text shown under the tool on its page.
 */
export const toolSchema = z.object({
  title: z.string().min(1),
  /** one line under the title inside the work area, e.g. "3 minutes, nothing leaves your browser" */
  promise: z.string().min(1).max(90),
  /** for cards and the page's meta description */
  description: z.string().min(50).max(160),
  order: z.number().int().positive(),
  /** the article this tool belongs to (id in the articles collection) */
  article: z.string().min(1),
});
