/**
 * The real site-wide words for tests: src/content/site/words.yaml parsed and validated with the
 * same zod schema the content collection uses.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { YourDataProps } from '../../src/tools/your-data/YourData';
import { describeStorage } from '../../src/shared/storage/registry';
import { siteWordsSchema, type SiteWords } from '../../src/shared/site-words-schema';
import { loadPurposeModel } from './purpose-model';
import { purposeLabels } from '../../src/purposes/model';
import type { PurposeId } from '../../src/purposes/ids';

/** the file's `words` entry as written, before validation */
export function rawSiteWords(): Record<string, unknown> {
  // relative to the project root (vitest's cwd): import.meta.url is not a file URL under happy-dom
  const file = parse(readFileSync(resolve(process.cwd(), 'src/content/site/words.yaml'), 'utf8')) as {
    words: Record<string, unknown>;
  };
  return file.words;
}

export function loadSiteWords(): SiteWords {
  return siteWordsSchema.parse(rawSiteWords());
}

/** the article's names for the five purposes, by id, as every tool is given them (the purpose model's labels) */
export function loadPurposeNames(): Readonly<Record<PurposeId, string>> {
  return purposeLabels(loadPurposeModel());
}

/** the props the "Your data" page gives its island */
export function yourDataProps(): YourDataProps {
  const { yourData, storage } = loadSiteWords();
  return { entries: describeStorage(storage), words: yourData, site: 'UPPROACH' };
}
