/** The real words of src/content/quiz/share.yaml, validated with the collection's schema. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { quizShareSchema, type QuizShareWords } from '../../src/tools/quiz/share-schema';

export function rawQuizShare(): Record<string, unknown> {
  return (
    parse(readFileSync(resolve(process.cwd(), 'src/content/quiz/share.yaml'), 'utf8')) as {
      share: Record<string, unknown>;
    }
  ).share;
}

export function loadQuizShare(): QuizShareWords {
  return quizShareSchema.parse(rawQuizShare());
}
