import { z } from 'astro/zod';

const sentence = z.string().trim().min(1).max(300);

/**
 * What a tool says about its saved data (src/stores/persist.ts, StoreNotice): one sentence per
 * notice, keyed by the notice, and the OK that closes it. Every tool has these words.
 */
export const storeNoticeWordsSchema = z.strictObject({
  /** could not be read (damaged, or made for other questions): started fresh */
  unreadable: sentence,
  /** saved by a newer version of the site: kept untouched, nothing here is saved */
  newer: sentence,
  /** erased on another page of the site (another tab, the Your data page) */
  erased: sentence,
  /** changed on another page of the site: this page now shows it */
  replaced: sentence,
  ok: z.string().trim().min(1).max(20),
});

export type StoreNoticeWords = z.infer<typeof storeNoticeWordsSchema>;

/** the words of an action that asks first (src/components/ConfirmErase.tsx) */
export const confirmWordsSchema = z.strictObject({
  start: sentence,
  question: sentence,
  yes: sentence,
  no: sentence,
  group: sentence,
});
export type ConfirmWords = z.infer<typeof confirmWordsSchema>;
