import { z } from 'astro/zod';
import { purposeIds } from '@/purposes/ids';
import { dilemmaIds, keepApartIds, remedyIds, strategyIds, type PurposeModel } from '@/purposes/model';
import { keyedByIds } from '@/shared/keyed-schema';
import { sourceUrl } from '@/shared/source-schema';
import { templateString, type TemplateRule } from '@/shared/template-schema';

/**
 * The purpose quiz's editorial content (src/content/quiz/): the questions and their weights, what
 * the result says, and the preview pages' words. Mistakes an editor can make fail the build with a
 * message that names the question or the field. The interface words are in ./words.ts.
 */
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { error: 'ids are lower-case letters, digits and hyphens (at most 40)' });
const text = z.string().trim().min(1);
const purposeList = purposeIds.join(', ');

/** An object with one `value` per id of a list in code. */
const each = <K extends string, V extends z.ZodType>(
  ids: readonly K[],
  value: V,
  params?: Parameters<typeof z.strictObject>[1],
) => z.strictObject(Object.fromEntries(ids.map((k) => [k, value])) as Record<K, V>, params);

const weightError = { error: 'a weight is a whole number from 0 to 5' };
const weight = z.number(weightError).int(weightError).min(0, weightError).max(5, weightError);
const weightsSchema = each(purposeIds, weight.optional(), {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `weight on an unknown purpose (${issue.keys.join(', ')}); the purposes are ${purposeList}`
      : undefined,
}).refine((w) => Object.values(w).some((v) => (v ?? 0) > 0), {
  error: `an answer needs a weight above 0 on at least one purpose (${purposeList})`,
});

const problem = (ctx: z.RefinementCtx, path: string, message: string) =>
  ctx.addIssue({ code: 'custom', path: [path], message });

const questionSchema = z
  .object({
    id,
    prompt: text,
    hint: text.optional(),
    answers: z.array(z.object({ id, text, weights: weightsSchema })).optional(),
  })
  .superRefine((q, ctx) => {
    const n = q.answers?.length ?? 0;
    const count =
      n === 0 ? 'has no answers' : n < 2 ? 'needs at least two answers' : n > 10 ? 'has more than 10 answers' : null;
    if (count) problem(ctx, 'answers', `question "${q.id}" ${count}`);
    for (const dup of duplicates((q.answers ?? []).map((a) => a.id)))
      problem(ctx, 'answers', `question "${q.id}" has two answers with the id "${dup}"`);
  })
  .transform((q) => ({ ...q, answers: q.answers ?? [] }));

const strategyQuestionSchema = z
  .object({ id, prompt: text, hint: text.optional(), answers: z.array(z.object({ id: z.enum(strategyIds), text })) })
  .superRefine((q, ctx) => {
    const ids = q.answers.map((a) => a.id);
    if (ids.length !== strategyIds.length || strategyIds.some((s) => !ids.includes(s)))
      problem(
        ctx,
        'answers',
        `the inviting-strategy question needs exactly one answer for each of ${strategyIds.join(', ')}`,
      );
  });

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((x, i) => ids.indexOf(x) !== i))];
}

export const quizQuestionsSchema = z
  .object({ strategyQuestion: strategyQuestionSchema, questions: z.array(questionSchema).min(1).max(30) })
  .superRefine((quiz, ctx) => {
    for (const dup of duplicates([quiz.strategyQuestion.id, ...quiz.questions.map((q) => q.id)]))
      problem(ctx, 'questions', `duplicate question id "${dup}"`);
  });

/** A sentence the code fills in: the placeholders it must use (once each) and may use are named at its field. */
const filled = (key: string, rule: TemplateRule = {}) => templateString(key, text, rule);
const once = (key: string, ...required: string[]) => filled(key, { required, once: true });
/** sentences shown as written (no placeholder), one per id */
const plain = <K extends string>(key: string, ids: readonly K[]) =>
  z.strictObject(
    Object.fromEntries(ids.map((k) => [k, filled(`${key}.${k}`)])) as Record<K, ReturnType<typeof filled>>,
  );

