import type { PurposeId } from '../purposes';
import type { ListWords } from '../shared/list';
import type { ConflictRule } from './conflicts';
import type { StrategyId } from './types';

/** The article's six networking dilemmas, answered per purpose in the results. */
export const dilemmaIds = ['who', 'howMany', 'howWell', 'manage', 'communicate', 'active'] as const;
export type DilemmaId = (typeof dilemmaIds)[number];

export interface PurposeText {
  /** "Strategic/Perspective network" */
  readonly network: string;
  /** one line, shown on the intro and without JavaScript */
  readonly short: string;
  /** a short explanation under the headline */
  readonly summary: string;
  /** the inviting strategy this purpose needs */
  readonly strategy: StrategyId;
  /** the id of the purpose's heading in the article */
  readonly anchor: string;
  readonly dilemmas: Readonly<Record<DilemmaId, string>>;
}

/** The island's own words (buttons, headings, notices), in src/content/quiz/results.yaml `ui`. */
export const uiKeys = [
  'intro',
  'purposeTerm',
  'storageNote',
  'start',
  'progress',
  'chooseAnswer',
  'back',
  'next',
  'nextToReview',
  'backToReview',
  'reviewHeading',
  'reviewIntro',
  'reviewPrompt',
  'notAnswered',
  'change',
  'changeLabel',
  'seeResult',
  'copyLink',
  'retake',
  'erase',
  'copied',
  'copyFailed',
  'shareLinkLabel',
  'noticeFresh',
  'noticeErased',
  'ok',
  'missing',
  'goToMissing',
  'announce',
  'sharedNote',
  'keepShared',
  'keepQuestion',
  'keepYes',
  'keepNo',
  'keepGroup',
  'takeYourself',
  'continueQuiz',
  'showMyResult',
  'linkProblemHeading',
  'takeQuizOffer',
  'takeQuiz',
  'noscript',
] as const;
export type UiKey = (typeof uiKeys)[number];

/** The result screen's own words (headings, table, links), in results.yaml `ui.result`. */
export const resultUiKeys = [
  'profileHeading',
  'chartCaption',
  'percent',
  'tableToggle',
  'tableCaption',
  'rank',
  'purpose',
  'share',
  'points',
  'strategyHeading',
  'fits',
  'doesNotFit',
  'conflictsHeading',
  'conflictPair',
  'adviceIntro',
  'dilemmasHeading',
  'remindersHeading',
  'reminderTitle',
  'nextHeading',
  'readAbout',
  'estimate',
  'estimateSetTo',
  'checklist',
  'sourcesHeading',
] as const;
export type ResultUiKey = (typeof resultUiKeys)[number];

/** The placeholders each template may use (a key not listed in either list takes none). */
export const uiPlaceholders: Readonly<Partial<Record<UiKey | ResultUiKey, readonly string[]>>> = {
  intro: ['total'],
  progress: ['number', 'total'],
  changeLabel: ['number', 'prompt'],
  announce: ['headline'],
  takeQuizOffer: ['total'],
  conflictPair: ['a', 'percentA', 'b', 'percentB'],
  dilemmasHeading: ['network'],
  readAbout: ['network'],
  estimateSetTo: ['purpose'],
};

/** The placeholders a template must use: the words around a value the code fills in. */
export const uiRequiredPlaceholders: Readonly<Partial<Record<UiKey | ResultUiKey, readonly string[]>>> = {
  purposeTerm: ['network'],
  reviewPrompt: ['number', 'prompt'],
  percent: ['percent'],
  reminderTitle: ['title'],
};

/** The placeholders the result's sentences are filled with (src/lib/quiz/report.ts). */
export const resultPlaceholders = {
  headline: { single: ['network'], tie: ['networks'] },
  /** every fit sentence is filled with all three; each names what it must say */
  fit: {
    allowed: ['reader', 'needed', 'network'],
    required: { match: ['reader'], differ: ['reader', 'needed'], mixed: ['reader', 'needed'] },
  },
} as const;

export type LinkProblem = 'malformed' | 'tampered' | 'future' | 'old';

export type QuizUi = Readonly<Record<UiKey, string>> & {
  /** why a share link cannot show a result */
  readonly linkProblems: Readonly<Record<LinkProblem, string>>;
  readonly result: Readonly<Record<ResultUiKey, string>>;
};

export interface ResultTexts {
  readonly ui: QuizUi;
  readonly purposes: Readonly<Record<PurposeId, PurposeText>>;
  readonly dilemmaLabels: Readonly<Record<DilemmaId, string>>;
  /** how the headline and the strategy fit join lists of networks and strategies */
  readonly list: ListWords;
  /** templates: {network} (single), {networks} (tie) */
  readonly headline: { readonly single: string; readonly tie: string };
  /** plain text (no placeholders) */
  readonly tieNote: string;
  readonly strategies: Readonly<Record<StrategyId, { readonly label: string }>>;
  /** templates: {reader}, {needed}, {network} */
  readonly fit: { readonly match: string; readonly differ: string; readonly mixed: string };
  readonly tieMargin: number;
  readonly conflictThreshold: number;
  readonly conflicts: readonly ConflictRule[];
  readonly noConflict: string;
  readonly reminders: readonly { readonly title: string; readonly text: string }[];
  readonly sources: readonly { readonly text: string; readonly href?: string | undefined }[];
}

/** Templates are filled by the site's shared helper (unknown placeholders stay visible). */
export { fill } from '../shared/template';
