import { useEffect, useState } from 'react';

/**
 * Where focus goes after a reader's action, so it never drops to <body>: focusAfter() when the
 * control that had it goes away, useFocusOnChange() when a tool shows a new screen.
 *
 * focusAfter(): the tools call it in the click handler, before the change (an OK that closes its
 * notice, a Remove button), and name the element that should have the focus once the change is
 * on screen.
 */

/** what can take the focus: controls, links, and headings or legends (made focusable) */
const TARGETS = 'button,input,select,textarea,a[href],[tabindex],h2,h3,h4,legend';

/**
 * The first enabled control, link, heading or legend after `anchor` inside `within`, in
 * document order. A heading or legend gets tabindex="-1" so it can hold the focus.
 */
export function nextFocusable(anchor: Element, within: Element | null | undefined): HTMLElement | null {
  for (const el of within?.querySelectorAll<HTMLElement>(TARGETS) ?? []) {
    // after the anchor and not inside it (Node.DOCUMENT_POSITION_FOLLOWING is 4, CONTAINED_BY 16)
    if ((el as HTMLButtonElement).disabled || (anchor.compareDocumentPosition(el) & 20) !== 4) continue;
    // a heading or legend is not focusable (tabIndex -1) until it carries the attribute
    if (el.tabIndex < 0) el.tabIndex = -1;
    return el;
  }
  return null;
}

/**
 * Move focus to `target()` once the change the reader asked for is on screen (React commits a
 * click's changes before the next frame): call it in the handler, before the action.
 */
export function focusAfter(target: () => HTMLElement | null | undefined): void {
  requestAnimationFrame(() => target()?.focus());
}

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
