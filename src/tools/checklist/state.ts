/**
 * What the checklist keeps in the browser (versioned), a hand-written decoder that accepts
 * only that shape, and the pure updates the store applies. Ticks and names are keyed by item
 * id and never dropped when the profile changes, so switching a group off and on again, or
 * changing the level, brings them back.
 */
import { isRecord, stringList } from '@/shared/storage/decode';
import { parseMessages, type StoredMessages } from './message-state';
import { LIMITS, emptyProfile } from './profile';
import { parseRhythms, type Rhythms } from './rhythm';
import { cutToLimit } from './words';
import { audiences, levels, type Audience, type Level, type Profile } from './model';

export interface ChecklistState {
  readonly v: 1;
  readonly profile: Profile;
  /** ids of ticked items */
  readonly done: readonly string[];
  /** item id → names written on its "who" lines (index = line) */
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** the reader has asked for the plan at least once */
  readonly built: boolean;
  /**
   * a random id made once for this plan (calendar UIDs): it survives renaming and any other
   * change of profile, and two plans never share it. Absent in state stored before it existed
   * and until the plan is first built; withPlanId() adds it.
   */
  readonly planId?: string;
  /**
   * the reader's own wording of the plan's messages, by item id (./message-state.ts); absent
   * until the reader changes one, and in state stored before messages existed
   */
  readonly messages?: StoredMessages;
  /** how often each network is reviewed after the 90-day review (src/lib/checklist/rhythm.ts); absent: none */
  readonly rhythms?: Rhythms;
}

export const initialState: ChecklistState = { v: 1, profile: emptyProfile, done: [], names: {}, built: false };

const MAX_IDS = 200;
const MAX_ID_LENGTH = 120;
const MAX_WHO = 3;

/** a plan id as withPlanId() makes it (a UUID, or whatever the injected maker gives in tests) */
const PLAN_ID = /^[a-z0-9-]{8,64}$/;

function isPlanId(value: unknown): value is string {
  return typeof value === 'string' && PLAN_ID.test(value);
}

/**
 * the state with a plan id: the one it has, or a new one from `makeId` (the store passes
 * crypto.randomUUID; tests pass their own). State stored before plan ids existed keeps its
 * profile, ticks and names and gets an id the first time it is needed.
 */
export function withPlanId(state: ChecklistState, makeId: () => string): ChecklistState & { readonly planId: string } {
  const { planId } = state;
  if (isPlanId(planId)) return { ...state, planId };
  const made = makeId().toLowerCase();
  if (!isPlanId(made)) throw new Error(`withPlanId: "${made}" is not a plan id`);
  return { ...state, planId: made };
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

/** an item or group id (every value given is a string: from stringList, or an object key) */
function isId(value: string): boolean {
  return value.length <= MAX_ID_LENGTH && /^[a-z0-9:-]+$/.test(value);
}

export function parseProfile(value: unknown): Profile | null {
  if (!isRecord(value)) return null;
  const { audience, name, role, level, startDate, sameOrg, internal, customInternal, external, newToNetworking } =
    value;
  if (!(audiences as readonly unknown[]).includes(audience)) return null;
  if (!(level === null || (levels as readonly unknown[]).includes(level))) return null;
  if (!isString(name) || name.length > LIMITS.name * 2) return null;
  if (!isString(role) || role.length > LIMITS.role * 2) return null;
  if (!isString(startDate) || startDate.length > 10) return null;
  if (typeof sameOrg !== 'boolean') return null;
  const internalIds = stringList(internal, 50, MAX_ID_LENGTH);
  const externalIds = stringList(external, 50, MAX_ID_LENGTH);
  const custom = stringList(customInternal, LIMITS.customGroups, LIMITS.groupLabel);
  if (!internalIds || !externalIds || !custom) return null;
  if (!internalIds.every(isId) || !externalIds.every(isId)) return null;
  // absent in saves from before the choice existed
  if (newToNetworking !== undefined && typeof newToNetworking !== 'boolean') return null;
  return {
    audience: audience as Audience,
    name,
    role,
    level: level as Level | null,
    startDate,
    sameOrg,
    internal: internalIds,
    customInternal: custom,
    external: externalIds,
    ...(newToNetworking === undefined ? {} : { newToNetworking }),
  };
}

/** the stored value if it is exactly a version-1 checklist; null for anything else */
export function parseState(value: unknown): ChecklistState | null {
  if (!isRecord(value) || value.v !== 1) return null;
  const profile = parseProfile(value.profile);
  if (!profile) return null;
  const done = stringList(value.done, MAX_IDS, MAX_ID_LENGTH);
  if (!done || !done.every(isId)) return null;
  if (!isRecord(value.names)) return null;
  const entries = Object.entries(value.names);
  if (entries.length > MAX_IDS) return null;
  const names: Record<string, readonly string[]> = {};
  for (const [id, list] of entries) {
    const parsed = stringList(list, MAX_WHO, LIMITS.whoName);
    if (!isId(id) || !parsed) return null;
    names[id] = parsed;
  }
  if (typeof value.built !== 'boolean') return null;
  // no plan id (stored before ids existed): kept as it is, withPlanId() adds one when needed
  if (value.planId !== undefined && !isPlanId(value.planId)) return null;
  const messages = parseMessages(value.messages);
  if (!messages) return null;
  // no rhythms (stored before the review rhythm existed): no network is reviewed in the calendar
  const rhythms = value.rhythms === undefined ? undefined : parseRhythms(value.rhythms);
  if (rhythms === null) return null;
  const state: ChecklistState = { v: 1, profile, done: [...new Set(done)], names, built: value.built };
  return {
    ...state,
    ...(value.planId === undefined ? {} : { planId: value.planId }),
    ...(rhythms === undefined ? {} : { rhythms }),
    ...(Object.keys(messages).length > 0 ? { messages } : {}),
  };
}

export function updateProfile(state: ChecklistState, patch: Partial<Profile>): ChecklistState {
  return { ...state, profile: { ...state.profile, ...patch } };
}

export function setDone(state: ChecklistState, id: string, done: boolean): ChecklistState {
  const without = state.done.filter((d) => d !== id);
  return { ...state, done: done ? [...without, id] : without };
}

export function setName(state: ChecklistState, id: string, line: number, name: string): ChecklistState {
  if (!Number.isInteger(line) || line < 0 || line >= MAX_WHO) return state;
  const list = [...(state.names[id] ?? [])];
  while (list.length <= line) list.push('');
  list[line] = cutToLimit(name, LIMITS.whoName).text;
  while (list.at(-1) === '') list.pop();
  const names = { ...state.names };
  if (list.length === 0) delete names[id];
  else names[id] = list;
  return { ...state, names };
}

/** a list of ids toggled on or off (group checkboxes) */
export function toggleIn(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/**
 * how many of these items are ticked: the one count behind the plan's progress, each phase's
 * and the calendar's; ticks of items not in the list (a group switched off) do not count
 */
export function countDone(done: readonly string[], itemIds: readonly string[]): Progress {
  const ticked = new Set(done);
  return { done: itemIds.filter((id) => ticked.has(id)).length, total: itemIds.length };
}

/** progress over the items of the current plan only */
export function progress(state: ChecklistState, itemIds: readonly string[]): Progress {
  return countDone(state.done, itemIds);
}

/** progress over one phase of the plan (shown under the phase's title and in its calendar event) */
export function phaseProgress(
  done: readonly string[],
  phase: { readonly items: readonly { readonly id: string }[] },
): Progress {
  return countDone(
    done,
    phase.items.map((item) => item.id),
  );
}
