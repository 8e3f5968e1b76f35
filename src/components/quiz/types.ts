/** Site paths the island links to, already joined with the base path by the wrapper. */
export interface QuizLinks {
  /** the article page (no fragment) */
  readonly article: string;
  readonly estimator: string;
  readonly checklist: string;
  /** this tool's page: share links point here */
  readonly tool: string;
}