export const quizResultsSchema = z.object({
  /** the quiz's own words about each purpose: a line for the intro and a summary under the headline */
  purposes: keyedByIds('purposes', purposeIds, 'src/purposes/ids.ts', 'a short line, an aim and a summary', () =>
    z.strictObject({ short: text, aim: text, summary: text }),
  ),
  dilemmaLabels: each(dilemmaIds, text),
  headline: z.strictObject({
    single: once('headline.single', 'network'),
    two: once('headline.two', 'networks'),
    none: filled('headline.none'),
    chosen: once('headline.chosen', 'network'),
  }),
  tieNote: z.strictObject({
    two: once('tieNote.two', 'margin'),
    many: filled('tieNote.many', { required: ['margin'], optional: ['count'], once: true }),
  }),
  choice: z.strictObject({
    ask: filled('choice.ask'),
    own: once('choice.own', 'network'),
    sharedChosen: once('choice.sharedChosen', 'network'),
    sharedNone: filled('choice.sharedNone'),
  }),
  aim: z.strictObject({ single: once('aim.single', 'aim'), tied: once('aim.tied', 'aim', 'network') }),
  conflictIntro: plain('conflictIntro', remedyIds),
  range: once('range', 'min', 'max'),
  strategies: each(strategyIds, z.object({ label: text })),
  fit: z.strictObject({
    fits: once('fit.fits', 'reader', 'networks'),
    partly: once('fit.partly', 'reader', 'suited', 'needs', 'remedy'),
    notFit: once('fit.notFit', 'reader', 'needs', 'remedy'),
  }),
  need: z.strictObject({ one: once('need.one', 'network', 'needed'), many: once('need.many', 'networks', 'needed') }),
  remedy: plain('remedy', ['change', ...remedyIds]),
  recommendation: plain('recommendation', ['one', 'oneWithCare', ...remedyIds]),
  tieMargin: z.number().min(0).max(20),
  reminders: z.array(z.object({ title: text, text })).min(1),
  sources: z.array(z.object({ text, href: sourceUrl.optional() })),
  plan: z.strictObject({
    heading: plain('plan.heading', remedyIds),
    intro: plain('plan.intro', remedyIds),
    part: once('plan.part', 'network'),
    labels: each(['who', 'howWell', 'share', 'never', 'apart', 'focus'], text),
    apart: once('plan.apart', 'networks', 'how'),
    sharesWith: once('plan.sharesWith', 'networks'),
    keepApart: each(keepApartIds, text),
    focusHeading: once('plan.focusHeading', 'network'),
    focusIntro: filled('plan.focusIntro'),
  }),
});

/** The words of a shared result's preview page (/tools/purpose-quiz/<purpose>/): {purpose} once in each template. */
const purposeTemplate = (key: string, max: number) =>
  templateString(key, z.string().trim().min(1).max(max), { required: ['purpose'], once: true });
export const quizShareSchema = z.strictObject({
  /** the page's title and its preview image's title */
  title: purposeTemplate('share.title', 90),
  /** the page's meta description (search results, link previews) */
  description: purposeTemplate('share.description', 200),
  /** the small label above the title on the preview image */
  kicker: z.string().trim().min(1).max(40),
  /** the heading over the purpose's description on a page opened without a result */
  aboutHeading: purposeTemplate('share.aboutHeading', 90),
  /** under it, what a network with the purpose is for: {aim} once */
  aboutAim: templateString('share.aboutAim', z.string().trim().min(1).max(120), { required: ['aim'], once: true }),
});

export type QuizModel = z.output<typeof quizQuestionsSchema>;
export type QuizTexts = z.output<typeof quizResultsSchema>;
export type QuizShare = z.output<typeof quizShareSchema>;

/** Everything the island gets from its wrapper (QuizTool.astro). */
export interface QuizContent {
  readonly model: QuizModel;
  readonly texts: QuizTexts;
  /** the purpose model (src/content/purposes/purposes.yaml): names, strategies, sizes, conflicts */
  readonly purposes: PurposeModel;
  /** site paths with the base path: the article (no fragment), the other tools, and this tool (share links) */
  readonly links: Readonly<Record<'article' | 'estimator' | 'checklist' | 'tool', string>>;
  /** BCP 47 tag numbers and dates are written in ("en-US") */
  readonly locale: string;
  /** the site's name, on the printed result */
  readonly site: string;
  /** the tool page's title (the tab's), put back when a reader leaves a shared result's preview page */
  readonly pageTitle: string;
}
