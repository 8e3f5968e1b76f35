/**
 * The promotion checklist's ids and domain types: the reader's profile, the plan built from it,
 * and ChecklistContent, everything the island gets from its Astro wrapper. The words' types
 * come from the zod schemas in src/schemas/checklist*.ts (type-only imports: no zod reaches
 * the browser); the id lists are here, for the schemas and the code to share.
 */
import type { PurposeLabels } from '@/purposes/model';
import type { ChecklistWords, ItemTemplate, SourceText } from '@/tools/checklist/schema';
import type { ReviewSuggestions } from './rhythm';

export type {
  CalendarText,
  ChecklistText,
  ChecklistWords,
  DateText,
  FormText,
  GroupText,
  ItemTemplate,
  LevelText,
  PhaseText,
  PlanText,
  PurposeText,
  SectionText,
  SourceText,
} from '@/tools/checklist/schema';

export const audiences = ['self', 'manager'] as const;
export type Audience = (typeof audiences)[number];

export const levels = ['supervisor', 'manager', 'director', 'executive'] as const;
export type Level = (typeof levels)[number];

export const phaseIds = ['start', 'first30', 'days31to60', 'review90'] as const;
export type PhaseId = (typeof phaseIds)[number];

export const sectionIds = ['past', 'team', 'operational', 'strategic', 'manager', 'transition', 'review'] as const;
export type SectionId = (typeof sectionIds)[number];

/** a group inside the organization or outside it */
export const groupKinds = ['internal', 'external'] as const;
export type GroupKind = (typeof groupKinds)[number];

/**
 * The level placeholders items.yaml may use, each filled from the level's words ({peers},
 * {above}, {leaders}); items that use one name only the levels that have it.
 */
export const levelPlaceholders = ['peers', 'above', 'leaders'] as const;
export type LevelPlaceholder = (typeof levelPlaceholders)[number];

/** a line written once for both readers, or once for each */
export type ForAudience = string | { readonly self: string; readonly manager: string };

/** everything the island gets from its Astro wrapper, as plain data */
export interface ChecklistContent {
  /** the plan's items in reading order (src/content/checklist/items.yaml) */
  readonly items: readonly ItemTemplate[];
  /** the checklist's words (src/content/checklist/words.yaml) */
  readonly words: ChecklistWords;
  /** each network's suggested review interval, from the purpose model (src/lib/checklist/rhythm.ts) */
  readonly suggestions: ReviewSuggestions;
  /** the quiz's label for each purpose */
  readonly purposeLabels: PurposeLabels;
  /**
   * the tool page's address for the calendar file: absolute with a real SITE_URL, else the path,
   * completed with the page's own origin when the file is made (readerUrl in lib/content/url.ts)
   */
  readonly toolUrl: string;
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
