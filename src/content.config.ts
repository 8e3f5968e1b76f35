import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { authorSchema } from './schemas/author';
import { estimatorWordsSchema, estimatorLayerSchema, estimatorTargetSchema } from '@/tools/estimator/schema';
import { toolSchema } from './schemas/tool';
import { quizQuestionsSchema, quizResultsSchema, quizShareSchema } from '@/tools/quiz/schema';
import { checklistItemSchema, checklistWordsSchema } from '@/tools/checklist/schema';
import { siteWordsSchema } from '@/shared/site-words-schema';
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
const estimatorWords = defineCollection({
  loader: file('src/content/estimator/words.yaml'),
  schema: estimatorWordsSchema,
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

// Promotion checklist: plan items and the words around them (src/schemas/checklist.ts).
const checklistItems = defineCollection({
  loader: file('src/content/checklist/items.yaml'),
  schema: checklistItemSchema,
});
const checklistWords = defineCollection({
  loader: file('src/content/checklist/words.yaml'),
  schema: checklistWordsSchema,
});

// Site-wide words: the "Your data" page, the save-problem notice, what each stored item is
// called (src/schemas/site-words.ts).
const siteWords = defineCollection({
  loader: file('src/content/site/words.yaml'),
  schema: siteWordsSchema,
});

export const collections = {
  articles,
  purposes,
  authors,
  tools,
  checklistItems,
  checklistWords,
  quizQuestions,
  quizResults,
  quizShare,
  estimatorLayers,
  estimatorTargets,
  estimatorWords,
  siteWords,
};
