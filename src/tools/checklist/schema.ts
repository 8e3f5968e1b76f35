import { z } from 'astro/zod';
import { confirmWordsSchema, storeNoticeWordsSchema } from '@/shared/store-notice-schema';
import { purposeIds } from '@/purposes/ids';
import { templateString } from '@/shared/template-schema';
import { checklistMessagesSchema } from './messages-schema';
import { sourceUrl } from '@/shared/source-schema';
import { checklistErrorCodes, type ChecklistErrorCode } from '@/tools/checklist/profile';
import { MAX_PLAN_DAY } from '@/tools/checklist/dates';
import { audiences, groupKinds, levelPlaceholders, levels, phaseIds, sectionIds } from '@/tools/checklist/model';
import { placeholders } from '@/shared/template';
import { checklistTemplates, type ChecklistTemplateKey } from '@/tools/checklist/words';
import { firstStepsWordsSchema, rhythmWordsSchema } from './rhythm-schema';

/**
 * The promotion checklist's words: src/content/checklist/items.yaml (one entry per plan item)
 * and src/content/checklist/words.yaml (phases, sections, groups, purposes, sources, messages).
 * Editors change the words there; the code in src/lib/checklist builds the plan from them.
 */
const line = z.string().trim().min(1).max(240);
/** a short word or two: a button, a number word, a month's name */
const word = z.string().trim().min(1).max(40);

/** A sentence with {placeholders}, checked against its rule in src/lib/checklist/words.ts: see ./template. */
function template(key: ChecklistTemplateKey, base = line) {
  return templateString(key, base, checklistTemplates[key]);
}

const levelList = z.array(z.enum(levels)).min(1).optional();

/**
 * the placeholders an item's text and why may use: {group} (the group's inSentence form),
 * {person} and the level's {peers}, {above} and {leaders}
 */
const itemPlaceholders: readonly string[] = ['group', 'person', ...levelPlaceholders];

const why = z.string().trim().min(1).max(160);

/** every line of an item (its text and its why for both readers) */
function itemLines(item: {
  text: { self: string; manager: string };
  why: string | { self: string; manager: string };
}): string[] {
  return [
    item.text.self,
    item.text.manager,
    ...(typeof item.why === 'string' ? [item.why] : [item.why.self, item.why.manager]),
  ];
}

const itemSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(60),
    phase: z.enum(phaseIds),
    section: z.enum(sectionIds),
    text: z.object({ self: line, manager: line }),
    /** one why for both readers, or one for each (a reason that says "you" to the promoted person) */
    why: z.union([why, z.object({ self: why, manager: why })]),
    /** every item has lines for names (issue 5: “blank ‘who’ lines where the reader writes names”) */
    who: z.number().int().min(1).max(3),
    /** one item per chosen group of this kind */
    forEach: z.enum(groupKinds).optional(),
    /** only when no group of this kind was chosen */
    whenNoGroups: z.enum(groupKinds).optional(),
    levels: levelList,
    /** only for a promotion inside the same organization (true) or a move to a new one (false) */
    sameOrg: z.boolean().optional(),
    audience: z.enum(audiences).optional(),
    /** id of a source in the words' source list */
    source: z.string().min(1).optional(),
  })
  .refine((item) => !item.forEach || /\{group\}/.test(item.text.self + item.text.manager), {
    message: 'an item repeated for each group must mention {group} in its text',
  })
  .refine((item) => !itemLines(item).some((t) => /(^|[.!?:]\s+)\{group\}/.test(t)), {
    message: '{group} is the group named mid-sentence ("industry experts"): do not start a sentence with it',
  })
  .superRefine((item, ctx) => {
    for (const name of new Set(itemLines(item).flatMap(placeholders))) {
      if (!itemPlaceholders.includes(name)) {
        ctx.addIssue({
          code: 'custom',
          message: `item ${item.id} uses the unknown placeholder {${name}}; items may use ${itemPlaceholders.map((n) => `{${n}}`).join(', ')}`,
        });
      }
    }
  });

