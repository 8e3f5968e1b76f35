import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { estimatorLayerSchema, estimatorNotesSchema, estimatorTargetSchema } from '@/tools/estimator/schema';
import { toolSchema } from './schemas/tool';
import { quizQuestionsSchema, quizResultsSchema, quizShareSchema } from '@/tools/quiz/schema';
import { checklistItemsSchema, checklistTextsSchema } from '@/tools/checklist/schema';
import { purposeModelSchema } from '@/purposes/schema';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/articles' }),
  schema: articleSchema,
});

const authors = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './src/content/authors' }),
  schema: authorSchema,
});

const tools = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './src/content/tools' }),
  schema: toolSchema,
});

// The purpose model: what each of the five purposes means, read by every tool (src/schemas/purpose.ts).
const purposes = defineCollection({
  loader: glob({ pattern: 'purposes.yaml', base: './src/content/purposes' }),
  schema: purposeModelSchema,
});

// Tool collections are registered below this line, one per concern (see src/schemas/).
const estimatorLayers = defineCollection({
  loader: file('src/content/estimator/layers.yaml'),
  schema: estimatorLayerSchema,
});
const estimatorTargets = defineCollection({
  loader: file('src/content/estimator/targets.yaml'),
  schema: estimatorTargetSchema,
});
const estimatorNotes = defineCollection({
  loader: file('src/content/estimator/notes.yaml'),
  schema: estimatorNotesSchema,
});

const quizQuestions = defineCollection({
  loader: glob({ pattern: 'questions.yaml', base: './src/content/quiz' }),
  schema: quizQuestionsSchema,
});

const quizResults = defineCollection({
  loader: glob({ pattern: 'results.yaml', base: './src/content/quiz' }),
  schema: quizResultsSchema,
});

// The words of a shared quiz result's preview pages (src/tools/quiz/schema.ts).
const quizShare = defineCollection({
  loader: file('src/content/quiz/share.yaml'),
  schema: quizShareSchema,
});

// Promotion checklist: the plan's items and what the plan is made of (src/tools/checklist/schema.ts).
const checklistItems = defineCollection({
  loader: file('src/content/checklist/items.yaml'),
  schema: checklistItemsSchema,
});
const checklistTexts = defineCollection({
  loader: file('src/content/checklist/texts.yaml'),
  schema: checklistTextsSchema,
});

export const collections = {
  articles,
  purposes,
  authors,
  tools,
  checklistItems,
  checklistTexts,
  quizQuestions,
  quizResults,
  quizShare,
  estimatorLayers,
  estimatorTargets,
  estimatorNotes,
};
