import { z } from 'astro/zod';
import { confirmWordsSchema, storeNoticeWordsSchema } from '@/shared/store-notice-schema';
import { purposeIds } from '@/purposes/ids';
import { sourceUrl } from '@/shared/source-schema';
import { keyedByIds } from '@/shared/keyed-schema';
import { templateString } from '@/shared/template-schema';
import { planLabelIds } from '@/tools/quiz/plan-lines';
import { resultUiKeys, templateRules, uiKeys, type TemplatePath } from '@/tools/quiz/words';
import { dilemmaIds, keepApartIds, strategyIds } from '@/purposes/model';

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
const weight = z
  .number({ error: weightError })
  .int({ error: weightError })
  .min(0, { error: weightError })
  .max(5, { error: weightError });
export const weightsSchema = z
  .strictObject(
    {
      social: weight.optional(),
      career: weight.optional(),
      resource: weight.optional(),
      strategic: weight.optional(),
      brand: weight.optional(),
    },
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
    else if (n < 2)
      ctx.addIssue({ code: 'custom', path: ['answers'], message: `question "${q.id}" needs at least two answers` });
    else if (n > 10)
      ctx.addIssue({ code: 'custom', path: ['answers'], message: `question "${q.id}" has more than 10 answers` });
    duplicates((q.answers ?? []).map((a) => a.id)).forEach((dup) =>
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: `question "${q.id}" has two answers with the id "${dup}"`,
      }),
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

/** The quiz's own words about a purpose; the rest is in the purpose model (src/schemas/purpose.ts). */
const purposeTextSchema = z.strictObject({ short: text, summary: text });

/** A template at `path` in results.yaml, checked against its rule in templateRules (none: no placeholders). */
const template = (path: TemplatePath) => templateString(path, text, templateRules[path]);

type Template = ReturnType<typeof template>;
const uiSchema = z.strictObject({
  ...(Object.fromEntries(uiKeys.map((k) => [k, template(`ui.${k}`)])) as Record<(typeof uiKeys)[number], Template>),
  linkProblems: z.strictObject({ malformed: text, tampered: text, future: text, old: text }),
  result: z.strictObject(
    Object.fromEntries(resultUiKeys.map((k) => [k, template(`ui.result.${k}`)])) as Record<
      (typeof resultUiKeys)[number],
      Template
    >,
  ),
});

const t = template;
export const quizResultsSchema = z.object({
  ui: uiSchema,
  purposes: keyedByIds(
    'purposes',
    purposeIds,
    'src/lib/purposes.ts',
    'a short line and a summary',
    () => purposeTextSchema,
  ),
  dilemmaLabels: z.strictObject(
    Object.fromEntries(dilemmaIds.map((d) => [d, text])) as Record<(typeof dilemmaIds)[number], typeof text>,
  ),
  list: z.strictObject({ and: text, serialComma: z.boolean() }),
  headline: z.strictObject({ single: t('headline.single'), two: t('headline.two'), none: t('headline.none') }),
  tieNote: z.strictObject({ two: t('tieNote.two'), many: t('tieNote.many') }),
  range: t('range'),
  strategies: z.strictObject(
    Object.fromEntries(strategyIds.map((s) => [s, z.object({ label: text })])) as Record<
      (typeof strategyIds)[number],
      z.ZodObject<{ label: typeof text }>
    >,
  ),
  fit: z.strictObject({ fits: t('fit.fits'), partly: t('fit.partly'), notFit: t('fit.notFit') }),
  need: z.strictObject({ one: t('need.one'), many: t('need.many') }),
  remedy: z.strictObject({ change: t('remedy.change'), segment: t('remedy.segment'), separate: t('remedy.separate') }),
  recommendation: z.strictObject({
    one: t('recommendation.one'),
    oneWithCare: t('recommendation.oneWithCare'),
    segment: t('recommendation.segment'),
    separate: t('recommendation.separate'),
  }),
  tieMargin: z.number().min(0).max(20),
  reminders: z.array(z.object({ title: text, text })).min(1),
  sources: z.array(z.object({ text, href: sourceUrl.optional() })),
  notices: storeNoticeWordsSchema.extend({ erasedHere: text }),
  retakeConfirm: confirmWordsSchema,
  plan: z.strictObject({
    heading: z.strictObject({ segment: t('plan.heading.segment'), separate: t('plan.heading.separate') }),
    intro: t('plan.intro'),
    part: t('plan.part'),
    labels: z.strictObject(
      Object.fromEntries(planLabelIds.map((l) => [l, text])) as Record<(typeof planLabelIds)[number], typeof text>,
    ),
    apart: t('plan.apart'),
    sharesWith: t('plan.sharesWith'),
    keepApart: z.strictObject(
      Object.fromEntries(keepApartIds.map((k) => [k, text])) as Record<(typeof keepApartIds)[number], typeof text>,
    ),
    focusHeading: t('plan.focusHeading'),
    focusIntro: t('plan.focusIntro'),
  }),
});

/** One weighted answer, as the build reads it (src/lib/quiz/model.ts names the quiz's types from these). */
export type QuizAnswerData = z.output<typeof answerSchema>;
export type QuizQuestionsData = z.output<typeof quizQuestionsSchema>;
export type QuizResultsData = z.output<typeof quizResultsSchema>;
