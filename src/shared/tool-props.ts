/**
 * What every tool's Astro wrapper takes (QuizTool, EstimatorTool, ChecklistTool), and the one
 * rule for the headings inside it: the tool page writes `<XTool hydrate="load" titleLevel={1} />`
 * inside its own ToolFrame, an article writes `<XTool framed />`.
 */
export interface ToolProps {
  /** 'load' on the tool's own page; 'visible' in an article (hydrates near the viewport) */
  readonly hydrate?: 'load' | 'visible';
  /** draw the ToolFrame (title, promise) around the tool: inside an article; the tool page draws its own */
  readonly framed?: boolean;
  /** the level of the tool's title: 1 on its own page, 2 inside an article */
  readonly titleLevel?: 1 | 2;
}

/** The level of the tool's own headings (the island's and its sources'): one below its title. */
export function headingLevelBelow(titleLevel: 1 | 2): 2 | 3 {
  return titleLevel === 1 ? 2 : 3;
}
