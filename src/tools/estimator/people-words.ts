/**
 * The estimator's words about the reader's own people (PeopleCounts.tsx), shown only on the
 * tool's own page. Kept apart from ./words.ts so the estimator in an article, which shows no
 * people, does not carry them (a bundle takes a module whole).
 */
import type { Fit } from './model';
import { count, people } from './words';

export const peopleWords = {
  heading: 'Your people in each network',
  /** where the counts come from */
  source: (stored: number) =>
    `From Your people: you keep ${people(stored)} in this browser. Each count is the people you put in that network; suggestions you have not accepted are not counted, and someone in two networks counts in both.`,
  unsorted: (n: number) => `${people(n)} ${n === 1 ? 'is' : 'are'} in no network yet, so not counted here.`,
  assign: 'Put them in networks in Your people',
  caption: 'The people you put in each network, beside its guidance range',
  columns: ['Network', 'Your people', 'Guidance range', 'Where your count sits'],
  /** the guidance range of a purpose's network: "5 to 50" */
  range: (r: { min: number; max: number }) => `${count(r.min)} to ${count(r.max)}`,
  fit: {
    smaller: 'below the range',
    'about-right': 'within the range',
    larger: 'above the range',
  } satisfies Record<Fit, string>,
  /** a Personal Brand network: the top of its range is a platform's limit */
  aboveLimit: 'above the range, whose top is a platform’s limit',
  /** step 2's purpose, and the reader's count of its network beside what they typed */
  inStepTwo: (purpose: string, n: number) =>
    `Step 2 compares with ${purpose}: your ${purpose} network in Your people has ${people(n)}.`,
  /** the button that puts that count in step 2's field */
  use: (n: number) => `Use my count: ${count(n)}`,
  used: (purpose: string) => `Step 2 uses the count of your ${purpose} network in Your people.`,
} as const;
