import { z } from 'astro/zod';
import type { FirstStepsText } from '@/tools/checklist/first-steps';
import { networkIds, rhythmIds, type RhythmText } from '@/tools/checklist/rhythm';
import { purposeIds } from '@/purposes/ids';
import { reviewIntervalIds } from '@/purposes/review-interval';
import { templateString } from '@/shared/template-schema';

/**
 * The promotion checklist's words for keeping in touch (words.yaml `rhythm`: the networks, the
 * choices of how often to review them, the items and events they make) and for the three-step
 * start (words.yaml `firstSteps`). Each network and each choice is listed once, every interval
 * choice can be said mid-sentence, and every sentence uses only the placeholders the code fills.
 */
const line = z.string().trim().min(1).max(240);

function template(key: string, required: readonly string[], optional: readonly string[] = []) {
  return templateString(key, line, { required, optional });
}

/** a line for each reader; a manager's may name the promoted person ({person}) */
function forEach(key: string, required: readonly string[] = [], optional: readonly string[] = []) {
  return z.object({
    self: template(`${key}.self`, required, optional),
    manager: template(`${key}.manager`, required, ['person', ...optional]),
  });
}

const plural = (key: string) =>
  z.object({ one: template(`${key}.one`, [], ['count']), other: template(`${key}.other`, ['count']) });

export const rhythmWordsSchema: z.ZodType<RhythmText> = z.object({
  title: line,
  intro: forEach('rhythm.intro'),
  choices: z
    .array(z.object({ id: z.enum(rhythmIds), label: line, inSentence: line.optional() }))
    .length(rhythmIds.length)
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, {
      message: 'rhythm.choices must list each choice once',
    })
    .refine((list) => list.every((c) => c.id === 'none' || c.inSentence), {
      message: `rhythm.choices: each interval (${reviewIntervalIds.join(', ')}) needs inSentence`,
    }),
  suggestedTag: line,
  suggestion: templateString('rhythm.suggestion', z.string().trim().min(1).max(400), {
    required: ['every', 'answer'],
    optional: ['purpose'],
  }),
  networks: z
    .array(
      z.object({
        id: z.enum(networkIds),
        purpose: z.enum(purposeIds),
        legend: forEach('rhythm.networks.legend'),
        inSentence: forEach('rhythm.networks.inSentence'),
      }),
    )
    .length(networkIds.length)
    .refine((list) => new Set(list.map((n) => n.id)).size === list.length, {
      message: 'rhythm.networks must list each network once',
    }),
  item: forEach('rhythm.item', ['network', 'every', 'date']),
  why: z.union([template('rhythm.why', []), forEach('rhythm.why')]),
  eventTitle: template('rhythm.eventTitle', ['network', 'every']),
  prompt: z.union([template('rhythm.prompt', []), forEach('rhythm.prompt')]),
  downloaded: template('rhythm.downloaded', ['file', 'milestones', 'reviews']),
  milestones: plural('rhythm.milestones'),
  reviews: plural('rhythm.reviews'),
});

const steps = (key: string, optional: readonly string[]) =>
  z.array(template(key, [], optional)).length(3, { message: `${key} holds exactly three steps` });

export const firstStepsWordsSchema: z.ZodType<FirstStepsText> = z.object({
  choice: forEach('firstSteps.choice'),
  hint: forEach('firstSteps.hint'),
  title: line,
  lead: forEach('firstSteps.lead'),
  steps: z.object({ self: steps('firstSteps.steps.self', []), manager: steps('firstSteps.steps.manager', ['person']) }),
});
