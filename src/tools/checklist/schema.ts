/**
 * The promotion checklist's editorial content, checked at build time: the plan's items
 * (src/content/checklist/items.yaml) and what the plan is made of (texts.yaml: phases, sections,
 * groups, levels, the quiz purpose's note, sources, the review rhythm, the three-step start and
 * the messages). Every sentence may name only the {placeholders} the code fills.
 */
import { z } from 'astro/zod';
import type { PurposeLabels } from '@/purposes/model';
import type { NetworkModel } from '@/purposes/networks-schema';
import type { PeopleRules } from '@/tools/people/schema';
import { placeholders } from '@/shared/template';
import { templateString } from '@/shared/template-schema';
import { sourceUrl } from '@/shared/source-schema';
import { messagesSchema } from './messages-schema';
import type { PurposeFits } from './networks';
import {
  MAX_PLAN_DAY,
  groupKinds,
  levelPlaceholders,
  levels,
  networkIds,
  peopleMatchers,
  phaseIds,
  sectionIds,
  type ReviewSuggestions,
} from './model';

const line = z.string().trim().min(1).max(240);
const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/)
  .max(60);
const levelList = z.array(z.enum(levels)).min(1).optional();
const template = (key: string, required: readonly string[] = [], optional: readonly string[] = []) =>
  templateString(key, line, { required, optional });
/** a line for each reader; a manager's may name the promoted person ({person}) */
const perReader = (key: string, required: readonly string[] = [], optional: readonly string[] = []) =>
  z.object({
    self: template(`${key}.self`, required, optional),
    manager: template(`${key}.manager`, required, ['person', ...optional]),
  });
/** one line for both readers, or one for each */
const oneOrPerReader = (key: string) => z.union([template(key, [], ['person']), perReader(key)]);
/** a list naming each id once */
const eachOnce = <T extends z.ZodType<{ id: string }>>(item: T, ids: readonly string[], key: string) =>
  z
    .array(item)
    .length(ids.length)
    .refine((list) => new Set(list.map((x) => x.id)).size === list.length, { message: `${key} must list each once` });

const why = z.string().trim().min(1).max(160);
/** the placeholders an item may use: {group} (the group mid-sentence), {person} and the level's phrases */
const itemPlaceholders: readonly string[] = ['group', 'person', ...levelPlaceholders];

const itemSchema = z
  .object({
    id: slug,
    phase: z.enum(phaseIds),
    section: z.enum(sectionIds),
    text: z.object({ self: line, manager: line }),
    /** one why for both readers, or one for each (a reason that says "you" to the promoted person) */
    why: z.union([why, z.object({ self: why, manager: why })]),
    /** blank lines for names (none when the item names its person: the promoted person's manager) */
    who: z.number().int().min(0).max(3),
    /**
     * the reader's people its "Who:" lines offer (model.ts peopleMatchers): one matcher for both
     * readers, or one for each; a reader without one is offered nobody (a manager is offered their
     * own contacts only for the introductions they make)
     */
    people: z
      .union([
        z.enum(peopleMatchers),
        z.object({ self: z.enum(peopleMatchers).optional(), manager: z.enum(peopleMatchers).optional() }),
      ])
      .optional(),
    /** one item per chosen group of this kind */
    forEach: z.enum(groupKinds).optional(),
    /** only when no group of this kind was chosen */
    whenNoGroups: z.enum(groupKinds).optional(),
    levels: levelList,
    /** only for a promotion inside the same organization (true) or a move to a new one (false) */
    sameOrg: z.boolean().optional(),
    /** id of a source in texts.yaml */
    source: z.string().min(1).optional(),
  })
  .superRefine((item, ctx) => {
    const why = typeof item.why === 'string' ? [item.why] : [item.why.self, item.why.manager];
    const lines = [item.text.self, item.text.manager, ...why];
    const issue = (message: string) => ctx.addIssue({ code: 'custom', message: `item ${item.id}: ${message}` });
    if (item.people && item.who === 0) issue('an item with no name lines offers no people');
    if (item.forEach && !lines.slice(0, 2).some((t) => t.includes('{group}')))
      issue('an item repeated for each group must mention {group} in its text');
    if (lines.some((t) => /(^|[.!?:]\s+)\{group\}/.test(t)))
      issue('{group} is the group named mid-sentence ("industry experts"): do not start a sentence with it');
    for (const name of new Set(lines.flatMap(placeholders)))
      if (!itemPlaceholders.includes(name)) issue(`uses the unknown placeholder {${name}}`);
  });

/** items.yaml: one entry, `plan`, holding the items in reading order */
export const checklistItemsSchema = z.object({
  items: z
    .array(itemSchema)
    .min(1)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'item ids must be unique' }),
});

const phaseSchema = z.object({
  id: z.enum(phaseIds),
  /** "The first 30 days" */
  label: line,
  /** the phase in a sentence: "the first 30 days" */
  inSentence: line,
  /** the day of the new role the phase is due by; day 1 is the start date */
  day: z.number().int().min(1).max(MAX_PLAN_DAY),
  /** the calendar event's title */
  milestone: line,
});

