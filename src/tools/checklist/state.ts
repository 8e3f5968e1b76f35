/**
 * What the checklist keeps in the browser (version 1), a decoder that accepts only that shape,
 * and the pure updates the store applies. Ticks, names and messages are keyed by item id and
 * never dropped when the profile changes, so switching a group off and on again, or changing
 * the level, brings them back.
 */
import { reviewIntervalIds, type ReviewInterval } from '@/purposes/review-interval';
import { isRecord, stringList } from '@/shared/storage/decode';
import { parseMessageChoices, type MessageChoices } from './message-choices';
import type { Picks } from './people';
import { cutToLimit, emptyProfile } from './profile';
import { LIMITS, audiences, levels, networkIds, type NetworkId, type Profile, type Rhythms } from './model';

export interface ChecklistState {
  readonly v: 1;
  readonly profile: Profile;
  /** ids of ticked items */
  readonly done: readonly string[];
  /** item id → names written on its "Who:" lines (index = line) */
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** the reader has asked for the plan at least once */
  readonly built: boolean;
  /**
   * a random id made once for this plan (the calendar's UIDs): it survives any change of profile,
   * and two plans never share it; absent until the plan is first built (and in older saves)
   */
  readonly planId?: string;
  /** the reader's own wording of the plan's messages, by item id; absent until one is changed */
  readonly messages?: Readonly<Record<string, string>>;
  /** how often each network is reviewed after the 90-day review; absent: none */
  readonly rhythms?: Rhythms;
  /** how the messages greet each person and the give each offers; absent until one is chosen */
  readonly messageChoices?: MessageChoices;
  /**
   * item id → the person of "Your people" picked on each "Who:" line (null: a name written by
   * hand; the line's name is in `names`); absent until someone is picked
   */
  readonly picks?: Picks;
  /**
   * ids of items ticked because the people picked for them were logged in Your people: each is
   * ticked so once (the reader may untick it), and again only after its picks change
   */
  readonly loggedTicks?: readonly string[];
}

export const initialState: ChecklistState = { v: 1, profile: emptyProfile, done: [], names: {}, built: false };

const MAX_IDS = 200;
const MAX_ID_LENGTH = 120;
const MAX_WHO = 3;
const PLAN_ID = /^[a-z0-9-]{8,64}$/;
const isPlanId = (value: unknown): value is string => typeof value === 'string' && PLAN_ID.test(value);
/** an item or group id */
const isId = (value: string) => value.length <= MAX_ID_LENGTH && /^[a-z0-9:-]+$/.test(value);
const isString = (value: unknown): value is string => typeof value === 'string';

/** nothing entered that a plan is made from: no role, no level, no start date */
const isBlank = (profile: Profile) => profile.role.trim() === '' && profile.level === null && profile.startDate === '';

/** the state with a plan id: the one it has, or a new one from `makeId` (the store passes crypto.randomUUID) */
export function withPlanId(state: ChecklistState, makeId: () => string): ChecklistState & { readonly planId: string } {
  if (isPlanId(state.planId)) return { ...state, planId: state.planId };
  const made = makeId().toLowerCase();
  if (!isPlanId(made)) throw new Error(`withPlanId: "${made}" is not a plan id`);
  return { ...state, planId: made };
}

function parseProfile(value: unknown): Profile | null {
  if (!isRecord(value)) return null;
  const { audience, name, role, level, startDate, sameOrg, newToNetworking } = value;
  if (!audiences.some((a) => a === audience) || !(level === null || levels.some((l) => l === level))) return null;
  if (!isString(name) || name.length > LIMITS.name * 2 || !isString(role) || role.length > LIMITS.role * 2) return null;
  if (!isString(startDate) || startDate.length > 10 || typeof sameOrg !== 'boolean') return null;
  const internal = stringList(value.internal, 50, MAX_ID_LENGTH);
  const external = stringList(value.external, 50, MAX_ID_LENGTH);
  const customInternal = stringList(value.customInternal, LIMITS.customGroups, LIMITS.groupLabel);
  if (!internal?.every(isId) || !external?.every(isId) || !customInternal) return null;
  // absent in saves from before the choice existed
  if (newToNetworking !== undefined && typeof newToNetworking !== 'boolean') return null;
  return {
    ...{ audience: audience as Profile['audience'], name, role, level: level as Profile['level'], startDate, sameOrg },
    ...{ internal, customInternal, external },
    ...(newToNetworking === undefined ? {} : { newToNetworking }),
  };
}

