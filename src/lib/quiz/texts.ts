import { purposeIds, type PurposeId } from '../purposes';
import type { ListWords } from '../shared/list';
import { fill } from '../shared/template';
import type { TemplateRule } from '../shared/template';
import type { ConflictRule } from './conflicts';
import type { StrategyId } from './types';
import type { ConfirmWords, StoreNoticeWords } from '../../schemas/store-notice';

/** The article's six networking dilemmas, answered per purpose in the results. */
export const dilemmaIds = ['who', 'howMany', 'howWell', 'manage', 'communicate', 'active'] as const;
export type DilemmaId = (typeof dilemmaIds)[number];

export interface PurposeText {
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
  'erase',
  'copied',
  'copyFailed',
  'shareLinkLabel',
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

/** Where a template sits in results.yaml: the path the build names when it is wrong. */
export type TemplatePath =
  | `ui.${UiKey}`
  | `ui.result.${ResultUiKey}`
  | 'headline.single'
  | 'headline.tie'
  | 'fit.match'
  | 'fit.differ'
  | 'fit.mixed'
  | 'networkName'
  | 'tieNote';

/**
 * The placeholders each template must use (the words around a value the code fills in) and may
 * use. A template not listed takes none. Filled by src/components/quiz/ and src/lib/quiz/report.ts.
 */
export const templateRules: Readonly<Partial<Record<TemplatePath, TemplateRule>>> = {
  'ui.intro': { optional: ['total'] },
  'ui.purposeTerm': { required: ['network'] },
  'ui.progress': { optional: ['number', 'total'] },
  'ui.reviewPrompt': { required: ['number', 'prompt'] },
  'ui.changeLabel': { optional: ['number', 'prompt'] },
  'ui.announce': { optional: ['headline'] },
  'ui.takeQuizOffer': { optional: ['total'] },
  'ui.result.percent': { required: ['percent'] },
  'ui.result.conflictPair': { optional: ['a', 'percentA', 'b', 'percentB'] },
  'ui.result.dilemmasHeading': { optional: ['network'] },
  'ui.result.reminderTitle': { required: ['title'] },
  'ui.result.readAbout': { optional: ['network'] },
  'ui.result.estimateSetTo': { optional: ['purpose'] },
  'headline.single': { required: ['network'], once: true },
  'headline.tie': { required: ['networks'], once: true },
  // every fit sentence is filled with all three; each names what it must say
  'fit.match': { required: ['reader'], optional: ['needed', 'network'] },
  'fit.differ': { required: ['reader', 'needed'], optional: ['network'] },
  'fit.mixed': { required: ['reader', 'needed'], optional: ['network'] },
  'networkName': { required: ['purpose'], once: true },
};

/** The article's name for a purpose's network ("Social network"), from its label ("Social"). */
export function networkName(texts: Pick<ResultTexts, 'networkName'>, label: string): string {
  return fill(texts.networkName, { purpose: label });
}

/** The network names of all five purposes, from the site's purpose labels. */
export function networkNames(texts: Pick<ResultTexts, 'networkName'>, labels: PurposeLabels): Readonly<Record<PurposeId, string>> {
  return Object.fromEntries(purposeIds.map((p) => [p, networkName(texts, labels[p])])) as Record<PurposeId, string>;
}

/** The article's name for each purpose, by id (src/content/site/words.yaml `purposes`). */
export type PurposeLabels = Readonly<Record<PurposeId, string>>;

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
  /** template: {purpose} (the purpose's label), e.g. "{purpose} network" */
  readonly networkName: string;
  readonly strategies: Readonly<Record<StrategyId, { readonly label: string }>>;
  /** templates: {reader}, {needed}, {network} */
  readonly fit: { readonly match: string; readonly differ: string; readonly mixed: string };
  readonly tieMargin: number;
  readonly conflictThreshold: number;
  readonly conflicts: readonly ConflictRule[];
  readonly noConflict: string;
  readonly reminders: readonly { readonly title: string; readonly text: string }[];
  readonly sources: readonly { readonly text: string; readonly href?: string | undefined }[];
  /** the notices about the saved answers, and the one after "Erase my answers" (erasedHere) */
  readonly notices: StoreNoticeWords & { readonly erasedHere: string };
  /** "Retake the quiz" and the question it asks first */
  readonly retakeConfirm: ConfirmWords;
}

/** Templates are filled by the site's shared helper (unknown placeholders stay visible). */
export { fill };
