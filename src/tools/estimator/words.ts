/**
 * The estimator's interface words, in English, with the numbers in them written the English way
 * by the platform (Intl). A word with a number or a name in it is a function of that value, so
 * the compiler checks every one. Research notes, hints and sources are editorial content
 * (src/content/estimator/notes.yaml); circles' names, purposes' targets too.
 */
import { LANGUAGE_TAG } from '@/config';
import type { ReachId } from './ids';
import type { FieldSpec } from './model';

/** the language of these words: numbers in them are written the same way */
const whole = new Intl.NumberFormat(LANGUAGE_TAG, { maximumFractionDigits: 0 });
const twoFigures = new Intl.NumberFormat(LANGUAGE_TAG, { maximumSignificantDigits: 2 });
const short = new Intl.NumberFormat(LANGUAGE_TAG, { notation: 'compact' });
const percent = new Intl.NumberFormat(LANGUAGE_TAG, { style: 'unit', unit: 'percent', maximumFractionDigits: 0 });
const plural = new Intl.PluralRules(LANGUAGE_TAG);
/** "Social, Career/Business Opportunity, and Personal Brand" */
const conjunction = new Intl.ListFormat(LANGUAGE_TAG, { type: 'conjunction' });

/** "1,234", rounded to whole people; never "-0" */
export const count = (n: number) => whole.format(Math.round(n) || 0);
/** a rough figure for a rough model: whole below 1,000, else two significant figures ("140,000") */
export const rough = (n: number) => (n < 1000 ? count(n) : twoFigures.format(n));
/** an axis label: "10", "1K", "10M" */
export const compact = (n: number) => short.format(n);
/** "1 person", "30,000 people"; `written`: the number as shown, when it is rounded otherwise */
export const people = (n: number, written = count(n)) =>
  `${written} ${plural.select(Math.round(n)) === 'one' ? 'person' : 'people'}`;
/** a number with its field's unit: "30,000 people", "100%" */
const inUnit = (n: number, spec: FieldSpec) => (spec.unit === 'people' ? people(n) : percent.format(n));
/** "about 500 to 30,000 people" */
const range = (r: { min: number; max: number }) => `about ${count(r.min)} to ${count(r.max)} people`;

/** What a purpose's answer fills in: the people the reader counted for it, its name and its size range. */
export interface Answer {
  /** the people the reader counted who serve the purpose */
  readonly counted: number;
  readonly purpose: string;
  readonly range: { readonly min: number; readonly max: number };
  /** how many more would reach the bottom of the range */
  readonly missing: number;
}
const counted = (a: Answer) =>
  a.counted === 0
    ? `You have counted nobody for a ${a.purpose} network yet`
    : `You counted ${people(a.counted)} who ${plural.select(a.counted) === 'one' ? 'serves' : 'serve'} a ${a.purpose} network`;
/** "Social and Personal Brand"; "Social, Career/Business Opportunity, and Personal Brand" */
export const listOf = (labels: readonly string[]) => conjunction.format(labels);
/** "a tie between Social and Personal Brand" */
export const tieOf = (labels: readonly string[]) => `a tie between ${listOf(labels)}`;