/** the stored messages if they are exactly item id → text; `undefined` (older saves) is none */
function parseMessages(value: unknown): Record<string, string> | null {
  if (value === undefined) return {};
  if (!isRecord(value) || Object.keys(value).length > MAX_IDS) return null;
  const ok = Object.entries(value).every(([id, text]) => isId(id) && isString(text) && text.length <= LIMITS.message);
  return ok ? (value as Record<string, string>) : null;
}

/** a Your people id (crypto.randomUUID, or any id the people tool keeps) */
const PERSON_ID = /^[A-Za-z0-9-]{1,64}$/;

/** the stored picks if they are exactly item id → a person id or null per line; `undefined` (older saves) is none */
function parsePicks(value: unknown): Picks | null {
  if (value === undefined) return {};
  if (!isRecord(value) || Object.keys(value).length > MAX_IDS) return null;
  const ok = Object.entries(value).every(
    ([id, lines]) =>
      isId(id) &&
      Array.isArray(lines) &&
      lines.length <= MAX_WHO &&
      lines.every((line) => line === null || (isString(line) && PERSON_ID.test(line))),
  );
  return ok ? (value as Picks) : null;
}

/** the stored review rhythms if they are exactly network → interval */
function parseRhythms(value: unknown): Rhythms | null {
  if (!isRecord(value)) return null;
  const ok = Object.entries(value).every(
    ([network, every]) =>
      networkIds.includes(network as NetworkId) && reviewIntervalIds.includes(every as ReviewInterval),
  );
  return ok ? (value as Rhythms) : null;
}

/** the stored value if it is exactly a version-1 checklist; null for anything else */
export function parseState(value: unknown): ChecklistState | null {
  if (!isRecord(value) || value.v !== 1 || typeof value.built !== 'boolean') return null;
  const profile = parseProfile(value.profile);
  const done = stringList(value.done, MAX_IDS, MAX_ID_LENGTH);
  if (!profile || !done?.every(isId) || !isRecord(value.names)) return null;
  const entries = Object.entries(value.names);
  if (entries.length > MAX_IDS) return null;
  const names: Record<string, readonly string[]> = {};
  for (const [id, list] of entries) {
    const parsed = stringList(list, MAX_WHO, LIMITS.whoName);
    if (!isId(id) || !parsed) return null;
    names[id] = parsed;
  }
  // no plan id (stored before ids existed): withPlanId() adds one when needed
  if (value.planId !== undefined && !isPlanId(value.planId)) return null;
  const messages = parseMessages(value.messages);
  const rhythms = value.rhythms === undefined ? undefined : parseRhythms(value.rhythms);
  if (!messages || rhythms === null) return null;
  const choices = value.messageChoices === undefined ? undefined : parseMessageChoices(value.messageChoices);
  const picks = parsePicks(value.picks);
  const loggedTicks = value.loggedTicks === undefined ? [] : stringList(value.loggedTicks, MAX_IDS, MAX_ID_LENGTH);
  if (choices === null || !picks || !loggedTicks?.every(isId)) return null;
  return {
    // "built" with nothing entered was stored by an older "Build my plan" on an empty form: no plan
    ...{ v: 1, profile, done: [...new Set(done)], names, built: value.built && !isBlank(profile) },
    ...(value.planId === undefined ? {} : { planId: value.planId }),
    ...(rhythms === undefined ? {} : { rhythms }),
    ...(choices === undefined ? {} : { messageChoices: choices }),
    ...(Object.keys(messages).length > 0 ? { messages: { ...messages } } : {}),
    ...(Object.keys(picks).length > 0 ? { picks: { ...picks } } : {}),
    ...(loggedTicks.length > 0 ? { loggedTicks: [...new Set(loggedTicks)] } : {}),
  };
}

/** a list of ids with one switched on or off (ticks, group checkboxes) */
export function toggleIn(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}

