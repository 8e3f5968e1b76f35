/**
 * Where focus goes when the control that had it goes away (an OK that closes its notice, a
 * Remove button): the tools call focusAfter() in the click handler, before the change, and
 * name the element that should have the focus once the change is on screen. Focus never
 * drops to <body>.
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