export const words = {
  intro:
    'Three steps. Step 1 uses published research; step 2 compares your count with guidance drawn from the article, not a measurement; step 3 is a rough model whose starting numbers are assumptions for you to change. Your numbers stay in this browser.',
  introLive: 'The results update as you type.',
  noscript:
    'The estimator needs JavaScript to calculate, so its fields below are switched off here; nothing is sent anywhere. Without it, you can still read its questions, work out the name method by hand with the first table, and compare your own count with each purpose’s range in the second.',
  noscriptTable: {
    caption: (population: number, total: number) =>
      `Estimate = ${count(population)} × (people you know with these names) ÷ ${count(total)}`,
    name: 'Name',
    size: 'People with the name (US, about 1990)',
    purposesCaption: 'The guidance range for each purpose (step 2)',
    purpose: 'Purpose',
    range: 'Guidance range',
    rangeCell: (r: { min: number; max: number }) => range(r),
  },
  sourcesTitle: 'Sources',
  /** what the estimator says about the numbers saved in this browser (src/shared/storage/persist.ts) */
  notices: {
    unreadable: 'Your saved numbers could not be read, so the estimator started fresh.',
    newer:
      'The numbers in this browser were saved by a newer version of this site, so this page cannot read them. They stay as they are; what you enter here is not saved.',
    erased: 'Your numbers were erased on another page of this site, so the estimator is back at its starting values.',
    replaced: 'Your numbers were changed on another page of this site; this page now shows them.',
    ok: 'OK',
  },
  stale:
    'Some numbers need fixing (see the messages next to them). The results that use them wait until they are fixed.',
  /** instead of a result while a number it uses is not valid */
  waiting: (field: string) => `Waiting for a valid number in “${field}”.`,
  clear: {
    start: 'Clear my numbers',
    question: 'Clear every number you entered in this estimator from this browser? This cannot be undone.',
    yes: 'Yes, clear my numbers',
    no: 'Cancel',
    group: 'Clear my numbers',
  },
  cleared: 'Your numbers were cleared from this browser.',
  /** shown instead of a number that is not there yet */
  noCount: '–',
  /** a field's unit and range under its input: "people, 0–10,000" */
  unit: (spec: FieldSpec) =>
    `${spec.unit === 'people' ? 'people' : 'percent'}, ${whole.formatRange(spec.min, spec.max)}`,
  messages: {
    empty: 'Enter a number (0 if none).',
    emptyAtLeast: (min: number) => `Enter a number, at least ${count(min)}.`,
    notNumber: (spec: FieldSpec) =>
      `Use digits only: enter a number from ${count(spec.min)} to ${inUnit(spec.max, spec)}.`,
    negative: 'This can’t be negative: enter 0 or more.',
    fractional: 'Use a whole number: people come in ones.',
    fractionalPercent: 'Use a whole percentage, without decimals.',
    tooSmall: (spec: FieldSpec) => `Enter at least ${inUnit(spec.min, spec)}.`,
    tooLarge: (spec: FieldSpec) => `That’s more than this estimate can use: enter up to ${inUnit(spec.max, spec)}.`,
    hubs: (max: number) => `Hubs are among your first-degree connections: enter up to ${count(max)}.`,
    firstUnderHubs: (min: number) =>
      `Your hubs are among these connections: enter at least ${count(min)}, or fewer hubs.`,
  },
  one: {
    heading: '1. Your network today',
    methodLegend: 'Choose a method',
    methods: { circles: 'Count your circles', names: 'How many people do you know named …?' },
    circlesLegend: 'How many people are in each circle?',
    circlesHint: 'Count each person once, in the innermost circle they belong to. Rough numbers are fine.',
    layerLabel: (order: number, name: string) => `${count(order)}. ${name}`,
    circlesResult: (total: number) => `Your circles add up to ${people(total)}.`,
    circlesInsufficient: 'Not enough information yet: enter how many people are in at least one circle.',
    circlesCaption: 'Your circles beside Dunbar’s typical layers (each layer includes the ones inside it)',
    columns: ['Layer', 'You', 'Typical', 'Compared'],
    compared: {
      fewer: 'fewer than typical',
      similar: 'close to typical',
      more: 'more than typical',
      none: 'no answer yet',
    },
    namesLegend: 'How many people do you know named …?',
    namesHint:
      'For each first name, count the people you know who have it and who would also know you. Answer 0 where you know nobody.',
    /** the name method's result is a range, rounded as every rough result is */
    namesResult: (low: number, high: number) =>
      `You know somewhere between about ${rough(low)} and ${people(high, rough(high))}.`,
    namesInsufficient: 'Not enough information yet: the method needs at least one person with one of these names.',
    namesWorking: (population: number, known: number, total: number, estimate: number) =>
      `The estimate is ${count(population)} people × ${count(known)} you know ÷ ${count(total)} people with these names ≈ ${rough(estimate)}, the middle of the range.`,
    namesFormula: (population: number, total: number) =>
      `The estimate is ${count(population)} × (people you know with these names) ÷ ${count(total)}, the number of people with these names.`,
    namesCaveatsTitle: 'Read it with care',
  },
  two: {
    heading: '2. The network your purpose needs',
    intro:
      'Each purpose needs its own network, so compare the people who serve yours, not everyone you counted in step 1, with the range for that purpose.',
    /** where the purpose in use comes from: the words before and after its name, shown in bold */
    sourceQuiz: ['Using ', ', the purpose from your quiz result.'],
    sourceChosen: (quiz: string | null) =>
      ['Using ', quiz ? `, chosen here (your quiz result is ${quiz}).` : ', chosen here.'] as const,
    /** a tie the reader has not settled: the words around the tied purposes, shown in bold */
    sourceTie: ['Your quiz result is a tie between ', '. Choose the one to compare with below.'],
    /** the same around the link to the quiz */
    sourceNone: ['You have not taken the ', ' in this browser, so choose a purpose here.'],
    quizLink: 'purpose quiz',
    selectNone: 'Your networking purpose',
    selectCompare: 'Compare with a purpose',
    selectPlaceholder: 'Choose a purpose…',
    groupTied: 'Tied in your quiz result',
    groupOthers: 'Other purposes',
    useQuiz: 'Use my quiz result',
    answerChoose: 'Choose a purpose to see what its network needs.',
    answerChooseTie: 'Choose one of the tied purposes, or any other, to see what its network needs.',
    countLabel: (purpose: string) => `People in your ${purpose} network`,
    countHint: 'Count only the people you know who fit the list above, not everyone from step 1. Answer 0 if none.',
    /** the range and where the count sits in it: never a verdict on the reader's network */
    answer: {
      'about-right': (a: Answer) => `${counted(a)}, within its guidance range (${range(a.range)}).`,
      smaller: (a: Answer) =>
        `${counted(a)}; its guidance range is ${range(a.range)}, so about ${count(a.missing)} more would reach the bottom of it.`,
      larger: (a: Answer) => `${counted(a)}, above its guidance range (${range(a.range)}).`,
    },
    /** a Personal Brand network: the top of its range is a platform's limit, not what it needs */
    answerAboveLimit: (a: Answer) =>
      `${counted(a)}, above the top of its range (${range(a.range)}), which is a platform’s connection limit rather than what a ${a.purpose} network needs; the article calls a large network fundamental to it.`,
    targetLead: (purpose: string) => `A ${purpose} network:`,
    targetRange: (r: { min: number; max: number }) => `${range(r)}, as guidance.`,
    nextStepsTitle: 'What to do',
  },
  three: {
    heading: '3. How far a message travels',
    intro: 'A message you post reaches your connections, then theirs if it is passed on.',
    /** follows the intro only where the estimator works */
    introLive: 'Change the numbers to see how overlap and a few well-connected people change its reach.',
    legend: 'Your network and how messages spread',
    labels: {
      first: 'Your first-degree connections',
      typical: 'Connections of a typical contact',
      overlap: 'Overlap between networks',
      share: 'People who pass it on',
      hubs: 'Hubs who pass it on',
      hubSize: 'Connections per hub',
      population: 'Audience ceiling',
    } satisfies Record<ReachId, string>,
    useEstimate: (estimate: number) => `Use my step 1 estimate (${count(estimate)}) as my connections`,
    useEstimateCapped: (limit: number) =>
      `Use my step 1 estimate, capped at the ${count(limit)} limit, as my connections`,
    result: (total: number) =>
      `In this rough model, a message could reach about ${people(total, rough(total))} within three steps.`,
    none: 'With no connections, a message reaches nobody: enter your first-degree connections.',
    nearBound: (ceiling: number) =>
      `The audience ceiling of ${people(ceiling)} limits this result: most of the people a later step reaches have already seen the message.`,
    chartCaption:
      'People reached within 1, 2, and 3 steps, on a logarithmic scale up to your audience ceiling (the numbers are in the table below).',
    /** each bar's name, followed by its value in bold */
    bars: ['1st degree: ', 'Within 2 steps: ', 'Within 3 steps: '],
    ceiling: (ceiling: number) => `ceiling ${count(ceiling)}`,
    tableCaption: 'Reach of a message, step by step (rounded)',
    columns: ['Step', 'New people reached', 'Reached so far'],
    degrees: ['1st degree', '2nd degree', '3rd degree'],
    assumptionsTitle: 'Assumptions',
    roughModelLead: 'A rough model.',
  },
} as const;
