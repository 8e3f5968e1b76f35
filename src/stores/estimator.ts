/**
 * The network-size estimator's state: what the reader typed (persisted, versioned), the
 * fields the browser flagged as unreadable, and the view derived from them. Components render
 * $estimatorView and call the actions below; the maths lives in src/lib/estimator/.
 */
import { atom, computed } from 'nanostores';
import type { PurposeId } from '../lib/purposes';
import { fieldSpecs, initialValues, type Values } from '../lib/estimator/fields';
import { MAX_INPUT_LENGTH } from '../lib/estimator/numbers';
import { initialState, parseStoredState, type EstimatorState, type Method } from '../lib/estimator/stored';
import { buildView, type EstimatorView } from '../lib/estimator/view';
import { storageRegistry } from '../lib/storage/registry';
import { persistentStore } from './persist';
import { $sharedPurpose } from './purpose';

const initial = initialState();
const store = persistentStore<EstimatorState>(storageRegistry.estimator, initial, parseStoredState);

export const $estimator = store.$value;
/** stored data was unreadable and the estimator started fresh */
export const $estimatorRecovered = store.$recovered;
export const dismissEstimatorRecovered = store.dismissRecovered;

/** fields where the browser could not read what was typed or pasted (not persisted) */
export const $badInput = atom<ReadonlySet<string>>(new Set());

/** the last number each field held while valid: results keep using it while a field is wrong */
let lastValid: Values = initialValues();

export const $estimatorView = computed([$estimator, $badInput, $sharedPurpose], (state, bad, quizPurpose) => {
  const built = buildView(state, bad, quizPurpose, lastValid);
  lastValid = built.lastValid;
  return built.view;
});

/** What the server renders (no stored data): the island hydrates from this, then updates. */
export const serverView: EstimatorView = buildView(initial, new Set(), null, initialValues()).view;

function update(change: (state: EstimatorState) => EstimatorState): void {
  $estimator.set(change($estimator.get()));
}

/** The reader typed in a field. `unreadable`: the browser holds text it cannot read as a number. */
export function setField(id: string, raw: string, unreadable = false): void {
  if (!fieldSpecs.has(id)) return;
  const text = String(raw).slice(0, MAX_INPUT_LENGTH + 1);
  const bad = new Set($badInput.get());
  const changed = unreadable ? !bad.has(id) && Boolean(bad.add(id)) : bad.delete(id);
  if (changed) $badInput.set(bad);
  if ($estimator.get().fields[id] !== text) update((s) => ({ ...s, fields: { ...s.fields, [id]: text } }));
}

export function setMethod(method: Method): void {
  if ($estimator.get().method !== method) update((s) => ({ ...s, method }));
}

/** Choose a purpose here; null goes back to the quiz's purpose. Never changes the quiz result. */
export function choosePurpose(purpose: PurposeId | null): void {
  // choosing the quiz's own purpose is the same as following the quiz
  const chosen = purpose !== null && purpose === $estimatorView.get().quizPurpose ? null : purpose;
  update((s) => ({ ...s, purpose: chosen }));
}

/** Part 3: start from today's estimate as the number of first-degree connections. */
export function copyEstimateToReach(): void {
  const today = $estimatorView.get().today;
  if (today !== null) setField('reach.first', String(Math.min(today, fieldSpecs.get('reach.first')!.max)));
}

/** Clear everything the estimator stored and start again. */
export function resetEstimator(): void {
  $badInput.set(new Set());
  lastValid = initialValues();
  store.erase();
}
