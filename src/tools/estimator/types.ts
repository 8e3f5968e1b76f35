/** The island's props: plain data from EstimatorTool.astro (types only: no zod reaches the client). */
import type { EstimatorContent } from '@/tools/estimator/model';

export interface EstimatorIslandProps {
  readonly content: EstimatorContent;
  /** the level of the step headings: one below the tool's title (headingLevelBelow) */
  readonly headingLevel: 2 | 3;
}
