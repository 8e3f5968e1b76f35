/** The estimator's ids, read by its content schemas and its code alike (a leaf: it imports nothing). */

/** Dunbar's circles, innermost first (src/content/estimator/layers.yaml gives their words). */
export const layerIds = ['support', 'sympathy', 'affinity', 'active', 'acquaintances'] as const;
export type LayerId = (typeof layerIds)[number];

/** The numbers of Part 3's reach model. */
export const reachIds = ['first', 'typical', 'overlap', 'share', 'hubs', 'hubSize', 'population'] as const;
export type ReachId = (typeof reachIds)[number];
