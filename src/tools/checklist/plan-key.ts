/**
 * The key of the planned contacts the checklist sets in Your people, and of the logged contacts
 * that tick its items. A module of its own: Your data clears them too, without the checklist.
 */

/** how every such key begins */
export const PLAN_KEY_PREFIX = 'checklist:';
/** the key of the planned contacts an item sets, and of the logged contacts that tick it */
export const planKey = (planId: string, itemId: string) => `${PLAN_KEY_PREFIX}${planId}:${itemId}`;
