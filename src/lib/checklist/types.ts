import type { StoreNoticeWords } from '../../schemas/store-notice';
/**
 * The shapes of the checklist: the words it is built from (validated by zod in
 * src/schemas/checklist.ts at build time, plain data at run time), the reader's profile and
 * the plan built from both.
 */
import type { PurposeId } from '../purposes';
import type { MessageWords } from './messages';
import type { FirstStepsText } from './first-steps';
import type { RhythmText } from './rhythm';

export const audiences = ['self', 'manager'] as const;
export type Audience = (typeof audiences)[number];

export const levels = ['supervisor', 'manager', 'director', 'executive'] as const;
export type Level = (typeof levels)[number];

export const phaseIds = ['start', 'first30', 'days31to60', 'review90'] as const;
export type PhaseId = (typeof phaseIds)[number];

export const sectionIds = ['past', 'team', 'operational', 'strategic', 'manager', 'transition', 'review'] as const;
export type SectionId = (typeof sectionIds)[number];

export type GroupKind = 'internal' | 'external';

export interface PhaseText {
  readonly id: PhaseId;
  /** "The first 30 days" */
  readonly label: string;
  /** the phase named inside a sentence: "the first 30 days" */
  readonly inSentence: string;
  /** what the phase holds, for the no-JavaScript note */
  readonly gist?: string | undefined;
  /** the day of the new role the phase is due by; day 1 is the start date */
  readonly day: number;
  /** calendar event title, e.g. "Network plan: first 30 days done" */
  readonly milestone: string;
}

export interface SectionText {
  readonly id: SectionId;
  readonly title: string;
}

export interface GroupText {
  readonly id: string;
  /** the form's checkbox label: "Industry experts" */
  readonly label: string;
  /** the group named inside a sentence, as plan items say it: "industry experts" */
  readonly inSentence: string;
  readonly kind: GroupKind;
  /** offered only for these levels (board members: executives) */
  readonly levels?: readonly Level[] | undefined;
}

/**
 * A level of the new role: the form's label and how the plan names the people around it. The
 * phrases fill {peers}, {above} and {leaders} in items.yaml; items that use one name only the
 * levels that have it (an executive has no "one or two steps up" in the plan).
 */
export interface LevelText {
  readonly id: Level;
  /** the form's radio label: "First-time supervisor" */
  readonly label: string;
  /** the new peers, mid-sentence: "the other supervisors and team leads" */
  readonly peers: string;
  /** the people one or two steps up, mid-sentence: "managers or senior managers" */
  readonly above?: string | undefined;
  /** the leaders inside the organization who give perspective on its future: "a senior manager or director" */
  readonly leaders?: string | undefined;
}

/** the level placeholders items.yaml may use, each filled from the level's words */
export const levelPlaceholders = ['peers', 'above', 'leaders'] as const;
export type LevelPlaceholder = (typeof levelPlaceholders)[number];

/** a line written once for both readers, or once for each */
export type ForAudience = string | { readonly self: string; readonly manager: string };

export interface SourceText {
  readonly id: string;
  readonly citation: string;
  /** shown next to an item: "Watkins 2003" */
  readonly short: string;
  readonly url?: string | undefined;
}

export interface PurposeText {
  readonly id: PurposeId;
  /** the section the purpose leans on */
  readonly section: SectionId;
  readonly note: string;
}

/** one item of the plan as an editor writes it */
export interface ItemTemplate {
  readonly id: string;
  readonly phase: PhaseId;
  readonly section: SectionId;
  /**
   * what to do, for the promoted person and for their manager; may contain {group} (the group's
   * inSentence form), {person} and the level's {peers}, {above} and {leaders}
   */
  readonly text: { readonly self: string; readonly manager: string };
  /** the why, one line, or one for each reader; may contain the same placeholders as the text */
  readonly why: ForAudience;
  /** blank lines for names */
  readonly who: number;
  /** one item per chosen group of this kind */
  readonly forEach?: GroupKind | undefined;
  /** only when no group of this kind was chosen */
  readonly whenNoGroups?: GroupKind | undefined;
  readonly levels?: readonly Level[] | undefined;
  /** only for a promotion inside the same organization (true) or a move to a new one (false) */
  readonly sameOrg?: boolean | undefined;
  readonly audience?: Audience | undefined;
  /** id of a source in the words' source list */
  readonly source?: string | undefined;
}

