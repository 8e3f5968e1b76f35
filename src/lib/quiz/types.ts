import type { PurposeId } from '../purposes';

import type { StrategyId } from '../purpose-model';

/** The three inviting strategies of the article's opening: declared with the purpose model. */
export { isStrategyId, strategyIds, type StrategyId } from '../purpose-model';

export type Weights = Readonly<Partial<Record<PurposeId, number>>>;

export interface QuizAnswer {
  readonly id: string;
  readonly text: string;
  /** points this answer gives each purpose (missing = 0) */
  readonly weights: Weights;
}

export interface QuizQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly hint?: string | undefined;
  readonly answers: readonly QuizAnswer[];
}

export interface StrategyAnswer {
  readonly id: StrategyId;
  readonly text: string;
}

export interface StrategyQuestion {
  readonly id: string;
  readonly prompt: string;
  readonly hint?: string | undefined;
  readonly answers: readonly StrategyAnswer[];
}

/** What scoring needs: the weighted questions and the inviting-strategy question. */
export interface QuizModel {
  readonly strategyQuestion: StrategyQuestion;
  readonly questions: readonly QuizQuestion[];
}

/** Answers by question id: the chosen answer id. */
export type Answers = Readonly<Record<string, string>>;

/** Every step in order: the strategy question first (the article's opening), then the rest. */
export function allQuestions(model: QuizModel): readonly (QuizQuestion | StrategyQuestion)[] {
  return [model.strategyQuestion, ...model.questions];
}
