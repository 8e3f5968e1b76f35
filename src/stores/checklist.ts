/**
 * The promotion checklist's state: one persistent, versioned, defensively decoded value
 * (profile, ticks, names), the plan computed from it and the content, and the actions the
 * island calls. All logic lives in src/lib/checklist.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { buildCalendar, icsFileName } from '../lib/checklist/ics';
import { resetMessage, setMessage } from '../lib/checklist/message-state';
import { buildPlan, personFor } from '../lib/checklist/plan';
import {
  noRhythms,
  recurringEvents,
  reviewEntries,
  setRhythm,
  withReviews,
  type NetworkId,
  type ReviewEntry,
  type ReviewSuggestions,
  type Rhythm,
  type Rhythms,
} from '../lib/checklist/rhythm';
import {
  addCustomGroup,
  validateProfile,
  type AddGroupResult,
  type ProfileErrors,
  type ProfileField,
} from '../lib/checklist/profile';
import {
  initialState,
  parseState,
  progress,
  setDone,
  setName,
  toggleIn,
  updateProfile,
  withPlanId,
  type ChecklistState,
  type Progress,
} from '../lib/checklist/state';
import type { ChecklistWords, GroupKind, ItemTemplate, Plan, Profile } from '../lib/checklist/model';
import { checklistView as buildView, type ChecklistView } from '../lib/checklist/view';
import { storageRegistry } from '../lib/storage/registry';
import { persistentStore } from './persist';
import { $sharedPurpose } from './purpose';

export interface ChecklistContent {
  readonly items: readonly ItemTemplate[];
  readonly words: ChecklistWords;
  /** each network's suggested review interval, from the purpose model (src/lib/checklist/rhythm.ts) */
  readonly suggestions: ReviewSuggestions;
}

const store = persistentStore<ChecklistState>(storageRegistry.checklist, initialState, parseState);

export const $checklist = store.$value;
/** what the checklist says about its saved plan (unreadable, newer, erased or changed elsewhere) */
export const $checklistNotice = store.$notice;
/** true while something is stored (the initial state is never written): there is something to erase */
export const $checklistStored = store.$stored;
export const dismissChecklistNotice = store.dismissNotice;

/**
 * The profile alone: the same object while only ticks and names change, so that what depends
 * on the profile (its errors, the plan) is not rebuilt on every tick.
 */
export const $checklistProfile: ReadableAtom<Profile> = computed($checklist, (state) => state.profile);

/** how often each network is reviewed: the same object while only ticks, names or the profile change */
export const $checklistRhythms: ReadableAtom<Rhythms> = computed($checklist, (state) => state.rhythms ?? noRhythms);

export const $profileErrors: ReadableAtom<ProfileErrors> = computed($checklistProfile, (profile) =>
  validateProfile(profile),
);

/** the fields the reader has left at least once (their errors show from then on); not stored */
export const $checklistTouched = atom<readonly ProfileField[]>([]);

export function touchChecklistField(field: ProfileField): void {
  const touched = $checklistTouched.get();
  if (!touched.includes(field)) $checklistTouched.set([...touched, field]);
}

export function eraseChecklist(): void {
  store.erase();
  $checklistTouched.set([]);
}

export function updateChecklistProfile(patch: Partial<Profile>): void {
  $checklist.set(updateProfile($checklist.get(), patch));
}

export function setChecklistGroup(kind: GroupKind, id: string, on: boolean): void {
  const { profile } = $checklist.get();
  if (kind === 'internal') updateChecklistProfile({ internal: toggleIn(profile.internal, id, on) });
  else updateChecklistProfile({ external: toggleIn(profile.external, id, on) });
}

/** add one of the reader's own groups; returns the refusal, if any */
export function addOwnGroup(label: string, builtInLabels: readonly string[]): AddGroupResult {
  const result = addCustomGroup($checklist.get().profile.customInternal, label, builtInLabels);
  if (result.ok) updateChecklistProfile({ customInternal: result.groups });
  return result;
}

export function removeOwnGroup(label: string): void {
  updateChecklistProfile({ customInternal: $checklist.get().profile.customInternal.filter((g) => g !== label) });
}

/** a new random plan id (calendar UIDs) */
const makePlanId = (): string => crypto.randomUUID();

