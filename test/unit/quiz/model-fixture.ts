import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { quizQuestionsSchema, quizResultsSchema } from '../../../src/schemas/quiz';
import type { ResultTexts } from '../../../src/lib/quiz/texts';
import type { QuizModel } from '../../../src/lib/quiz/types';

/** The real content files, validated by the real schema (what the build does). */
export function loadQuestions(): QuizModel {
  const raw = parse(readFileSync(resolve(process.cwd(), 'src/content/quiz/questions.yaml'), 'utf8'));
  return quizQuestionsSchema.parse(raw);
}

export function loadResults(): ResultTexts {
  const raw = parse(readFileSync(resolve(process.cwd(), 'src/content/quiz/results.yaml'), 'utf8'));
  return quizResultsSchema.parse(raw);
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
