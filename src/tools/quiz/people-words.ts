/**
 * The quiz's words about the reader's own people in a result's plan (PlanPeople.tsx), shown only
 * on the reader's own result on the tool's pages. Kept apart from ./words.ts so the quiz in an
 * article, which shows no people, does not carry them (a bundle takes a module whole).
 */
import { LANGUAGE_TAG } from '@/config';
import type { RemedyId } from '@/purposes/model';

const whole = new Intl.NumberFormat(LANGUAGE_TAG);
const plural = new Intl.PluralRules(LANGUAGE_TAG);
const and = new Intl.ListFormat(LANGUAGE_TAG, { type: 'conjunction' });
/** "1 person", "1,204 people" */
const people = (n: number) => `${whole.format(n)} ${plural.select(n) === 'one' ? 'person' : 'people'}`;

/** what the plan calls its segments: the parts of one network, or separate networks */
type Plan = RemedyId | 'one';

export const peopleWords = {
  heading: 'Your people in this plan',
  source:
    'From Your people: the people you put in each network. Suggestions you have not accepted are not counted, and someone in two networks counts in both.',
  /** one segment's count: "Social network: 3 people" */
  count: (network: string, n: number) => `${network}: ${people(n)}`,
  unsorted: (n: number) => `${people(n)} ${n === 1 ? 'is' : 'are'} in no network yet, so not counted here.`,
  assign: 'Put them in networks in Your people',
  /** over the people in two segments that must be kept apart */
  keptApart: (n: number, plan: Plan) =>
    `${people(n)} ${n === 1 ? 'sits' : 'sit'} in two ${plan === 'separate' ? 'networks' : 'parts of your network'} this plan keeps apart. Decide where each belongs, or keep what you share with them apart:`,
  /** one such person and the segments they sit in, as parts: "Mary Jones", ": Social and Personal Brand" */
  person: <T>(name: T, networks: readonly string[]) => [name, `: ${and.format(networks)}`] as const,
  /** the disclosure holding the rest of a long list */
  showAll: (n: number) => `Show all ${whole.format(n)}`,
  /** printed instead of the disclosure */
  more: (n: number) => `and ${people(n)} more (see Your people).`,
  /** the words around the link to Your people (its name in it), under that list */
  fix: ['To change their networks, open ', '.'],
  people: 'Your people',
} as const;
