/**
 * The lines of one box of the quiz's segmentation plan: the purpose's own (the purpose model's
 * `plan`), then how the part is kept apart, or, for a reader with one purpose, kept focused. In a
 * module of their own so that only the result's body, which shows the plan, loads them.
 */
export const planLineIds = ['who', 'howWell', 'share', 'never'] as const;
export const planLabelIds = [...planLineIds, 'apart', 'focus'] as const;
export type PlanLabelId = (typeof planLabelIds)[number];
