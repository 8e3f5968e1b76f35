import { useEffect, useState } from 'react';

/**
 * Move the focus to the element a reader's action leads to (the new screen's heading or legend,
 * the top of the tool) once that screen is on screen, so it never drops to <body>. Every tool
 * with screens of its own can use it:
 *
 *   const focus = useFocusOnChange<'heading' | 'legend'>(screenKey, hydrated);
 *   <h2 tabIndex={-1} ref={focus.ref('heading')}>…</h2>
 *   onClick={() => { focus.next('heading'); goToReview(); }}
 *
 * `next(target)` names where the focus goes after the next change of `key` (null: it stays where
 * it is); the target waits while `enabled` is false (before hydration, when the real screen is
 * not shown yet). `ref(target)` is the ref of the element that takes the focus as `target` (an
 * element on screen with its screen: not one loaded lazily). The returned object keeps its identity across renders (safe in an effect's dependencies).
 */
export function useFocusOnChange<T extends string>(key: unknown, enabled = true): FocusOnChange<T> {
  const [focus] = useState(() => {
    let pending: T | null = null;
    const elements = {} as Record<T, HTMLElement | null>;
    return {
      next: (target: T | null) => void (pending = target),
      ref: (target: T) => (el: HTMLElement | null) => void (elements[target] = el),
      apply() {
        if (pending) elements[pending]?.focus();
        pending = null;
      },
    };
  });
  useEffect(() => {
    if (enabled) focus.apply();
  }, [key, enabled, focus]);
  return focus;
}

export interface FocusOnChange<T extends string> {
  /** focus `target` once the screen has changed (null: the focus stays where it is) */
  readonly next: (target: T | null) => void;
  /** the ref of the element that takes the focus as `target` */
  readonly ref: (target: T) => (el: HTMLElement | null) => void;
}
