/**
 * The checklist's real words for tests: src/content/checklist/*.yaml parsed and validated with
 * the same zod schemas the content collections use, shaped as the island's props.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { ChecklistProps } from '../../src/components/checklist/types';
import { reviewSuggestions } from '../../src/lib/checklist/rhythm';
import type { ItemTemplate } from '../../src/lib/checklist/types';
import { checklistItemSchema, checklistWordsSchema } from '../../src/schemas/checklist';
import { loadPurposeNames } from './site-words';
import { loadPurposeModel } from './purpose-model';

const read = (name: string): unknown =>
  // relative to the project root (vitest's cwd): import.meta.url is not a file URL under happy-dom
  parse(readFileSync(resolve(process.cwd(), 'src/content/checklist', name), 'utf8'));

export function loadChecklistContent() {
  const itemsFile = read('items.yaml') as { plan: unknown };
  const items: ItemTemplate[] = checklistItemSchema.parse(itemsFile.plan).items;
  const wordsFile = read('words.yaml') as { words: unknown };
  const { audiences, errors, ...words } = checklistWordsSchema.parse(wordsFile.words);
  // each network's suggested review interval, as ChecklistBody.astro gives it from the purpose model
  const suggestions = reviewSuggestions(loadPurposeModel(), words.rhythm.networks);
  return { items, words, suggestions, labels: { audiences, errors } };
}

export function checklistProps(): ChecklistProps {
  const { items, words, suggestions, labels } = loadChecklistContent();
  return {
    content: { items, words, suggestions },
    labels,
    purposeLabels: loadPurposeNames(),
    frameLevel: 1,
    toolUrl: 'https://upproach.example/tools/promotion-checklist/',
  };
}