/** sentences around the form and the plan (src/content/checklist/words.yaml `text`) */
export interface ChecklistText {
  /** the promoted person in a manager's plan when no name is given */
  readonly yourReport: string;
  /** number words, index = number */
  readonly numbers: readonly string[];
  /** joining lists: "and", and whether a comma goes before it ("a, b, and c") */
  readonly and: string;
  readonly serialComma: boolean;
  /** "Your plan will have {count} parts" */
  readonly previewLead: string;
  /** ", each with due dates … {phases}. …" */
  readonly previewRest: string;
  /** the no-JavaScript note, with {count} and {phases} */
  readonly noscript: string;
  /** what the checklist says about its saved plan (src/stores/persist.ts) */
  readonly notices: StoreNoticeWords;
  readonly fixOne: string;
  /** "{count} things to fix …" */
  readonly fixMany: string;
  readonly fixKept: string;
  /** "Erase my checklist", its confirmation and the announcement after it */
  readonly erase: {
    readonly start: string;
    readonly question: string;
    readonly yes: string;
    readonly no: string;
    readonly group: string;
    readonly done: string;
  };
  /** the heading of the checklist's sources inside an article */
  readonly sourcesTitle: string;
  /** a phase and what it holds in the no-JavaScript note: "{phase} ({gist})" */
  readonly phaseGist: string;
  /** the quiz purpose note: "{purpose}: {note}" (the purpose's label, then the words' note) */
  readonly purposeNote: string;
}

/** the profile form's words (words.yaml `form`) */
export interface FormText {
  /** the form's accessible name */
  readonly label: string;
  readonly audience: string;
  /** the name field, for the promoted person and for their manager */
  readonly name: { readonly self: string; readonly manager: string };
  /** "{label} (optional)" */
  readonly optional: string;
  readonly role: string;
  readonly level: string;
  readonly startDate: string;
  readonly startDateHint: string;
  /** said under a name or role that was cut to fit: "… shortened to {limit} characters" */
  readonly shortened: string;
  readonly sameOrg: string;
  readonly sameOrgYes: string;
  readonly sameOrgNo: string;
  readonly internal: string;
  readonly ownGroups: string;
  readonly addOwnGroup: string;
  readonly addGroup: string;
  /** followed by the group's name for screen readers: "Remove Legal" */
  readonly remove: string;
  readonly external: string;
  readonly build: string;
  readonly goToPlan: string;
}

/** the plan's words (words.yaml `plan`); the templates' {placeholders} are listed in the schema */
export interface PlanText {
  /** "{name}’s network plan" */
  readonly title: string;
  /** the heading without a name: "Your network plan", or in a manager's plan "Your report’s network plan" */
  readonly titleNoName: { readonly self: string; readonly manager: string };
  /** "{role} · starts {date}" */
  readonly starts: string;
  /** "{done} of {total} done" */
  readonly progress: string;
  readonly progressLabel: string;
  readonly print: string;
  readonly calendar: string;
  /** "due {date}", after the phase's label and the separator */
  readonly due: string;
  /** between the phase's label and its due date: "·" (hidden on narrow screens, where the date has its own line) */
  readonly dueSeparator: string;
  /** "{done} of {total} done · day {day}" */
  readonly phaseProgress: string;
  /** "· fits your purpose", after the section's title */
  readonly fitsPurpose: string;
  /** after a ticked item's text, in print only */
  readonly doneNote: string;
  readonly who: string;
  /** a name line's accessible name inside its item's "Who:" group: "Name {line} of {lines}" */
  readonly nameLine: string;
  /** the line under an item: "{section}: {why}" ({section} is the section's title, with fitsPurpose when it applies) */
  readonly why: string;
  /** the source after the why: "({source})" */
  readonly source: string;
}