/** src/content/checklist/items.yaml: one entry, `plan`, holding the items in reading order */
export const checklistItemSchema = z.object({
  items: z
    .array(itemSchema)
    .min(1)
    .refine((items) => new Set(items.map((i) => i.id)).size === items.length, { message: 'item ids must be unique' }),
});

const phaseSchema = z.object({
  id: z.enum(phaseIds),
  /** "The first 30 days" */
  label: line,
  /** the phase named inside a sentence: "the first 30 days" */
  inSentence: line,
  /** what the phase holds, for the no-JavaScript note */
  gist: line.optional(),
  /** the day of the new role the phase is due by; day 1 is the start date */
  day: z.number().int().min(1).max(MAX_PLAN_DAY),
  /** calendar event title, e.g. "Network plan: first 30 days done" */
  milestone: line,
});

const groupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().trim().min(1).max(60),
  /** how plan items name the group mid-sentence ({group}): "industry experts" */
  inSentence: z.string().trim().min(1).max(60),
  kind: z.enum(groupKinds),
  /** offered only for these levels (board members: executives) */
  levels: levelList,
});

const sectionSchema = z.object({ id: z.enum(sectionIds), title: line });

const purposeSchema = z.object({
  id: z.enum(purposeIds),
  /** the section the purpose leans on */
  section: z.enum(sectionIds),
  note: line,
});

const sourceSchema = z.object({
  id: z.string().min(1),
  citation: line,
  /** shown next to an item: "Watkins 2003" */
  short: z.string().trim().min(1).max(40),
  url: sourceUrl.optional(),
});

/**
 * A level of the new role: the form's label and how the plan names the people around it. The
 * phrases fill {peers}, {above} and {leaders} in items.yaml; items that use one name only the
 * levels that have it (an executive has no "one or two steps up" in the plan).
 */
const levelSchema = z.object({
  id: z.enum(levels),
  /** the form's radio label: "First-time supervisor" */
  label: line,
  /** the new peers, mid-sentence: "the other supervisors and team leads" */
  peers: line,
  /** the people one or two steps up, mid-sentence: "managers or senior managers" */
  above: line.optional(),
  /** the leaders inside the organization who give perspective on its future: "a senior manager or director" */
  leaders: line.optional(),
});

