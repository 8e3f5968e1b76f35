import type { PurposeModel } from '@/purposes/model';
import type { QuizAnswerData, QuizQuestionsData, QuizResultsData } from '@/tools/quiz/schema';
import type { QuizShareWords } from '@/tools/quiz/share-schema';

/** The three inviting strategies of the article's opening: declared with the purpose model. */
export { isStrategyId, strategyIds, type StrategyId } from '@/purposes/model';

/**
 * What scoring needs: the weighted questions and the inviting-strategy question
 * (src/content/quiz/questions.yaml, as src/schemas/quiz.ts reads it).
 */
export type QuizModel = QuizQuestionsData;
/** a weighted question: each answer gives points to purposes */
export type QuizQuestion = QuizModel['questions'][number];
/** the inviting-strategy question: each answer is a strategy */
export type StrategyQuestion = QuizModel['strategyQuestion'];
export type QuizAnswer = QuizAnswerData;
/** points an answer gives each purpose (missing = 0) */
export type Weights = QuizAnswer['weights'];

/** Answers by question id: the chosen answer id. */
export type Answers = Readonly<Record<string, string>>;

/** Every step in order: the strategy question first (the article's opening), then the rest. */
export function allQuestions(model: QuizModel): readonly (QuizQuestion | StrategyQuestion)[] {
  return [model.strategyQuestion, ...model.questions];
}

/** The quiz's words (src/content/quiz/results.yaml): the island's, the result's and the plan's. */
export type QuizWords = QuizResultsData;
export type QuizUi = QuizWords['ui'];
/** why a share link cannot show a result */
export type LinkProblem = keyof QuizUi['linkProblems'];
/** the segmentation plan's own words (each purpose's lines are in the purpose model) */
export type PlanWords = QuizWords['plan'];

/** Site paths the island links to, already joined with the base path by the wrapper. */
export interface QuizLinks {
  /** the article page (no fragment) */
  readonly article: string;
  readonly estimator: string;
  readonly checklist: string;
  /** this tool's page: share links point here */
  readonly tool: string;
}

/** Everything the island gets from its wrapper (QuizTool.astro). */
export interface QuizContent {
  readonly model: QuizModel;
  /** the words, with the site's name already in the printed line (forSite) */
  readonly words: QuizWords;
  /** the purpose model (src/content/purposes/purposes.yaml): names, strategies, sizes, conflicts */
  readonly purposes: PurposeModel;
  readonly links: QuizLinks;
  /** BCP 47 tag numbers are written in ("en-US"), from SITE.locale */
  readonly locale: string;
  /** what the copied link reveals, and the plain link's button (src/content/quiz/share.yaml) */
  readonly share: Pick<QuizShareWords, 'copyNote' | 'copyPlain'>;
}