/** the calendar file's words (words.yaml `calendar`) */
export interface CalendarText {
  /** announced after the download: "Calendar file {file} downloaded: {count} milestones." */
  readonly downloaded: string;
  /** the file name's start; the name and role follow: promotion-checklist-ana-ruiz-head-of-sales.ics */
  readonly fileName: string;
  /** each event's first description line: "{phase}: {done} of {total} done." */
  readonly progress: string;
  /** an item followed by its names: "{item} Who: {names}" */
  readonly who: string;
  /** between the names after "Who:" ("Mary; Joe"): names may hold commas */
  readonly nameSeparator: string;
  /** each event's title: "{milestone} ({role})", and with the promoted person's name "{milestone} ({name}, {role})" */
  readonly summary: string;
  readonly summaryNamed: string;
  /** a ticked and an open item in the description: "[x] {item}", "[ ] {item}" */
  readonly ticked: string;
  readonly open: string;
}

/** how dates are written (words.yaml `dates`); weekdays start with Sunday */
export interface DateText {
  /** "{weekday}, {month} {day}, {year}" with the full names */
  readonly long: string;
  /** the same with the short names */
  readonly short: string;
  readonly weekdays: readonly string[];
  readonly weekdaysShort: readonly string[];
  readonly months: readonly string[];
  readonly monthsShort: readonly string[];
}

export interface ChecklistWords {
  readonly phases: readonly PhaseText[];
  readonly levels: readonly LevelText[];
  readonly text: ChecklistText;
  readonly form: FormText;
  readonly plan: PlanText;
  readonly calendar: CalendarText;
  readonly dates: DateText;
  readonly sections: readonly SectionText[];
  readonly groups: readonly GroupText[];
  readonly purposes: readonly PurposeText[];
  readonly sources: readonly SourceText[];
  /** the messages to send (words.yaml `messages`, src/lib/checklist/messages.ts) */
  readonly messages: MessageWords;
  /** keeping in touch after the 90-day review (src/lib/checklist/rhythm.ts) */
  readonly rhythm: RhythmText;
  /** the three-step start for readers new to networking (src/lib/checklist/first-steps.ts) */
  readonly firstSteps: FirstStepsText;
}

export interface Profile {
  readonly audience: Audience;
  /** the promoted person's name, optional */
  readonly name: string;
  readonly role: string;
  readonly level: Level | null;
  /** "YYYY-MM-DD" or "" */
  readonly startDate: string;
  readonly sameOrg: boolean;
  /** ids of chosen internal groups from the words */
  readonly internal: readonly string[];
  /** the reader's own internal groups, as typed */
  readonly customInternal: readonly string[];
  /** ids of chosen external groups */
  readonly external: readonly string[];
  /** "I have never been good at networking": the plan opens with a three-step start (absent in older saves: false) */
  readonly newToNetworking?: boolean | undefined;
}

export interface PlanItem {
  readonly id: string;
  readonly phase: PhaseId;
  readonly section: SectionId;
  readonly sectionTitle: string;
  readonly text: string;
  readonly why: string;
  readonly who: number;
  readonly source?: SourceText | undefined;
  /** the item belongs to the network the reader's purpose leans on */
  readonly emphasised: boolean;
  /** the group an item repeated per group is for, as the plan names it ("industry experts") */
  readonly group?: string | undefined;
}

export interface PlanPhase {
  readonly id: PhaseId;
  readonly label: string;
  readonly milestone: string;
  readonly day: number;
  /** "YYYY-MM-DD" */
  readonly due: string;
  readonly items: readonly PlanItem[];
}

export interface Plan {
  readonly phases: readonly PlanPhase[];
  readonly itemIds: readonly string[];
}
