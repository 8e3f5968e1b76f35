import type { ChecklistContent } from '@/tools/checklist/model';

/** what ChecklistTool.astro gives the island: its content, as plain data, and its headings' level */
export interface ChecklistIslandProps {
  readonly content: ChecklistContent;
  /** the island's own headings (the plan's title): 2 on the tool page, 3 inside an article */
  readonly headingLevel: 2 | 3;
}
