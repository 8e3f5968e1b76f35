/**
 * The checklist's real content for tests: src/content/checklist/*.yaml parsed and validated with
 * the same zod schemas the content collections use, shaped as ChecklistTool.astro gives it to the island.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { purposeFits, reviewSuggestions } from '../../src/tools/checklist/networks';
import { checklistItemsSchema, checklistTextsSchema, type ChecklistContent } from '../../src/tools/checklist/schema';
import { loadPeopleRules } from './people-db';
import { loadNetworkModel, loadPurposeModel, loadPurposeNames } from './purpose-model';

/** a file of src/content/checklist as written, before validation (relative to vitest's cwd, the project root) */
export const rawChecklistFile = (name: 'items' | 'texts'): Record<string, unknown> =>
  parse(readFileSync(resolve(process.cwd(), `src/content/checklist/${name}.yaml`), 'utf8')) as Record<string, unknown>;

export function checklistContent(): ChecklistContent {
  const texts = checklistTextsSchema.parse(rawChecklistFile('texts').texts);
  return {
    items: checklistItemsSchema.parse(rawChecklistFile('items').plan).items,
    texts,
    suggestions: reviewSuggestions(loadPurposeModel(), loadNetworkModel()),
    fits: purposeFits(loadNetworkModel(), loadPurposeModel()),
    purposeLabels: loadPurposeNames(),
    gives: loadNetworkModel().gives,
    seniority: loadPeopleRules().seniority,
    toolUrl: 'https://upproach.example/tools/promotion-checklist/',
  };
}
