/**
 * The network-size estimator's state. What the reader typed is saved (versioned) and shared by
 * every island and tab; each island's store, made once from its content, evaluates the fields
 * once per change and turns the result into the view its parts render.
 */
import { atom, computed } from 'nanostores';
import type { PurposeId } from '@/purposes/ids';
import { $sharedPurpose, $sharedTie } from '@/purposes/store';
import { persistentStore } from '@/shared/storage/persist';
import { storageRegistry } from '@/shared/storage/registry';
import { evaluate, fieldSpecs, initialValues, MAX_INPUT_LENGTH, type Method } from './model';
import { initialState, parseState, type EstimatorState } from './state';
import { buildView, type EstimatorContent } from './view';

const saved = persistentStore<EstimatorState>(storageRegistry.estimator, initialState, parseState);

/** the method, the purpose chosen here and the text of every field, as saved in this browser */
export const $estimator = saved.$value;

export type EstimatorStore = ReturnType<typeof createEstimatorStore>;

export function createEstimatorStore(content: EstimatorContent) {
  // This page only, never saved: the fields whose text the browser could not read, the fields the
  // reader changed (latest last: where a disagreement between two fields is said), and each
  // field's last valid number (a wrong field's results wait; the chart keeps its last ceiling).
  const unreadable = new Set<string>();
  let edited: readonly string[] = [];
  let lastValid = initialValues();
  // bumped when only the browser's flag on a field changed, its text did not
  const $rechecked = atom(0);

  /** one evaluation of the fields for each change of the saved state, the quiz's purpose or tie, or a flag */
  const $view = computed([$estimator, $sharedPurpose, $sharedTie, $rechecked], (state, quizPurpose, quizTie) => {
    const evaluation = evaluate(state.fields, lastValid, unreadable, edited);
    lastValid = evaluation.lastValid;
    return buildView(content, state, evaluation, quizPurpose, quizTie);
  });

  const update = (change: Partial<EstimatorState>) => $estimator.set({ ...$estimator.get(), ...change });

  /** The reader typed in a field. `unreadableNow`: the browser holds text it cannot read as a number. */
  function setField(id: string, raw: string, unreadableNow = false): void {
    if (!fieldSpecs.has(id)) return;
    const text = String(raw).slice(0, MAX_INPUT_LENGTH + 1);
    if (edited.at(-1) !== id) edited = [...edited.filter((e) => e !== id), id];
    const flagChanged = unreadable.has(id) !== unreadableNow;
    if (unreadableNow) unreadable.add(id);
    else unreadable.delete(id);
    const { fields } = $estimator.get();
    if (fields[id] !== text) update({ fields: { ...fields, [id]: text } });
    else if (flagChanged) $rechecked.set($rechecked.get() + 1);
  }

  return {
    $view,
    /** what the server renders (no saved data, no quiz): the island hydrates from it */
    server: buildView(content, initialState, evaluate(initialState.fields, initialValues()), null),
    /** what the estimator says about its saved numbers (unreadable, newer, erased or changed elsewhere) */
    $notice: saved.$notice,
    dismissNotice: saved.dismissNotice,
    setField,
    /** The browser's flag checked again (key up, leaving the field): only a change does anything. */
    recheckField(id: string, raw: string, unreadableNow: boolean): void {
      if (unreadable.has(id) !== unreadableNow) setField(id, raw, unreadableNow);
    },
    setMethod(method: Method): void {
      if ($estimator.get().method !== method) update({ method });
    },
    /**
     * Choose a purpose here; null, or the quiz's own single purpose, follows the quiz. In a tie
     * the choice is kept as made, even the purpose the quiz stored first. Never changes the quiz result.
     */
    choosePurpose(purpose: PurposeId | null): void {
      const followsQuiz = purpose === $sharedPurpose.get() && $sharedTie.get().length === 0;
      update({ purpose: followsQuiz ? null : purpose });
    },
    /** Part 3: start from today's estimate as the number of first-degree connections. */
    copyEstimateToReach(): void {
      const estimate = $view.get().reachEstimate;
      if (estimate !== null) setField('reach.first', String(estimate));
    },
    /** Clear everything the estimator stored and start again. */
    reset(): void {
      unreadable.clear();
      edited = [];
      lastValid = initialValues();
      saved.erase();
      $rechecked.set($rechecked.get() + 1);
    },
  };
}
