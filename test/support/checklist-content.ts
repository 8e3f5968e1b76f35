/**
 * The checklist's real words for tests: src/content/checklist/*.yaml parsed and validated with
 * the same zod schemas the content collections use, shaped as the island's content.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { ChecklistIslandProps } from '../../src/tools/checklist/types';
import type { ChecklistContent, ItemTemplate } from '../../src/tools/checklist/model';
import { reviewSuggestions } from '../../src/tools/checklist/rhythm';
import { checklistItemSchema, checklistWordsSchema } from '../../src/tools/checklist/schema';
import { loadPurposeNames } from './site-words';
import { loadPurposeModel } from './purpose-model';

const read = (name: string): unknown =>
  // relative to the project root (vitest's cwd): import.meta.url is not a file URL under happy-dom
  parse(readFileSync(resolve(process.cwd(), 'src/content/checklist', name), 'utf8'));

/**
 * The items and words alone, validated with their schemas. Unit tests call this while their file
 * loads, so it computes no result that a test checks (a result computed then would not change with
 * the code under test: see fresh-import.ts).
 */
export function loadChecklistContent() {
  const itemsFile = read('items.yaml') as { plan: unknown };
  const items: ItemTemplate[] = checklistItemSchema.parse(itemsFile.plan).items;
  const wordsFile = read('words.yaml') as { words: unknown };
  const words = checklistWordsSchema.parse(wordsFile.words);
  return { items, words };
}

/** the island's content, as ChecklistTool.astro gives it */
export function checklistContent(): ChecklistContent {
  const { items, words } = loadChecklistContent();
  return {
    items,
    words,
    // each network's suggested review interval, as ChecklistTool.astro gives it from the purpose model
    suggestions: reviewSuggestions(loadPurposeModel(), words.rhythm.networks),
    purposeLabels: loadPurposeNames(),
    toolUrl: 'https://upproach.example/tools/promotion-checklist/',
  };
}

/** the island's props on the tool page (its headings one level below the page's h1) */
export function checklistIslandProps(): ChecklistIslandProps {
  return { content: checklistContent(), headingLevel: 2 };
}