export const checklistWordsSchema = z.object({
  phases: z.array(phaseSchema).length(phaseIds.length),
  sections: z.array(sectionSchema).length(sectionIds.length),
  groups: z.array(groupSchema).min(1),
  purposes: z.array(purposeSchema),
  sources: z.array(sourceSchema).min(1),
  /** each level once: its label and how plan items name the people around it ({peers}, {above}, {leaders}) */
  levels: z
    .array(levelSchema)
    .length(levels.length)
    .refine((list) => new Set(list.map((l) => l.id)).size === list.length, {
      message: 'levels must list each level once',
    }),
  audiences: z.array(z.object({ id: z.enum(audiences), label: line })).length(audiences.length),
  text: z.object({
    yourReport: line,
    numbers: z.array(z.string().trim().min(1).max(20)).min(phaseIds.length + 1),
    and: z.string().trim().min(1).max(20),
    serialComma: z.boolean(),
    previewLead: template('text.previewLead'),
    previewRest: template('text.previewRest', z.string().min(1).max(400)),
    noscript: template('text.noscript', z.string().trim().min(1).max(600)),
    notices: storeNoticeWordsSchema,
    fixOne: line,
    fixMany: template('text.fixMany'),
    fixKept: line,
    /** "Erase my checklist", its confirmation and the announcement after it */
    erase: confirmWordsSchema.extend({ done: line }),
    sourcesTitle: line,
    phaseGist: template('text.phaseGist'),
    purposeNote: template('text.purposeNote'),
  }),
  /** the profile form's legends, labels, hints and buttons */
  form: z.object({
    label: line,
    audience: line,
    name: z.object({ self: line, manager: line }),
    optional: template('form.optional'),
    role: line,
    level: line,
    startDate: line,
    startDateHint: line,
    shortened: template('form.shortened'),
    sameOrg: line,
    sameOrgYes: line,
    sameOrgNo: line,
    internal: line,
    ownGroups: line,
    addOwnGroup: line,
    addGroup: line,
    remove: word,
    external: line,
    build: line,
    goToPlan: line,
  }),
  /** the built plan's heading, progress, buttons and item labels */
  plan: z.object({
    title: template('plan.title'),
    titleNoName: z.object({ self: line, manager: line }),
    starts: template('plan.starts'),
    progress: template('plan.progress'),
    progressLabel: line,
    print: line,
    calendar: line,
    due: template('plan.due'),
    dueSeparator: z.string().trim().min(1).max(5),
    phaseProgress: template('plan.phaseProgress'),
    fitsPurpose: line,
    doneNote: line,
    who: word,
    nameLine: template('plan.nameLine'),
    why: template('plan.why'),
    source: template('plan.source'),
  }),
  /** the calendar file: its name, the announcement after the download, the events' descriptions */
  calendar: z.object({
    downloaded: template('calendar.downloaded'),
    fileName: z
      .string()
      .max(40)
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        message: 'calendar.fileName may hold only lower-case letters, digits and single dashes',
      }),
    progress: template('calendar.progress'),
    who: template('calendar.who'),
    /** not trimmed: the space after the semicolon counts */
    nameSeparator: z.string().min(1).max(5),
    summary: template('calendar.summary'),
    summaryNamed: template('calendar.summaryNamed'),
    ticked: template('calendar.ticked'),
    open: template('calendar.open'),
  }),
  /** how dates are written; weekdays start with Sunday */
  dates: z.object({
    long: template('dates.long'),
    short: template('dates.short'),
    weekdays: z.array(word).length(7),
    weekdaysShort: z.array(word).length(7),
    months: z.array(word).length(12),
    monthsShort: z.array(word).length(12),
  }),
  /** the messages to send, one for each kind of contact in the plan (./checklist-messages.ts) */
  messages: checklistMessagesSchema,
  /** keeping in touch after the 90-day review, and the three-step start (src/schemas/checklist-rhythm.ts) */
  rhythm: rhythmWordsSchema,
  firstSteps: firstStepsWordsSchema,
  /**
   * messages shown next to fields, one for every error code in src/lib/checklist/profile.ts:
   * a missing message or a misspelt code stops the build instead of showing the raw code
   */
  errors: z.strictObject(
    Object.fromEntries(checklistErrorCodes.map((code) => [code, line])) as Record<ChecklistErrorCode, typeof line>,
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `errors has a message for an unknown code (${issue.keys.join(', ')}); the codes are ${checklistErrorCodes.join(', ')}`
          : undefined,
    },
  ),
});

/** one item of the plan as an editor writes it */
export type ItemTemplate = z.output<typeof itemSchema>;
export type PhaseText = z.output<typeof phaseSchema>;
export type GroupText = z.output<typeof groupSchema>;
export type SectionText = z.output<typeof sectionSchema>;
export type PurposeText = z.output<typeof purposeSchema>;
export type SourceText = z.output<typeof sourceSchema>;
export type LevelText = z.output<typeof levelSchema>;
/** everything src/content/checklist/words.yaml says */
export type ChecklistWords = z.output<typeof checklistWordsSchema>;
/** sentences around the form and the plan (words.yaml `text`) */
export type ChecklistText = ChecklistWords['text'];
/** the profile form's words (words.yaml `form`) */
export type FormText = ChecklistWords['form'];
/** the plan's words (words.yaml `plan`) */
export type PlanText = ChecklistWords['plan'];
/** the calendar file's words (words.yaml `calendar`) */
export type CalendarText = ChecklistWords['calendar'];
/** how dates are written (words.yaml `dates`); weekdays start with Sunday */
export type DateText = ChecklistWords['dates'];
