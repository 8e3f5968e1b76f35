/**
 * The network-size estimator's state: what the reader typed (persisted, versioned), the
 * fields the browser flagged as unreadable, the view derived from them and, once the island has
 * set its content, the display (every sentence and number as text). Components render
 * $estimatorDisplay and call the actions below; the logic lives in src/lib/estimator/.
 */
import { atom, computed, type ReadableAtom } from 'nanostores';
import { displayView, type EstimatorDisplay } from '@/tools/estimator/display';
import { fieldSpecs, initialValues, type Values } from '@/tools/estimator/fields';
import type { EstimatorContent, Method } from '@/tools/estimator/model';
import { MAX_INPUT_LENGTH, numberWriter } from '@/tools/estimator/numbers';
import {
  initialState,
  parseState,
  withField,
  withMethod,
  withPurpose,
  type EstimatorState,
} from '@/tools/estimator/state';
import { buildView, rememberValid } from '@/tools/estimator/view';
import type { PurposeId } from '@/purposes/ids';
import { keepEqual } from '@/shared/keep-equal';
import { storageRegistry } from '@/shared/storage/registry';
import { persistentStore } from '@/shared/storage/persist';
import { $sharedPurpose } from '@/purposes/store';

const store = persistentStore<EstimatorState>(storageRegistry.estimator, initialState, parseState);

export const $estimator = store.$value;
/** what the estimator says about its saved numbers (unreadable, newer, erased or changed elsewhere) */
export const $estimatorNotice = store.$notice;
export const dismissEstimatorNotice = store.dismissNotice;

/** fields where the browser could not read what was typed or pasted (not persisted) */
export const $badInput = atom<ReadonlySet<string>>(new Set());

/** the fields the reader changed on this page, the latest last (not persisted): where a disagreement between two fields is said */
export const $edited = atom<readonly string[]>([]);

/**
 * The last number each field held while valid: results keep using it while a field is wrong.
 * Updated by the actions below (never inside a computed store), starting from what was saved.
 */
export const $lastValid = atom<Values>(rememberValid($estimator.get(), new Set(), initialValues()));

/**
 * The view: a function of what was typed, the unreadable fields, the quiz and $lastValid.
 * $lastValid and $edited are read, not followed: the actions change $lastValid only for fields
 * that are valid in the current entries, whose numbers the view takes from the entries
 * themselves, and change $edited only before the entries or $badInput (which the view follows),
 * so following them would only build the same view again on every keystroke.
 */
export const $estimatorView = computed([$estimator, $badInput, $sharedPurpose], (state, bad, quizPurpose) =>
  buildView(state, bad, quizPurpose, $lastValid.get(), $edited.get()),
);

/** The estimator's content: set once by the island (useContent) before a store that needs it is read. */
export const $estimatorContent = atom<EstimatorContent | null>(null);
export function setEstimatorContent(content: EstimatorContent): void {
  if ($estimatorContent.get() !== content) $estimatorContent.set(content);
}

/** How numbers are written: the content's locale and words. */
const $writer = computed(
  $estimatorContent,
  (content) => content && numberWriter(content.locale, content.words.numbers),
);

/**
 * What the server renders (no stored data, no quiz purpose): the island hydrates from this, then
 * shows $estimatorDisplay.
 */
export const $estimatorServerDisplay = computed([$estimatorContent, $writer], (content, write) =>
  content && write ? displayView(buildView(initialState, new Set(), null, initialValues()), content, write) : null,
);

/**
 * The display: every sentence and number the island shows, following $estimatorView. Each new
 * display keeps the objects of the one before (its own last value) where nothing changed, so that
 * the island's parts, memoized on their slice of it, re-render only where a keystroke changed them.
 */
export const $estimatorDisplay: ReadableAtom<EstimatorDisplay | null> = computed(
  [$estimatorView, $estimatorContent, $writer],
  (view, content, write) =>
    content && write ? keepEqual($estimatorDisplay.value ?? null, displayView(view, content, write)) : null,
);

/** Remember the numbers that are valid now, so a later wrong entry falls back to them. */
function remember(): void {
  $lastValid.set(rememberValid($estimator.get(), $badInput.get(), $lastValid.get(), $edited.get()));
}

function update(change: (state: EstimatorState) => EstimatorState): void {
  $estimator.set(change($estimator.get()));
  remember();
}

/** The reader typed in a field. `unreadable`: the browser holds text it cannot read as a number. */
export function setField(id: string, raw: string, unreadable = false): void {
  if (!fieldSpecs.has(id)) return;
  const text = String(raw).slice(0, MAX_INPUT_LENGTH + 1);
  // what was saved or synced from another tab counts as valid before this change
  remember();
  // $edited first: the view reads it when $badInput or the entries change below
  const edited = $edited.get();
  if (edited[edited.length - 1] !== id) $edited.set([...edited.filter((e) => e !== id), id]);
  const bad = new Set($badInput.get());
  const changed = unreadable ? !bad.has(id) && Boolean(bad.add(id)) : bad.delete(id);
  if (changed) $badInput.set(bad);
  if ($estimator.get().fields[id] !== text) update((s) => withField(s, id, text));
  remember();
}

/**
 * The browser's view of a field, checked again (on key up, on leaving it): only when it
 * disagrees with what the store holds about readability, so focusing a field changes nothing.
 */
export function recheckField(id: string, raw: string, unreadable: boolean): void {
  if ($badInput.get().has(id) !== unreadable) setField(id, raw, unreadable);
}

export function setMethod(method: Method): void {
  if ($estimator.get().method !== method) update((s) => withMethod(s, method));
}

/** Choose a purpose here; null goes back to the quiz's purpose. Never changes the quiz result. */
export function choosePurpose(purpose: PurposeId | null): void {
  // choosing the quiz's own purpose is the same as following the quiz
  const chosen = purpose !== null && purpose === $estimatorView.get().quizPurpose ? null : purpose;
  update((s) => withPurpose(s, chosen));
}

/** Part 3: start from today's estimate as the number of first-degree connections. */
export function copyEstimateToReach(): void {
  const estimate = $estimatorView.get().reachEstimate;
  if (estimate !== null) setField('reach.first', String(estimate));
}

/** Clear everything the estimator stored and start again. */
export function resetEstimator(): void {
  $lastValid.set(initialValues());
  $badInput.set(new Set());
  $edited.set([]);
  store.erase();
}
