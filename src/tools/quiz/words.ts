import { fill, type TemplateRule } from '@/shared/template';
import type { QuizWords } from '@/tools/quiz/model';

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

/**
 * The result's words with the site's name written into the printed line ({site}), which is known
 * when the page is built; the day ({date}) is filled in the browser. Used by the page, not the island.
 */
export function forSite(words: QuizWords, siteName: string): QuizWords {
  const result = { ...words.ui.result, printed: fill(words.ui.result.printed, { site: siteName }) };
  return { ...words, ui: { ...words.ui, result } };
}