/** the stored state with a plan id, made once and kept (state stored before plan ids gets one here) */
function ensurePlanId(): ChecklistState & { readonly planId: string } {
  const state = $checklist.get();
  const withId = withPlanId(state, makePlanId);
  if (withId.planId !== state.planId) $checklist.set(withId);
  return withId;
}

export function markChecklistBuilt(): void {
  const state = ensurePlanId();
  if (!state.built) $checklist.set({ ...state, built: true });
}

export function setItemDone(id: string, done: boolean): void {
  $checklist.set(setDone($checklist.get(), id, done));
}

export function setItemName(id: string, line: number, name: string): void {
  $checklist.set(setName($checklist.get(), id, line, name));
}

/** the reader's own wording of the message that goes with a plan item (kept with the plan) */
export function setChecklistMessage(id: string, text: string): void {
  $checklist.set(setMessage($checklist.get(), id, text));
}

/** back to the suggested text of a plan item's message */
export function resetChecklistMessage(id: string): void {
  const state = $checklist.get();
  const next = resetMessage(state, id);
  if (next !== state) $checklist.set(next);
}

/** review a network this often after the 90-day review ('none': not in the calendar) */
export function setReviewRhythm(network: NetworkId, rhythm: Rhythm): void {
  const state = $checklist.get();
  $checklist.set({ ...state, rhythms: setRhythm(state.rhythms, network, rhythm) });
}

interface PlanStores {
  readonly $plan: ReadableAtom<Plan | null>;
  readonly $reviews: ReadableAtom<readonly ReviewEntry[]>;
}

const planStores = new WeakMap<ChecklistContent, PlanStores>();

function planStoresFor(content: ChecklistContent): PlanStores {
  let stores = planStores.get(content);
  if (!stores) {
    const $base = computed([$checklistProfile, $sharedPurpose], (profile, purpose) =>
      buildPlan(content.items, content.words, profile, purpose),
    );
    // the reviewed networks: one item each in the plan and one event each in the calendar file
    const $reviews = computed([$base, $checklistProfile, $checklistRhythms], (plan, profile, rhythms) =>
      plan ? reviewEntries(plan, content.words, profile, rhythms, personFor(profile, content.words)) : [],
    );
    const $plan = computed([$base, $reviews], withReviews);
    stores = { $plan, $reviews };
    planStores.set(content, stores);
  }
  return stores;
}

/** the plan for this content, recomputed when the profile, the shared purpose or a rhythm changes (not on ticks or names) */
export function checklistPlan(content: ChecklistContent): ReadableAtom<Plan | null> {
  return planStoresFor(content).$plan;
}

export function checklistProgress(state: ChecklistState, plan: Plan | null): Progress {
  return progress(state, plan?.itemIds ?? []);
}

/** the calendar file for the current plan and how many events it holds, or null while the profile is incomplete */
export function checklistCalendar(content: ChecklistContent, url: string, now: Date = new Date()) {
  const plan = checklistPlan(content).get();
  if (!plan) return null;
  const { profile, done, names, planId } = ensurePlanId();
  const text = content.words.calendar;
  const recurring = recurringEvents(planStoresFor(content).$reviews.get());
  // the counts are what buildCalendar wrote, so what is said about the file is what it holds
  return {
    fileName: icsFileName(profile, text.fileName),
    ...buildCalendar({ plan, planId, profile, done, names, now, url, text, recurring }),
  };
}

const viewStores = new WeakMap<ChecklistContent, WeakMap<object, ReadableAtom<ChecklistView>>>();

/**
 * Everything the island shows around the form for this content: the visible errors and the
 * summary, the purpose note, the plan and the progress.
 */
export function checklistView(
  content: ChecklistContent,
  purposeLabels: Readonly<Record<string, string>>,
): ReadableAtom<ChecklistView> {
  let byLabels = viewStores.get(content);
  if (!byLabels) {
    byLabels = new WeakMap();
    viewStores.set(content, byLabels);
  }
  let $view = byLabels.get(purposeLabels);
  if (!$view) {
    $view = computed(
      [$checklist, $profileErrors, $checklistTouched, checklistPlan(content), $sharedPurpose],
      (state, errors, touched, plan, purpose) =>
        buildView(state, errors, touched, plan, content.words, purpose, purposeLabels),
    );
    byLabels.set(purposeLabels, $view);
  }
  return $view;
}
