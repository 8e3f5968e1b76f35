import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';

/**
 * A Nano Store's value in a React component, re-rendering when it changes (the core of
 * @nanostores/react's useStore, without its `keys` option, which no island uses).
 * `ssr`: what the server renders and the island hydrates from — 'initial' for the store's
 * starting value, or a function — so that stored data never causes a hydration mismatch.
 */
export function useStore<T>(store: ReadableAtom<T>, { ssr }: { ssr?: 'initial' | (() => T) } = {}): T {
  // the value seen at render and kept by the listener: one snapshot per change, as React asks
  const snapshot = useRef<T>(store.get());
  snapshot.current = store.get();
  const subscribe = useCallback(
    (changed: () => void) => {
      const update = (value: T) => {
        if (snapshot.current === value) return;
        snapshot.current = value;
        changed();
      };
      update(store.get());
      return store.listen(update);
    },
    [store],
  );
  const get = () => snapshot.current;
  const server =
    ssr === 'initial' && 'init' in store
      ? () => (store as ReadableAtom<T> & { init: T }).init
      : typeof ssr === 'function'
        ? ssr
        : get;
  return useSyncExternalStore(subscribe, get, server);
}
