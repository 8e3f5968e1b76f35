import { z } from 'astro/zod';

export const authorSchema = z.object({
  name: z.string().min(1),
  /** one line under the name */
  role: z.string().min(1),
  /** a short summary for cards and metadata (≤ 200 characters) */
  summary: z.string().min(1).max(200),
});