const groupSchema = z.object({
  id: slug,
  label: z.string().trim().min(1).max(60),
  /** how plan items name the group mid-sentence ({group}): "industry experts" */
  inSentence: z.string().trim().min(1).max(60),
  kind: z.enum(groupKinds),
  /** offered only for these levels */
  levels: levelList,
});

/** a level: the form's label and how items name the people around it ({peers}, {above}, {leaders}) */
const levelSchema = z.object({
  id: z.enum(levels),
  label: line,
  peers: line,
  above: line.optional(),
  leaders: line.optional(),
  /**
   * the seniority word (an id of src/content/people/rules.yaml `seniority`) of a title at this
   * level: the reader's people with a more senior title are above the level, with this one at it
   */
  seniority: slug,
});

/** a plan network's words; which site network it is comes from the network vocabulary (./networks.ts) */
const networkSchema = z.object({
  id: z.enum(networkIds),
  legend: perReader('rhythm.networks.legend'),
  inSentence: perReader('rhythm.networks.inSentence'),
});

const steps = (key: string, optional: readonly string[]) =>
  z.array(template(key, [], optional)).length(3, { message: `${key} holds exactly three steps` });

/** texts.yaml: one entry, `texts` */
export const checklistTextsSchema = z.object({
  phases: eachOnce(phaseSchema, phaseIds, 'phases'),
  /** a section's title, for both readers or for each (the promoted person's networks are "Your …" or "Their …") */
  sections: eachOnce(
    z.object({ id: z.enum(sectionIds), title: z.union([line, z.object({ self: line, manager: line })]) }),
    sectionIds,
    'sections',
  ),
  groups: z.array(groupSchema).min(1),
  levels: eachOnce(levelSchema, levels, 'levels'),
  /**
   * the note shown with the reader's own plan about their quiz purpose, by how the purpose meets
   * the plan (./networks.ts): {purpose} its name, {note} the network vocabulary's note, {who} the
   * purpose's people mid-sentence
   */
  purposeNote: z.object({
    fits: templateString('purposeNote.fits', z.string().trim().min(1).max(400), { required: ['purpose', 'note'] }),
    indirect: templateString('purposeNote.indirect', z.string().trim().min(1).max(500), {
      required: ['purpose', 'note'],
    }),
    none: templateString('purposeNote.none', z.string().trim().min(1).max(400), { required: ['purpose', 'who'] }),
  }),
  sources: z
    .array(
      z.object({
        id: z.string().min(1),
        citation: line,
        short: z.string().trim().min(1).max(40),
        url: sourceUrl.optional(),
      }),
    )
    .min(1),
  /** keeping in touch after the 90-day review */
  rhythm: z.object({
    intro: perReader('rhythm.intro'),
    suggestion: templateString('rhythm.suggestion', z.string().trim().min(1).max(400), {
      required: ['every', 'answer'],
      optional: ['purpose'],
    }),
    /** the past network's suggestion: its own rhythm wording, {answer}, from the network vocabulary */
    pastSuggestion: templateString('rhythm.pastSuggestion', z.string().trim().min(1).max(400), {
      required: ['every', 'answer'],
    }),
    networks: eachOnce(networkSchema, networkIds, 'rhythm.networks'),
    item: perReader('rhythm.item', ['network', 'every', 'date']),
    why: oneOrPerReader('rhythm.why'),
    eventTitle: template('rhythm.eventTitle', ['network', 'every']),
    prompt: oneOrPerReader('rhythm.prompt'),
  }),
  /** the three-step start for readers who were never good at networking */
  firstSteps: z.object({
    lead: perReader('firstSteps.lead'),
    steps: z.object({
      self: steps('firstSteps.steps.self', []),
      manager: steps('firstSteps.steps.manager', ['person']),
    }),
  }),
  messages: messagesSchema,
});

export type ItemTemplate = z.output<typeof itemSchema>;
export type ChecklistTexts = z.output<typeof checklistTextsSchema>;
export type GroupText = z.output<typeof groupSchema>;
export type SourceText = ChecklistTexts['sources'][number];

/** everything the island gets from its Astro wrapper, as plain data */
export interface ChecklistContent {
  readonly items: readonly ItemTemplate[];
  readonly texts: ChecklistTexts;
  /** each network's suggested review, from the network vocabulary and the purpose model */
  readonly suggestions: ReviewSuggestions;
  /** how each quiz purpose meets the plan, from the network vocabulary */
  readonly fits: PurposeFits;
  /** the quiz's label for each purpose */
  readonly purposeLabels: PurposeLabels;
  /** what a message may offer, by kind of contact (the purpose model's gives) */
  readonly gives: NetworkModel['gives'];
  /** the seniority words of Your people's sorting rules (src/content/people/rules.yaml), most senior first */
  readonly seniority: PeopleRules['seniority'];
  /** the tool page's address for the calendar file: absolute with a real SITE_URL, else the path */
  readonly toolUrl: string;
}
