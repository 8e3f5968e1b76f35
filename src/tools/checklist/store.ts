/**
 * The promotion checklist's state: one persistent, versioned, defensively decoded value
 * (profile, ticks, names), the content the island sets once, the plan and the view computed
 * from both, and the actions the island calls. All logic lives in src/lib/checklist.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { buildCalendar, icsFileName } from '@/tools/checklist/ics';
import { resetMessage, setMessage } from '@/tools/checklist/message-state';
import type { ChecklistContent, GroupKind, Plan, Profile } from '@/tools/checklist/model';
import { buildPlan, personFor } from '@/tools/checklist/plan';
import {
  addCustomGroup,
  validateProfile,
  type AddGroupResult,
  type ProfileErrors,
  type ProfileField,
} from '@/tools/checklist/profile';
import {
  noRhythms,
  recurringEvents,
  reviewEntries,
  setRhythm,
  withReviews,
  type NetworkId,
  type ReviewEntry,
  type Rhythm,
  type Rhythms,
} from '@/tools/checklist/rhythm';
import {
  initialState,
  parseState,
  setDone,
  setName,
  toggleIn,
  updateProfile,
  withPlanId,
  type ChecklistState,
} from '@/tools/checklist/state';
import { checklistView, emptyChecklistView, type ChecklistView } from '@/tools/checklist/view';
import { storageRegistry } from '@/shared/storage/registry';
import { persistentStore } from '@/shared/storage/persist';
import { $sharedPurpose } from '@/purposes/store';

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

/** The checklist's content: set once by the island (useContent) before a store that needs it is read. */
export const $checklistContent = atom<ChecklistContent | null>(null);

export function setChecklistContent(content: ChecklistContent): void {
  if ($checklistContent.get() !== content) $checklistContent.set(content);
}

/** the plan without the reviewed networks: rebuilt when the profile, the shared purpose or the content changes */
const $checklistItems: ReadableAtom<Plan | null> = computed(
  [$checklistContent, $checklistProfile, $sharedPurpose],
  (content, profile, purpose) => (content ? buildPlan(content.items, content.words, profile, purpose) : null),
);

/** the reviewed networks: one item each in the plan and one event each in the calendar file */
export const $checklistReviews: ReadableAtom<readonly ReviewEntry[]> = computed(
  [$checklistItems, $checklistContent, $checklistProfile, $checklistRhythms],
  (plan, content, profile, rhythms) =>
    plan && content ? reviewEntries(plan, content.words, profile, rhythms, personFor(profile, content.words)) : [],
);

/** the plan, recomputed when the profile, the shared purpose or a rhythm changes (not on ticks or names) */
export const $checklistPlan: ReadableAtom<Plan | null> = computed([$checklistItems, $checklistReviews], withReviews);

/**
 * Everything the island shows around the form: the visible errors and the summary, the
 * purpose note, the plan and the progress (the empty view until the content is set).
 */
export const $checklistView: ReadableAtom<ChecklistView> = computed(
  [$checklist, $profileErrors, $checklistTouched, $checklistPlan, $sharedPurpose, $checklistContent],
  (state, errors, touched, plan, purpose, content) =>
    content
      ? checklistView(state, errors, touched, plan, content.words, purpose, content.purposeLabels)
      : emptyChecklistView,
);

/** the calendar file for the current plan and how many events it holds, or null while the profile is incomplete */
export function checklistCalendar(url: string, now: Date = new Date()) {
  const plan = $checklistPlan.get();
  const content = $checklistContent.get();
  if (!plan || !content) return null;
  const { profile, done, names, planId } = ensurePlanId();
  const text = content.words.calendar;
  const recurring = recurringEvents($checklistReviews.get());
  // the counts are what buildCalendar wrote, so what is said about the file is what it holds
  return {
    fileName: icsFileName(profile, text.fileName),
    ...buildCalendar({ plan, planId, profile, done, names, now, url, text, recurring }),
  };
}
