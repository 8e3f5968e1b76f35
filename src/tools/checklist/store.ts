/**
 * The promotion checklist's state: one persistent, versioned, defensively decoded value
 * (profile, ticks, names, messages, rhythms) that every island and tab shares, the actions on
 * it, and `createChecklistStore(content)`, which the island calls once to derive the plan and
 * the view from that value and its content.
 */
import { atom, computed } from 'nanostores';
import type { ReviewInterval } from '@/purposes/review-interval';
import { $plannedPurpose } from '@/purposes/store';
import { storageRegistry } from '@/shared/storage/registry';
import type { PlannedContact } from '@/tools/people/person';
import { planContact, unplanAll, unplanContact } from '@/tools/people/planned';
import { persistentStore } from '@/shared/storage/persist';
import { buildCalendar, calendarFileName } from './ics';
import { withGive, withGreetAs } from './message-choices';
import { pickedIds, plannedFor, type DatedItem } from './people';
import { PLAN_KEY_PREFIX, planKey } from './plan-key';
import { buildPlan } from './plan';
import { addCustomGroup, validateProfile, type AddGroupResult } from './profile';
import type { ChecklistContent } from './schema';
import {
  initialState,
  parseState,
  resetMessage,
  setMessage,
  pickOn,
  setName,
  setPick,
  setRhythm,
  tickLogged,
  toggleIn,
  withPlanId,
  type ChecklistState,
} from './state';
import { checklistView } from './view';
import type { GroupKind, NetworkId, Profile, ProfileField } from './model';

const store = persistentStore<ChecklistState>(storageRegistry.checklist, initialState, parseState);

export const $checklist = store.$value;
/** what the checklist says about its saved plan (unreadable, newer, erased or changed elsewhere) */
export const $checklistNotice = store.$notice;
/** true while something is stored: there is something to erase */
export const $checklistStored = store.$stored;
export const dismissChecklistNotice = store.dismissNotice;
/** the fields the reader has left at least once (their errors show from then on); not stored */
export const $checklistTouched = atom<readonly ProfileField[]>([]);
/** the reader pressed "Build my plan" on this page (every field's error shows from then on); not stored */
export const $checklistAsked = atom(false);

const update = (change: (state: ChecklistState) => ChecklistState) => $checklist.set(change($checklist.get()));

export function touchChecklistField(field: ProfileField): void {
  const touched = $checklistTouched.get();
  if (!touched.includes(field)) $checklistTouched.set([...touched, field]);
}

/**
 * Take back the planned contact this plan set for a person on an item (only if it is still the
 * one with the item's key, and the person is no longer picked for the item).
 */
async function takeBack(personId: string | null, itemId: string): Promise<void> {
  const { planId, picks } = $checklist.get();
  if (personId === null || planId === undefined || pickedIds(picks?.[itemId]).includes(personId)) return;
  await unplanContact(personId, planKey(planId, itemId));
}

export function eraseChecklist(): void {
  // the planned contacts the checklist set in Your people go with it
  void unplanAll(PLAN_KEY_PREFIX);
  store.erase();
  $checklistTouched.set([]);
  $checklistAsked.set(false);
}

export function updateChecklistProfile(patch: Partial<Profile>): void {
  update((s) => ({ ...s, profile: { ...s.profile, ...patch } }));
  // the reader asked for the plan on this page: it is built once the profile can make one
  if ($checklistAsked.get() && !$checklist.get().built) buildChecklist();
}

export function setChecklistGroup(kind: GroupKind, id: string, on: boolean): void {
  const { profile } = $checklist.get();
  updateChecklistProfile({ [kind]: toggleIn(profile[kind], id, on) });
}

/** add one of the reader's own groups; returns the refusal, if any */
export function addOwnGroup(label: string, builtIn: readonly string[]): AddGroupResult {
  const result = addCustomGroup($checklist.get().profile.customInternal, label, builtIn);
  if (result.ok) updateChecklistProfile({ customInternal: result.groups });
  return result;
}

export function removeOwnGroup(label: string): void {
  updateChecklistProfile({ customInternal: $checklist.get().profile.customInternal.filter((g) => g !== label) });
}

/** the stored state with a plan id, made once and kept (an older save gets one here) */
function ensurePlanId(): ChecklistState & { readonly planId: string } {
  const state = $checklist.get();
  const withId = withPlanId(state, () => crypto.randomUUID());
  if (withId.planId !== state.planId) $checklist.set(withId);
  return withId;
}

