/**
 * The promotion checklist's ids, limits and the reader's profile: a leaf module that the
 * schemas, the domain code and the components all import, and that imports nothing of theirs.
 */
import type { NetworkId as SiteNetworkId } from '@/purposes/networks';
import { reviewIntervalIds, type ReviewInterval } from '@/purposes/review-interval';

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

/** the level's phrases items.yaml may use: {peers}, {above}, {leaders} */
export const levelPlaceholders = ['peers', 'above', 'leaders'] as const;

/**
 * the plan's networks, the promotion article's (each a section of the plan, reviewed after the
 * 90-day review); how each maps onto the site's networks is read from the network vocabulary
 * (./networks.ts). Stored as the review rhythm's keys: never rename one.
 */
export const networkIds = ['past', 'operational', 'strategic'] as const;
export type NetworkId = (typeof networkIds)[number];

/** what the reader can pick for a network: a review interval, or no review in the calendar */
export const rhythmIds = [...reviewIntervalIds, 'none'] as const;
export type Rhythm = (typeof rhythmIds)[number];
/** the reader's picks by network; a network not listed is not reviewed */
export type Rhythms = Readonly<Partial<Record<NetworkId, ReviewInterval>>>;

/** the latest day of the role a phase may fall on */
export const MAX_PLAN_DAY = 366;

/**
 * Which of the reader's people ("Your people") an item's "Who:" lines offer (items.yaml `people`),
 * relative to the reader's own organization (Your people's "About you") and the plan's level
 * (texts.yaml `levels[].seniority`); the rules are ./people.ts `matches`:
 * - any: everyone stored;
 * - inside: in the reader's organization (or said to stand above, beside or below the reader);
 * - above: inside, and above the plan's level (said to stand above, or a more senior title);
 * - peers: inside, at the plan's level (said to be a peer, or a title of the level's seniority);
 * - reports: inside, below the plan's level (said to report, or a less senior title);
 * - leaders: inside, and above the plan's level or in the Strategic/Perspective network;
 * - past: former colleagues and the past network;
 * - outside: outside the reader's organization;
 * - outside-leaders: outside, and above the plan's level or in the Strategic/Perspective network.
 */
export const peopleMatchers = [
  'any',
  'inside',
  'above',
  'peers',
  'reports',
  'leaders',
  'past',
  'outside',
  'outside-leaders',
] as const;
export type PeopleMatcher = (typeof peopleMatchers)[number];

/** the longest text the reader may enter, in UTF-16 units */
export const LIMITS = { name: 80, role: 100, groupLabel: 40, customGroups: 6, whoName: 80, message: 3000 } as const;

export interface Profile {
  readonly audience: Audience;
  /** the promoted person's name, optional */
  readonly name: string;
  readonly role: string;
  readonly level: Level | null;
  /** "YYYY-MM-DD" or "" */
  readonly startDate: string;
  readonly sameOrg: boolean;
  /** ids of chosen internal groups */
  readonly internal: readonly string[];
  /** the reader's own internal groups, as typed */
  readonly customInternal: readonly string[];
  /** ids of chosen external groups */
  readonly external: readonly string[];
  /** "I have never been good at networking": the plan opens with three steps (absent in older saves) */
  readonly newToNetworking?: boolean | undefined;
}

export type ProfileField = 'name' | 'role' | 'level' | 'startDate';
export type ProfileErrorCode =
  'role-missing' | 'role-too-long' | 'level-missing' | 'start-missing' | 'start-invalid' | 'name-too-long';
export type GroupErrorCode = 'group-empty' | 'group-too-long' | 'group-duplicate' | 'group-too-many';

/** one network's suggested review, from the network vocabulary and the purpose model (computed at build time) */
export interface ReviewSuggestion {
  /** the site's network it is (networks.yaml namedNetworks): whose people Your people counts for it */
  readonly network: SiteNetworkId;
  readonly every: ReviewInterval;
  /** the purpose's network in running text ("Resource/Operational network"); null for the past network, which serves none */
  readonly purpose: string | null;
  /** the purpose's answer to "how frequently to communicate", or the past network's own rhythm wording */
  readonly answer: string;
}
export type ReviewSuggestions = Readonly<Record<NetworkId, ReviewSuggestion>>;

/** a line written once for both readers, or once for each */
export type ForAudience = string | { readonly self: string; readonly manager: string };

/** the line for this reader */
export function forAudience(line: ForAudience, audience: Audience): string {
  return typeof line === 'string' ? line : line[audience];
}
