import { z } from 'astro/zod';
import { templateString } from '@/shared/template-schema';

/**
 * The words of a shared quiz result's preview page and of the copy-link part of the result:
 * src/content/quiz/share.yaml (one entry, `share`).
 */
const line = z.string().trim().min(1).max(240);
const purposeTemplate = (key: string, max = 240) =>
  templateString(key, z.string().trim().min(1).max(max), { required: ['purpose'], once: true });

export const quizShareSchema = z.strictObject({
  /** the page's title and its preview image's title: {purpose} once */
  title: purposeTemplate('share.title', 90),
  /** the page's meta description (search results, link previews): {purpose} once */
  description: purposeTemplate('share.description', 200),
  /** the small label above the title on the preview image */
  kicker: z.string().trim().min(1).max(40),
  /** the heading over the purpose's description on a page opened without a result */
  aboutHeading: purposeTemplate('share.aboutHeading', 90),
  /** next to the copy button: what the preview link reveals */
  copyNote: line,
  /** the button that copies the plain link (no purpose in the address) */
  copyPlain: z.string().trim().min(1).max(60),
});

export type QuizShareWords = z.output<typeof quizShareSchema>;
