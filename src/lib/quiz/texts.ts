import type { PurposeId } from '../purposes';
import type { ListWords } from '../shared/list';
import { fill } from '../shared/template';
import type { TemplateRule } from '../shared/template';
import type { DilemmaId, KeepApartId, RemedyId, StrategyId } from '../purpose-model';
import type { FitKind, Recommendation } from './advice';
import type { PlanLabelId } from './plan-lines';
import type { ConfirmWords, StoreNoticeWords } from '../../schemas/store-notice';

/** The article's six networking dilemmas: declared with the purpose model. */
export { dilemmaIds, type DilemmaId } from '../purpose-model';

/** The quiz's own words about a purpose (everything else about it is in the purpose model). */
export interface PurposeText {
  /** one line, shown on the intro and without JavaScript */
  readonly short: string;
  /** a short explanation under the headline */
  readonly summary: string;
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
  'partlyFits',
  'networksHeading',
  'conflictPair',
  'segmentIntro',
  'separateIntro',
  'chooseLegend',
  'chosen',
  'dilemmasHeading',
  'remindersHeading',
  'reminderTitle',
  'nextHeading',
  'readAbout',
  'estimate',
  'estimateSetTo',
  'checklist',
  'sourcesHeading',
  'printed',
] as const;
export type ResultUiKey = (typeof resultUiKeys)[number];

/** Where a template sits in results.yaml: the path the build names when it is wrong. */
export type TemplatePath =
  | `ui.${UiKey}`
  | `ui.result.${ResultUiKey}`
  | 'headline.single'
  | 'headline.two'
  | 'headline.none'
  | 'tieNote.two'
  | 'tieNote.many'
  | 'range'
  | 'fit.fits'
  | 'fit.partly'
  | 'fit.notFit'
  | 'need.one'
  | 'need.many'
  | 'remedy.change'
  | 'remedy.segment'
  | 'remedy.separate'
  | 'recommendation.one'
  | 'recommendation.oneWithCare'
  | 'recommendation.segment'
  | 'recommendation.separate'
  | 'plan.heading.segment'
  | 'plan.heading.separate'
  | 'plan.intro'
  | 'plan.part'
  | 'plan.apart'
  | 'plan.sharesWith'
  | 'plan.focusHeading'
  | 'plan.focusIntro';

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
  'ui.result.chosen': { required: ['network'] },
  'ui.result.printed': { required: ['site', 'date'], once: true },
  'plan.part': { required: ['network'], once: true },
  'plan.apart': { required: ['networks', 'how'], once: true },
  'plan.sharesWith': { required: ['networks'], once: true },
  'plan.focusHeading': { required: ['network'], once: true },
  'headline.single': { required: ['network'], once: true },
  'headline.two': { required: ['networks'], once: true },
  'tieNote.many': { optional: ['count'] },
  range: { required: ['min', 'max'], once: true },
  'fit.fits': { required: ['reader', 'networks'], once: true },
  'fit.partly': { required: ['reader', 'suited', 'needs', 'remedy'], once: true },
  'fit.notFit': { required: ['reader', 'needs', 'remedy'], once: true },
  'need.one': { required: ['network', 'needed'], once: true },
  'need.many': { required: ['networks', 'needed'], once: true },
};

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
  /** single {network}; two {networks}; none: three or more lead, no placeholders */
  readonly headline: { readonly single: string; readonly two: string; readonly none: string };
  /** two: two purposes lead; many: three or more ({count}) */
  readonly tieNote: { readonly two: string; readonly many: string };
  /** a size range: {min} {max} */
  readonly range: string;
  readonly strategies: Readonly<Record<StrategyId, { readonly label: string }>>;
  readonly fit: Readonly<Record<FitKind, string>>;
  /** what a group of networks needs: one {network} or many {networks}, and {needed} */
  readonly need: { readonly one: string; readonly many: string };
  /** what to do about the networks the reader's strategy does not suit */
  readonly remedy: { readonly change: string; readonly segment: string; readonly separate: string };
  readonly recommendation: Readonly<Record<Recommendation, string>>;
  readonly tieMargin: number;
  readonly reminders: readonly { readonly title: string; readonly text: string }[];
  readonly sources: readonly { readonly text: string; readonly href?: string | undefined }[];
  /** the notices about the saved answers, and the one after "Erase my answers" (erasedHere) */
  readonly notices: StoreNoticeWords & { readonly erasedHere: string };
  /** "Retake the quiz" and the question it asks first */
  readonly retakeConfirm: ConfirmWords;
  /** the segmentation plan's own words (each purpose's lines are in the purpose model) */
  readonly plan: PlanWords;
}

export interface PlanWords {
  readonly heading: Readonly<Record<RemedyId, string>>;
  readonly intro: string;
  /** {network} */
  readonly part: string;
  readonly labels: Readonly<Record<PlanLabelId, string>>;
  /** {networks} {how} */
  readonly apart: string;
  /** {networks} */
  readonly sharesWith: string;
  readonly keepApart: Readonly<Record<KeepApartId, string>>;
  /** {network} */
  readonly focusHeading: string;
  readonly focusIntro: string;
}

/** Templates are filled by the site's shared helper (unknown placeholders stay visible). */
export { fill };

/**
 * The result's words with the site's name written into the printed line ({site}), which is known
 * when the page is built; the day ({date}) is filled in the browser. Used by the page, not the island.
 */
export function forSite(texts: ResultTexts, siteName: string): ResultTexts {
  const result = { ...texts.ui.result, printed: fill(texts.ui.result.printed, { site: siteName }) };
  return { ...texts, ui: { ...texts.ui, result } };
}
