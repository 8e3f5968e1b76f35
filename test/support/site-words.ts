/**
 * Words for tests: the site-wide words (src/content/site/words.yaml, validated by the content
 * collection's schema) and the purposes' names.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { siteWordsSchema } from '../../src/shared/site-words-schema';
import { saveProblem } from '../../src/shared/storage/storage-engine';
import { loadPurposeModel } from './purpose-model';
import { purposeLabels } from '../../src/purposes/model';
import type { PurposeId } from '../../src/purposes/ids';

export function loadSiteWords() {
  // relative to the project root (vitest's cwd): import.meta.url is not a file URL under happy-dom
  const file = parse(readFileSync(resolve(process.cwd(), 'src/content/site/words.yaml'), 'utf8')) as { words: unknown };
  // the save-problem notice is beside $saveFailed now (src/shared/storage/storage-engine.ts)
  return { ...siteWordsSchema.parse(file.words), saveProblem: { message: saveProblem } };
}

/** the article's names for the five purposes, by id, as every tool is given them (the purpose model's labels) */
export function loadPurposeNames(): Readonly<Record<PurposeId, string>> {
  return purposeLabels(loadPurposeModel());
}
