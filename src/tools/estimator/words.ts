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
const list = new Intl.ListFormat(LANGUAGE_TAG, { type: 'unit' });

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

/** What a purpose's answer fills in: today's estimate, the purpose's name and its size range. */
export interface Answer {
  readonly estimate: number;
  readonly purpose: string;
  readonly range: { readonly min: number; readonly max: number };
  readonly missing: number;
}
/** The same when it compares the circles up to `layer`, holding `count` people, not the whole estimate. */
export interface AnswerUpTo extends Answer {
  readonly layer: string;
  readonly count: number;
}
const upTo = (a: AnswerUpTo) => `Your circles up to “${a.layer}” hold ${people(a.count)}:`;
const drawsOn = (a: AnswerUpTo) => `It draws on those circles, not on all ${people(a.estimate)} you counted`;

export const words = {
  intro: 'Three steps, each a rough estimate you can check. Your numbers stay in this browser.',
  introLive: 'The results update as you type.',
  noscript:
    'The estimator needs JavaScript to calculate, so its fields below are switched off here; nothing is sent anywhere. Without it, you can still work out the name method by hand with this table.',
  noscriptTable: {
    caption: (population: number, total: number) =>
      `Estimate = ${count(population)} × (people you know with these names) ÷ ${count(total)}`,
    name: 'Name',
    size: 'People with the name (US, about 1990)',
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
    namesResult: (estimate: number) => `You know about ${people(estimate)}.`,
    namesInsufficient: 'Not enough information yet: the method needs at least one person with one of these names.',
    namesWorking: (population: number, known: number, total: number, estimate: number) =>
      `${count(population)} people × ${count(known)} you know ÷ ${count(total)} people with these names ≈ ${count(estimate)}.`,
    namesFormula: (population: number, total: number) =>
      `The estimate is ${count(population)} × (people you know with these names) ÷ ${count(total)}, the number of people with these names.`,
    namesCaveatsTitle: 'Read it with care',
  },
  two: {
    heading: '2. The network your purpose needs',
    intro: 'Each purpose needs a different network. Compare the estimate from step 1 with what yours needs.',
    /** where the purpose in use comes from: the words before and after its name, shown in bold */
    sourceQuiz: ['Using ', ', the purpose from your quiz result.'],
    sourceChosen: (quiz: string | null) =>
      ['Using ', quiz ? `, chosen here (your quiz result is ${quiz}).` : ', chosen here.'] as const,
    /** the same around the link to the quiz */
    sourceNone: ['You have not taken the ', ' in this browser, so choose a purpose here.'],
    quizLink: 'purpose quiz',
    selectNone: 'Your networking purpose',
    selectCompare: 'Compare with a purpose',
    selectPlaceholder: 'Choose a purpose…',
    useQuiz: 'Use my quiz result',
    answerChoose: 'Choose a purpose to see what its network needs.',
    answerNeedEstimate: (purpose: string) =>
      `Complete step 1 to compare your network with what a ${purpose} network needs.`,
    answer: {
      'about-right': (a: Answer) =>
        `Your estimate of ${people(a.estimate)} is about right for a ${a.purpose} network (${range(a.range)}).`,
      smaller: (a: Answer) =>
        `Your estimate of ${people(a.estimate)} is smaller than a ${a.purpose} network needs (${range(a.range)}): about ${count(a.missing)} more would reach the bottom of the range.`,
      larger: (a: Answer) =>
        `Your estimate of ${people(a.estimate)} is larger than a ${a.purpose} network needs (${range(a.range)}).`,
    },
    /** a Personal Brand network: the top of its range is a platform's limit, not what it needs */
    answerAboveLimit: (a: Answer) =>
      `Your estimate of ${people(a.estimate)} is above the top of the range (${range(a.range)}), which is a platform’s connection limit rather than what a ${a.purpose} network needs; the article calls a large network fundamental to it.`,
    /** with the circles method, when a purpose draws only on inner circles */
    answerUpTo: {
      'about-right': (a: AnswerUpTo) =>
        `${upTo(a)} about right for a ${a.purpose} network (${range(a.range)}). ${drawsOn(a)}.`,
      smaller: (a: AnswerUpTo) =>
        `${upTo(a)} fewer than a ${a.purpose} network needs (${range(a.range)}). ${drawsOn(a)}; about ${count(a.missing)} more there would reach the bottom of the range.`,
      larger: (a: AnswerUpTo) =>
        `${upTo(a)} more than a ${a.purpose} network needs (${range(a.range)}). ${drawsOn(a)}.`,
    },
    targetLead: (purpose: string) => `A ${purpose} network:`,
    targetLayers: (r: { min: number; max: number }, layers: readonly string[]) =>
      `${range(r)}, mostly from these circles: ${list.format(layers)}.`,
    nextStepsTitle: 'Next steps',
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
      'People reached within 1, 2 and 3 steps, on a logarithmic scale up to your audience ceiling (the numbers are in the table below).',
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
