import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { networkModelSchema } from '@/purposes/networks-schema';
import { purposeModelSchema } from '@/purposes/schema';
import { keepMessageSchema, peopleRulesSchema } from '@/tools/people/schema';
import { checklistItemsSchema, checklistTextsSchema } from '@/tools/checklist/schema';
import { estimatorLayerSchema, estimatorNotesSchema, estimatorTargetSchema } from '@/tools/estimator/schema';
import { quizQuestionsSchema, quizResultsSchema, quizShareSchema } from '@/tools/quiz/schema';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { toolSchema } from './schemas/tool';

/** every file of a folder that matches `pattern`, one entry each, named after the file */
const files = <S extends z.ZodType>(base: string, pattern: string, schema: S) =>
  defineCollection({ loader: glob({ pattern, base: `./src/content/${base}` }), schema });
/** one YAML file whose top-level keys are its entries */
const entries = <S extends z.ZodType>(path: string, schema: S) =>
  defineCollection({ loader: file(`src/content/${path}`), schema });

// Each schema lives beside the code that reads it: the purpose model in src/purposes/, each
// tool's in src/tools/<tool>/schema.ts, the site's own in src/schemas/.
export const collections = {
  articles: files('articles', '**/*.mdx', articleSchema),
  authors: files('authors', '**/*.md', authorSchema),
  tools: files('tools', '**/*.mdx', toolSchema),
  purposes: files('purposes', 'purposes.yaml', purposeModelSchema),
  networks: files('purposes', 'networks.yaml', networkModelSchema),
  estimatorLayers: entries('estimator/layers.yaml', estimatorLayerSchema),
  estimatorTargets: entries('estimator/targets.yaml', estimatorTargetSchema),
  estimatorNotes: entries('estimator/notes.yaml', estimatorNotesSchema),
  quizQuestions: files('quiz', 'questions.yaml', quizQuestionsSchema),
  quizResults: files('quiz', 'results.yaml', quizResultsSchema),
  quizShare: entries('quiz/share.yaml', quizShareSchema),
  checklistItems: entries('checklist/items.yaml', checklistItemsSchema),
  checklistTexts: entries('checklist/texts.yaml', checklistTextsSchema),
  peopleRules: files('people', 'rules.yaml', peopleRulesSchema),
  peopleMessages: entries('people/messages.yaml', keepMessageSchema),
};
