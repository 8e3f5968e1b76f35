/**
 * How often a network is reviewed: the purpose model suggests one per purpose (`reviewEvery`
 * in src/content/purposes/purposes.yaml) and the promotion checklist lets the reader pick one
 * per network. In a module of its own so that pages without the checklist do not load the ids
 * with the purpose model's shared code.
 */
export const reviewIntervalIds = ['week', 'two-weeks', 'month', 'quarter'] as const;
export type ReviewInterval = (typeof reviewIntervalIds)[number];