/** the person picked on one line of an item, or null */
export function pickOn(state: ChecklistState, id: string, line: number): string | null {
  return (state.picks && Object.hasOwn(state.picks, id) ? state.picks[id]![line] : null) ?? null;
}

/** the state with one line's pick set (a person id) or dropped (null); an item's logged tick may come again */
function withPick(state: ChecklistState, id: string, line: number, personId: string | null): ChecklistState {
  const current = state.picks ?? {};
  const list = [...(Object.hasOwn(current, id) ? current[id]! : [])];
  if ((list[line] ?? null) === personId) return state;
  while (list.length <= line) list.push(null);
  list[line] = personId;
  while (list.length > 0 && list.at(-1) === null) list.pop();
  const { [id]: _, ...others } = current;
  const picks = list.length === 0 ? others : { ...others, [id]: list };
  const { picks: __, loggedTicks: ___, ...rest } = state;
  const ticks = (state.loggedTicks ?? []).filter((x) => x !== id);
  return {
    ...rest,
    ...(Object.keys(picks).length > 0 ? { picks } : {}),
    ...(ticks.length > 0 ? { loggedTicks: ticks } : {}),
  };
}

const isLine = (line: number) => Number.isInteger(line) && line >= 0 && line < MAX_WHO;

/** one "Who:" line written by hand (a person picked there is no longer picked); trailing empty lines go */
export function setName(state: ChecklistState, id: string, line: number, name: string): ChecklistState {
  if (!isLine(line)) return state;
  const list = [...(state.names[id] ?? [])];
  while (list.length <= line) list.push('');
  list[line] = cutToLimit(name, LIMITS.whoName).text;
  while (list.at(-1) === '') list.pop();
  const { [id]: _, ...names } = state.names;
  return withPick({ ...state, names: list.length === 0 ? names : { ...names, [id]: list } }, id, line, null);
}

/** a person of Your people picked on one "Who:" line: their name written there */
export function setPick(
  state: ChecklistState,
  id: string,
  line: number,
  person: { readonly id: string; readonly name: string },
): ChecklistState {
  if (!isLine(line) || !isId(id) || !PERSON_ID.test(person.id) || pickOn(state, id, line) === person.id) return state;
  return withPick(setName(state, id, line, person.name), id, line, person.id);
}

/** items ticked because their picked people were logged in Your people (each once) */
export function tickLogged(state: ChecklistState, ids: readonly string[]): ChecklistState {
  const fresh = ids.filter((id) => !(state.loggedTicks ?? []).includes(id));
  if (fresh.length === 0) return state;
  const done = [...state.done, ...fresh.filter((id) => !state.done.includes(id))];
  return { ...state, done, loggedTicks: [...(state.loggedTicks ?? []), ...fresh] };
}

/** the reader's wording of one message, cut to the limit at a whole character */
export function setMessage(state: ChecklistState, id: string, text: string): ChecklistState {
  if (!isId(id)) return state;
  return { ...state, messages: { ...state.messages, [id]: cutToLimit(text, LIMITS.message).text } };
}

/** back to the suggested text: the reader's wording of this message goes (and the field, once none is left) */
export function resetMessage(state: ChecklistState, id: string): ChecklistState {
  if (!state.messages || !Object.hasOwn(state.messages, id)) return state;
  const { [id]: _, ...messages } = state.messages;
  const { messages: __, ...without } = state;
  return Object.keys(messages).length > 0 ? { ...state, messages } : without;
}

/** one network reviewed this often ('none' takes it out) */
export function setRhythm(state: ChecklistState, network: NetworkId, rhythm: ReviewInterval | 'none'): ChecklistState {
  const { [network]: _, ...others } = state.rhythms ?? {};
  return { ...state, rhythms: rhythm === 'none' ? others : { ...others, [network]: rhythm } };
}

export interface Progress {
  readonly done: number;
  readonly total: number;
}

/** how many of these items are ticked; ticks of items not in the list (a group switched off) do not count */
export function countDone(done: readonly string[], itemIds: readonly string[]): Progress {
  const ticked = new Set(done);
  return { done: itemIds.filter((id) => ticked.has(id)).length, total: itemIds.length };
}
