import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { quizQuestionsSchema, quizResultsSchema } from '../../src/tools/quiz/schema';
import type { PurposeId } from '../../src/purposes/ids';
import type { PurposeModel } from '../../src/purposes/model';
import type { QuizContent, QuizLinks, QuizModel, QuizWords } from '../../src/tools/quiz/model';

/** The real content files, validated by the real schema (what the build does). */
export function loadQuestions(): QuizModel {
  const raw = parse(readFileSync(resolve(process.cwd(), 'src/content/quiz/questions.yaml'), 'utf8'));
  return quizQuestionsSchema.parse(raw);
}

export function loadResults(): QuizWords {
  const raw = parse(readFileSync(resolve(process.cwd(), 'src/content/quiz/results.yaml'), 'utf8'));
  return quizResultsSchema.parse(raw);
}

/**
 * Answers leaning to `purpose`: every question gets the answer that gives it the most points, and
 * the inviting-strategy question gets `inviting`. With `alt`, every second question leans to `alt`.
 */
export function leaning(
  model: QuizModel,
  purpose: PurposeId,
  inviting: string,
  alt?: PurposeId,
): Record<string, string> {
  const answers: Record<string, string> = { inviting };
  model.questions.forEach((q, i) => {
    const p = alt && i % 2 === 1 ? alt : purpose;
    answers[q.id] = [...q.answers].sort((a, b) => (b.weights[p] ?? 0) - (a.weights[p] ?? 0))[0]!.id;
  });
  return answers;
}

/** A small quiz with every purpose reachable, for property tests. */
export const tinyModel: QuizModel = {
  strategyQuestion: {
    id: 'inviting',
    prompt: 'How do you invite?',
    answers: [
      { id: 'close', text: 'Close' },
      { id: 'middle', text: 'Middle' },
      { id: 'open', text: 'Open' },
    ],
  },
  questions: [
    {
      id: 'q1',
      prompt: 'One',
      answers: [
        { id: 'a', text: 'A', weights: { social: 3 } },
        { id: 'b', text: 'B', weights: { brand: 3, career: 1 } },
      ],
    },
    {
      id: 'q2',
      prompt: 'Two',
      answers: [
        { id: 'a', text: 'A', weights: { resource: 2 } },
        { id: 'b', text: 'B', weights: { strategic: 3 } },
        { id: 'c', text: 'C', weights: { social: 1, brand: 1 } },
      ],
    },
  ],
};

/** The links a test island gets (the site's paths without a base). */
export const testQuizLinks: QuizLinks = {
  article: '/articles/is-there-a-purpose-behind-your-networking/',
  estimator: '/tools/network-size/',
  checklist: '/tools/promotion-checklist/',
  tool: '/tools/purpose-quiz/',
};

/** What the island gets from its wrapper: the questions, the words and the purposes, with test links. */
export function quizContent(
  model: QuizModel,
  words: QuizWords,
  purposes: PurposeModel,
  more: Partial<Pick<QuizContent, 'links' | 'locale' | 'share'>> = {},
): QuizContent {
  return {
    model,
    words,
    purposes,
    links: testQuizLinks,
    locale: 'en-US',
    share: { copyNote: 'The preview link names your leading purpose.', copyPlain: 'Copy the plain link' },
    ...more,
  };
}
