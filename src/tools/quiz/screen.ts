import type { QuizContent } from './schema';
import type { QuizStore } from './store';

/** Where the focus goes after a reader's action: the new question's legend, the screen's heading, the top. */
export type FocusTarget = 'legend' | 'heading' | 'top';
/** what a reader's action asks for: a target, or `screen`: the heading (or legend) of whatever screen it leads to */
export type MoveTarget = FocusTarget | 'screen';

/** What every screen of the island gets. */
export interface ScreenProps {
  readonly content: QuizContent;
  readonly store: QuizStore;
  /** the screen's heading: h2 on the tool page, h3 inside an article */
  readonly H: 'h2' | 'h3';
  /** do a reader's action, then move the focus to `target` on the screen it leads to (false: it stays) */
  readonly move: (action: () => unknown, target: MoveTarget) => void;
  /** the ref of the element that takes the focus as `target` */
  readonly focusRef: (target: FocusTarget) => (el: HTMLElement | null) => void;
}
