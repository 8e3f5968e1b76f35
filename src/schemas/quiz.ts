import { z } from 'astro/zod';
import { confirmWordsSchema, storeNoticeWordsSchema } from './store-notice';
import { purposeIds } from '../lib/purposes';
import { sourceUrl } from './source';
import { templateString } from './template';
import { dilemmaIds, resultUiKeys, templateRules, uiKeys, type TemplatePath } from '../lib/quiz/texts';
import { strategyIds } from '../lib/quiz/types';

/**
 * The purpose quiz's words and weights (src/content/quiz/). Mistakes an editor can make fail the
 * build with a message that names the question: a weight on an unknown purpose, a question
 * with no answers, a duplicate id.
 */
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'ids are lower-case letters, digits and hyphens (at most 40)' });
const text = z.string().trim().min(1);
const purposeList = purposeIds.join(', ');

const weightError = 'a weight is a whole number from 0 to 5';
const weight = z.number({ error: weightError }).int({ error: weightError }).min(0, { error: weightError }).max(5, { error: weightError });
export const weightsSchema = z
  .strictObject(
    { social: weight.optional(), career: weight.optional(), resource: weight.optional(), strategic: weight.optional(), brand: weight.optional() },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `weight on an unknown purpose (${issue.keys.join(', ')}); the purposes are ${purposeList}`
          : undefined,
    },
  )
  .refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), {
    error: `an answer needs a weight above 0 on at least one purpose (${purposeList})`,
  });

const answerSchema = z.object({ id, text, weights: weightsSchema });

const questionSchema = z
  .object({ id, prompt: text, hint: text.optional(), answers: z.array(answerSchema).optional() })
  .superRefine((q, ctx) => {
    const n = q.answers?.length ?? 0;
    if (n === 0) ctx.addIssue({ code: 'custom', path: ['answers'], message: `question "${q.id}" has no answers` });
    else if (n < 2) ctx.addIssue({ code: 'custom', path: ['answers'], message: `question "${q.id}" needs at least two answers` });
    else if (n > 10) ctx.addIssue({ code: 'custom', path: ['answers'], message: `question "${q.id}" has more than 10 answers` });
    duplicates((q.answers ?? []).map((a) => a.id)).forEach((dup) =>
      ctx.addIssue({ code: 'custom', path: ['answers'], message: `question "${q.id}" has two answers with the id "${dup}"` }),
    );
  })
  .transform((q) => ({ ...q, answers: q.answers ?? [] }));

const strategyQuestionSchema = z
  .object({
    id,
    prompt: text,
    hint: text.optional(),
    answers: z.array(z.object({ id: z.enum(strategyIds), text })),
  })
  .superRefine((q, ctx) => {
    const ids = q.answers.map((a) => a.id);
    if (ids.length !== strategyIds.length || strategyIds.some((s) => !ids.includes(s))) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: `the inviting-strategy question needs exactly one answer for each of ${strategyIds.join(', ')}`,
      });
    }
  });

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((x, i) => ids.indexOf(x) !== i))];
}

export const quizQuestionsSchema = z
  .object({
    strategyQuestion: strategyQuestionSchema,
    questions: z.array(questionSchema).min(1).max(30),
  })
  .superRefine((quiz, ctx) => {
    const ids = [quiz.strategyQuestion.id, ...quiz.questions.map((q) => q.id)];
    duplicates(ids).forEach((dup) =>
      ctx.addIssue({ code: 'custom', path: ['questions'], message: `duplicate question id "${dup}"` }),
    );
  });

const purposeTextSchema = z.object({
  short: text,
  summary: text,
  strategy: z.enum(strategyIds),
  anchor: id.or(z.string().regex(/^[a-z0-9-]+$/)),
  dilemmas: z.strictObject(Object.fromEntries(dilemmaIds.map((d) => [d, text])) as Record<(typeof dilemmaIds)[number], typeof text>),
});

/** A template at `path` in results.yaml, checked against its rule in templateRules (none: no placeholders). */
const template = (path: TemplatePath) => templateString(path, text, templateRules[path]);

type Template = ReturnType<typeof template>;
const uiSchema = z.strictObject({
  ...(Object.fromEntries(uiKeys.map((k) => [k, template(`ui.${k}`)])) as Record<(typeof uiKeys)[number], Template>),
  linkProblems: z.strictObject({ malformed: text, tampered: text, future: text, old: text }),
  result: z.strictObject(
    Object.fromEntries(resultUiKeys.map((k) => [k, template(`ui.result.${k}`)])) as Record<(typeof resultUiKeys)[number], Template>,
  ),
});

const purposeKey = z.enum(purposeIds, { error: `unknown purpose; the purposes are ${purposeList}` });

export const quizResultsSchema = z
  .object({
    ui: uiSchema,
    purposes: z.strictObject(
      Object.fromEntries(purposeIds.map((p) => [p, purposeTextSchema])) as Record<(typeof purposeIds)[number], typeof purposeTextSchema>,
      {
        error: (issue) =>
          issue.code === 'unrecognized_keys' ? `texts for an unknown purpose (${issue.keys.join(', ')}); the purposes are ${purposeList}` : undefined,
      },
    ),
    dilemmaLabels: z.strictObject(Object.fromEntries(dilemmaIds.map((d) => [d, text])) as Record<(typeof dilemmaIds)[number], typeof text>),
    list: z.strictObject({ and: text, serialComma: z.boolean() }),
    headline: z.object({ single: template('headline.single'), tie: template('headline.tie') }),
    /** shown as it is: no placeholders */
    tieNote: template('tieNote'),
    /** a purpose's network, named from its label in the site words: "{purpose} network" */
    networkName: template('networkName'),
    strategies: z.strictObject(
      Object.fromEntries(strategyIds.map((s) => [s, z.object({ label: text })])) as Record<
        (typeof strategyIds)[number],
        z.ZodObject<{ label: typeof text }>
      >,
    ),
    fit: z.object({ match: template('fit.match'), differ: template('fit.differ'), mixed: template('fit.mixed') }),
    tieMargin: z.number().min(0).max(20),
    conflictThreshold: z.number().min(1).max(50),
    conflicts: z.array(z.object({ a: purposeKey, b: purposeKey, reason: text, advice: z.array(text).min(1) })),
    noConflict: text,
    reminders: z.array(z.object({ title: text, text })).min(1),
    sources: z.array(z.object({ text, href: sourceUrl.optional() })),
    notices: storeNoticeWordsSchema.extend({ erasedHere: text }),
    retakeConfirm: confirmWordsSchema,
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.conflicts.forEach((c, i) => {
      if (c.a === c.b) ctx.addIssue({ code: 'custom', path: ['conflicts', i], message: `conflict ${i + 1} pairs "${c.a}" with itself` });
      const key = [c.a, c.b].sort().join('+');
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['conflicts', i], message: `duplicate conflict between "${c.a}" and "${c.b}"` });
      seen.add(key);
    });
  });

export type QuizQuestionsData = z.infer<typeof quizQuestionsSchema>;
export type QuizResultsData = z.infer<typeof quizResultsSchema>;
