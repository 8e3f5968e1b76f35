import type { QuizContent } from '@/tools/quiz/model';

/** What QuizTool.astro gives the island. */
export interface QuizIslandProps {
  readonly content: QuizContent;
  /** the level of the island's own headings: 2 on the tool page, 3 inside an article */
  readonly headingLevel: 2 | 3;
}

/** Where the focus goes after a reader's action: the new question's legend, the screen's heading, the top. */
export type FocusTarget = 'legend' | 'heading' | 'top';

/** What every screen of the island gets. */
export interface ScreenProps {
  readonly content: QuizContent;
  /** the screen's heading: h2 on the tool page, h3 inside an article */
  readonly H: 'h2' | 'h3';
  /** do a reader's action, then move the focus to `target` on the screen it leads to (false: it stays) */
  readonly move: (action: () => unknown, target: FocusTarget) => void;
  /** the ref of the element that takes the focus as `target` */
  readonly focusRef: (target: FocusTarget) => (el: HTMLElement | null) => void;
}
