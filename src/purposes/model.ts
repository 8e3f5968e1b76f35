import { purposeIds, type PurposeId } from './ids';
import type { ReviewInterval } from './review-interval';

/**
 * The purpose model (src/content/purposes/purposes.yaml, checked by ./schema.ts): what
 * each of the five purposes means, read by every tool, so the quiz, the estimator and the
 * checklist say the same about the same purpose.
 */

/** The three inviting strategies of the article's opening. */
export const strategyIds = ['close', 'middle', 'open'] as const;
export type StrategyId = (typeof strategyIds)[number];

export function isStrategyId(value: unknown): value is StrategyId {
  return (strategyIds as readonly unknown[]).includes(value);
}

/** The article's six networking dilemmas, answered per purpose. */
export const dilemmaIds = ['who', 'howMany', 'howWell', 'manage', 'communicate', 'active'] as const;
export type DilemmaId = (typeof dilemmaIds)[number];

/**
 * How often a network of a purpose is suggested to be reviewed (the promotion checklist's review
 * rhythm): a suggestion that follows the purpose's answer to "how frequently to communicate",
 * never a research figure. The ids live in ./review-interval.ts.
 */
export type { ReviewInterval };

/** How purposes that are at odds share a network: kept in parts of one network, or kept apart. */
export const remedyIds = ['segment', 'separate'] as const;
export type RemedyId = (typeof remedyIds)[number];

/**
 * How two audiences are kept apart: lists or audience settings inside one network, separate
 * accounts, or one private network and one public one (strongest last).
 */
export const keepApartIds = ['lists', 'accounts', 'privatePublic'] as const;
export type KeepApartId = (typeof keepApartIds)[number];

/** A purpose's part of a segmented network, or its whole network when it leads alone. */
export interface PurposePlan {
  /** who is in it */
  readonly who: string;
  /** how well you know them */
  readonly howWell: string;
  /** what you share there */
  readonly share: string;
  /** what you never share there */
  readonly never: string;
  /** how to keep the network focused when this purpose leads alone */
  readonly focus: string;
}

export interface PurposeSize {
  readonly min: number;
  readonly minSource: string;
  readonly max: number;
  readonly maxSource: string;
  /** the top of the range is a platform's limit, not what the network needs */
  readonly limit: boolean;
  /** where the range comes from, in a sentence or two */
  readonly basis: string;
}

export interface PurposeEntry {
  /** charts, tables, menus: "Social" */
  readonly label: string;
  /** running text: "Social network" */
  readonly inSentence: string;
  /** the purpose's heading in the first article */
  readonly heading: string;
  /** that heading's id */
  readonly anchor: string;
  /**
   * the inviting strategy the purpose needs (`id`, which decides how networks are segmented), the
   * other strategies the article also allows for it (`allows`: never called a misfit), and why
   */
  readonly strategy: { readonly id: StrategyId; readonly allows: readonly StrategyId[]; readonly reason: string };
  readonly size: PurposeSize;
  /** `howMany` holds {range}: see dilemmaAnswer() */
  readonly dilemmas: Readonly<Record<DilemmaId, string>>;
  /** the suggested review interval, following `dilemmas.communicate` (a suggestion, not research) */
  readonly reviewEvery: ReviewInterval;
  /** its part of a segmentation plan */
  readonly plan: PurposePlan;
}

/** Two purposes the article says pull in different directions, with the reason and how to segment. */
export interface ConflictEntry {
  readonly a: PurposeId;
  readonly b: PurposeId;
  readonly remedy: RemedyId;
  /** how the two audiences are kept apart (separate networks: separate accounts, or private and public) */
  readonly keepApart: KeepApartId;
  readonly reason: string;
  readonly segment: readonly string[];
}

export interface PurposeModel {
  readonly purposes: Readonly<Record<PurposeId, PurposeEntry>>;
  readonly conflicts: readonly ConflictEntry[];
}

/** The article's name for each purpose, by id ("Social"): the one type every tool uses for labels. */
export type PurposeLabels = Readonly<Record<PurposeId, string>>;

/** The label of each purpose, by id ("Social"). */
export function purposeLabels(model: PurposeModel): PurposeLabels {
  return Object.fromEntries(purposeIds.map((p) => [p, model.purposes[p].label])) as Record<PurposeId, string>;
}

/** Whether the article allows inviting with `strategy` for `purpose`: the strategy it needs, or one it also allows. */
export function allowsStrategy(entry: Pick<PurposeEntry, 'strategy'>, strategy: StrategyId): boolean {
  return entry.strategy.id === strategy || entry.strategy.allows.includes(strategy);
}

/**
 * The one rule for a pair of purposes in one reader's result: `separate` networks or `segment`
 * one network (as their conflict says), else `segment` when they need different inviting
 * strategies, else `share` (one network serves both). Every tool asks this, never the conflicts.
 */
export type PairRule = RemedyId | 'share';
export function pairRule(model: PurposeModel, a: PurposeId, b: PurposeId): PairRule {
  const conflict = conflictOf(model, a, b);
  if (conflict) return conflict.remedy;
  return model.purposes[a].strategy.id === model.purposes[b].strategy.id ? 'share' : 'segment';
}

/** The conflict between two purposes, in either order, if the article sets them at odds. */
export function conflictOf(model: Pick<PurposeModel, 'conflicts'>, a: PurposeId, b: PurposeId) {
  return model.conflicts.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a)) ?? null;
}

/** The inviting strategy each purpose needs, by id. */
export function purposeStrategies(model: PurposeModel): Readonly<Record<PurposeId, StrategyId>> {
  return Object.fromEntries(purposeIds.map((p) => [p, model.purposes[p].strategy.id])) as Record<PurposeId, StrategyId>;
}
