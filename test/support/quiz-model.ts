import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { purposeIds, type PurposeId } from '../../src/purposes/ids';
import {
  quizQuestionsSchema,
  quizResultsSchema,
  quizShareSchema,
  type QuizContent,
  type QuizModel,
  type QuizTexts,
} from '../../src/tools/quiz/schema';
import type { Answers } from '../../src/tools/quiz/scoring';
import { allQuestions } from '../../src/tools/quiz/state';
import { loadPurposeModel } from './purpose-model';

/** A content file of the quiz as written, before validation. */
export const rawQuiz = (file: 'questions' | 'results' | 'share') =>
  parse(readFileSync(resolve(process.cwd(), `src/content/quiz/${file}.yaml`), 'utf8')) as Record<string, unknown>;

/** The real content files, validated by the real schemas (what the build does). */
export const loadQuestions = (): QuizModel => quizQuestionsSchema.parse(rawQuiz('questions'));
export const loadTexts = (): QuizTexts => quizResultsSchema.parse(rawQuiz('results'));
export const loadQuizShare = () => quizShareSchema.parse(rawQuiz('share').share);

/** What the island gets from its wrapper: the real content (or `model`), with the site's paths without a base. */
export function quizContent(model: QuizModel = loadQuestions()): QuizContent {
  return {
    model,
    texts: loadTexts(),
    purposes: loadPurposeModel(),
    links: {
      article: '/articles/is-there-a-purpose-behind-your-networking/',
      estimator: '/tools/network-size/',
      checklist: '/tools/promotion-checklist/',
      tool: '/tools/purpose-quiz/',
    },
    locale: 'en-US',
    site: 'UPPROACH',
    pageTitle: 'Networking purpose quiz · UPPROACH',
  };
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

/** The real questions answered so that Social, Strategic/Perspective and Personal Brand tie: the result keeps separate networks for the three. */
export const threeWayTieAnswers = (m: QuizModel = loadQuestions()): Answers =>
  Object.fromEntries(
    'close family audience advice door-openers accept-skills catch-up board trust-judgement meet-deciders endorse useful launching support'
      .split(' ')
      .map((answer, i) => [allQuestions(m)[i]!.id, answer]),
  );

/** An arbitrary complete answer set for a model (fast-check). */
export const completeAnswers = (m: QuizModel) =>
  fc
    .tuple(...allQuestions(m).map((q) => fc.constantFrom(...q.answers.map((a) => a.id))))
    .map((ids): Answers => Object.fromEntries(allQuestions(m).map((q, i) => [q.id, ids[i]!])));

/** Every point profile the real questions can produce: one answer per question, in every combination. */
export function reachableProfiles(): Record<PurposeId, number>[] {
  let profiles = new Map<string, number[]>([['0,0,0,0,0', [0, 0, 0, 0, 0]]]);
  for (const q of loadQuestions().questions) {
    const next = new Map<string, number[]>();
    for (const points of profiles.values())
      for (const a of q.answers) {
        const sum = points.map((v, i) => v + (a.weights[purposeIds[i]!] ?? 0));
        next.set(sum.join(), sum);
      }
    profiles = next;
  }
  return [...profiles.values()].map(
    (v) => Object.fromEntries(purposeIds.map((p, i) => [p, v[i]!])) as Record<PurposeId, number>,
  );
}
