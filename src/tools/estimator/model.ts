/**
 * The network-size estimator's ids and domain types, and EstimatorContent: everything the
 * island gets from its Astro wrapper. Content types come from the schemas (type-only imports:
 * no zod reaches the browser).
 */
import type { PurposeLabels } from '@/purposes/model';
import type { EstimatorLayer, EstimatorTarget, EstimatorWords } from '@/tools/estimator/schema';

/** Dunbar's circles, innermost first (src/content/estimator/layers.yaml gives their words). */
export const layerIds = ['support', 'sympathy', 'affinity', 'active', 'acquaintances'] as const;
export type LayerId = (typeof layerIds)[number];

/** The numbers of Part 3's reach model. */
export const reachIds = ['first', 'typical', 'overlap', 'share', 'hubs', 'hubSize', 'population'] as const;
export type ReachId = (typeof reachIds)[number];

/** How Part 1 gives "today's estimate": counting the circles or the name (scale-up) method. */
export const methods = ['circles', 'names'] as const;
export type Method = (typeof methods)[number];

/** Where the purpose in use comes from: the quiz, a choice here, or nowhere yet. */
export type PurposeSource = 'quiz' | 'chosen' | 'none';

/** A purpose's target: its words (targets.yaml) with its size range from the purpose model (withModelSizes). */
export type TargetText = EstimatorTarget & {
  readonly min: number;
  readonly max: number;
  /** the top of the range is a platform's limit, not what the network needs (the purpose model) */
  readonly limit: boolean;
  readonly basis: string;
};

/** The content the island receives as props: plain data, the same on the server and in the browser. */
export interface EstimatorContent {
  /** Dunbar's circles (the island shows them in their `order`) */
  readonly layers: readonly EstimatorLayer[];
  readonly targets: readonly TargetText[];
  /** the estimator's words (src/content/estimator/words.yaml) */
  readonly words: EstimatorWords;
  /** BCP 47 tag numbers are written in ("en-US"), from SITE.locale */
  readonly locale: string;
  /** the article's name for each purpose, by id (the purpose model's labels) */
  readonly purposeLabels: PurposeLabels;
  /** link to the purpose quiz */
  readonly quizHref: string;
}