/**
 * "Build my plan": a plan is stored as built (with its plan id) only when the profile can make
 * one; otherwise nothing is stored and the errors show on this page. True when the plan is built.
 */
export function buildChecklist(): boolean {
  if (Object.keys(validateProfile($checklist.get().profile)).length > 0) {
    $checklistAsked.set(true);
    return false;
  }
  const state = ensurePlanId();
  if (!state.built) $checklist.set({ ...state, built: true });
  return true;
}

export const setItemDone = (id: string, done: boolean) => update((s) => ({ ...s, done: toggleIn(s.done, id, done) }));
/** a "Who:" line written by hand: a person picked there is no longer picked, and their planned contact goes */
export function setItemName(id: string, line: number, name: string): Promise<void> {
  const before = pickOn($checklist.get(), id, line);
  update((s) => setName(s, id, line, name));
  return takeBack(before, id);
}

/**
 * A person of Your people picked on a "Who:" line: their name is written there, and their
 * planned contact is set to the item's due date, with the item as its reason (the person picked
 * there before, if another, loses the planned contact this item gave them).
 */
export async function pickChecklistPerson(
  item: DatedItem,
  line: number,
  person: { readonly id: string; readonly name: string },
): Promise<void> {
  const state = ensurePlanId();
  const before = pickOn(state, item.id, line);
  update((s) => setPick(s, item.id, line, person));
  // a pick the checklist refused (an id it does not keep) plans nothing
  if (pickOn($checklist.get(), item.id, line) !== person.id) return;
  if (before !== person.id) await takeBack(before, item.id);
  await planContact(person.id, plannedFor(state.planId, item));
}

/** planned contacts brought up to date with the plan (./people.ts plannedUpdates) */
export const updatePlannedContacts = (updates: readonly { personId: string; planned: PlannedContact }[]) =>
  Promise.all(updates.map((u) => planContact(u.personId, u.planned)));

/** items whose picked people were all logged in Your people: ticked, each once */
export const tickLoggedItems = (ids: readonly string[]) => update((s) => tickLogged(s, ids));
/** the reader's own wording of the message that goes with a plan item */
export const setChecklistMessage = (id: string, text: string) => update((s) => setMessage(s, id, text));
/** back to the suggested text of a plan item's message */
export const resetChecklistMessage = (id: string) => update((s) => resetMessage(s, id));
/** how the messages greet the person written as `name` ('' greets nobody) */
export const setChecklistGreetAs = (name: string, greet: string) =>
  update((s) => ({ ...s, messageChoices: withGreetAs(s.messageChoices, name, greet) }));
/** the give one message offers */
export const setChecklistGive = (messageId: string, give: string) =>
  update((s) => ({ ...s, messageChoices: withGive(s.messageChoices, messageId, give) }));
/** review a network this often after the 90-day review ('none': not in the calendar) */
export const setReviewRhythm = (network: NetworkId, rhythm: ReviewInterval | 'none') =>
  update((s) => setRhythm(s, network, rhythm));

/** The plan and the view of one island, derived from the shared state and the island's content. */
export function createChecklistStore(content: ChecklistContent) {
  const $profile = computed($checklist, (state) => state.profile);
  const $rhythms = computed($checklist, (state) => state.rhythms);
  /** rebuilt when the profile, the quiz purpose or a rhythm changes, not on ticks or names */
  const $plan = computed([$profile, $plannedPurpose, $rhythms], (profile, purpose, rhythms) =>
    buildPlan(content, profile, purpose, rhythms),
  );
  const $view = computed(
    [$checklist, $checklistTouched, $checklistAsked, $plan, $plannedPurpose],
    (state, touched, asked, plan, purpose) => checklistView(state, { touched, asked }, plan, purpose, content),
  );
  return {
    $view,
    /** what the server renders (it cannot see the reader's storage) */
    serverView: checklistView(initialState, { touched: [], asked: false }, null, null, content),
    /** the calendar file for the current plan, or null while the profile is incomplete */
    calendar(url: string, now = new Date()) {
      const plan = $plan.get();
      if (!plan) return null;
      const { profile, done, names, planId } = ensurePlanId();
      return {
        fileName: calendarFileName(profile),
        ...buildCalendar({ plan, planId, profile, done, names, now, url }),
      };
    },
  };
}

export type ChecklistStore = ReturnType<typeof createChecklistStore>;
