import { z } from 'astro/zod';
import { networkIds } from '@/purposes/networks';
import { placeholders } from '@/shared/template';

/**
 * The sorting rules of "Your people" (src/content/people/rules.yaml): seniority words and the
 * rules that suggest a network. A network or seniority id that does not exist, or a rule that
 * can never apply, stops the build with a message naming the field.
 */
const text = z.string().trim().min(1);
const phrases = z.array(text.max(60)).min(1);

export const seniorityRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z-]*$/u, { error: 'a seniority id is lower-case letters and hyphens' }),
  label: text.max(40),
  phrases,
});

export const suggestionRuleSchema = z
  .strictObject({
    id: text,
    network: z.enum(networkIds, { error: `network is one of ${networkIds.join(', ')}` }),
    phrases: phrases.optional(),
    seniority: z.array(text).min(1).optional(),
    sameOrganization: z.literal(true).optional(),
    former: z.literal(true).optional(),
    because: text.max(200),
  })
  .refine((r) => r.phrases || r.seniority || r.sameOrganization || r.former, {
    error: 'a rule needs at least one of phrases, seniority, sameOrganization, former',
  })
  .refine((r) => placeholders(r.because).every((name) => name === 'word'), {
    error: 'because may use only {word}',
  });

export const peopleRulesSchema = z
  .strictObject({
    seniority: z.array(seniorityRuleSchema).min(1),
    rules: z.array(suggestionRuleSchema).min(1),
  })
  .refine((m) => new Set(m.seniority.map((s) => s.id)).size === m.seniority.length, {
    error: 'seniority: every id once',
  })
  .refine((m) => m.rules.every((r) => (r.seniority ?? []).every((id) => m.seniority.some((s) => s.id === id))), {
    error: 'rules: a seniority id that is not in seniority',
  });

export type PeopleRules = z.infer<typeof peopleRulesSchema>;
export type SeniorityRule = z.infer<typeof seniorityRuleSchema>;

/**
 * The keep-in-touch message (src/content/people/messages.yaml): the sentences before and after
 * the suggested give's line. Plain sentences: the code fills nothing in them.
 */
const plainSentence = text.max(400).refine((t) => placeholders(t).length === 0, {
  error: 'a keep-in-touch sentence names no {placeholder}',
});
export const keepMessageSchema = z.strictObject({ opener: plainSentence, ask: plainSentence });
export type KeepMessage = z.infer<typeof keepMessageSchema>;
