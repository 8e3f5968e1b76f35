/**
 * Keeping in touch after the 90-day review. The plan's networks are the three the promotion
 * article names and the plan's sections build: the past network, the operational network and
 * the strategic network, each serving one purpose of the purpose model (words.yaml `rhythm`
 * says which). The reader picks how often to review each (stored with the plan; a suggestion
 * comes from the purpose model's `reviewEvery`), and each reviewed network becomes one item of
 * the 90-day review and one recurring calendar event (RFC 5545 RRULE) built from the same
 * entry, so the plan and the calendar file say the same words on the same dates.
 */
import type { PurposeModel } from '@/purposes/model';
import { reviewIntervalIds, type ReviewInterval } from '@/purposes/review-interval';
import type { PurposeId } from '@/purposes/ids';
import { plural, type PluralForms } from '@/shared/plural';
import { fill } from '@/shared/template';
import { isRecord } from '@/shared/storage/decode';
import { addDays, formatShortDate, parseIsoDate, type PlainDate } from './dates';
import type { RecurringEvent } from './ics';
import { forAudience } from './plan';
import { calendarDownloaded } from './words';
import type { CalendarText, ChecklistWords, ForAudience, Plan, PlanItem, Profile } from './model';

/** the plan's networks: each is a section of the plan (src/lib/checklist/types.ts sectionIds) */
export const networkIds = ['past', 'operational', 'strategic'] as const;
export type NetworkId = (typeof networkIds)[number];

/** what the reader can pick for a network: a review interval, or no review in the calendar */
export const rhythmIds = [...reviewIntervalIds, 'none'] as const;
export type Rhythm = (typeof rhythmIds)[number];

/** the reader's picks by network; a network not listed is not reviewed in the calendar ('none') */
export type Rhythms = Readonly<Partial<Record<NetworkId, ReviewInterval>>>;

export const noRhythms: Rhythms = {};

/** one network as the words name it (words.yaml `rhythm.networks`) */
export interface NetworkText {
  readonly id: NetworkId;
  /** the purpose of the purpose model this network serves: its suggestion and its answer */
  readonly purpose: PurposeId;
  /** the network's fieldset legend, in the article's terms */
  readonly legend: ForAudience;
  /** the network mid-sentence: "your operational network", "{person}’s operational network" */
  readonly inSentence: ForAudience;
}

export interface RhythmChoiceText {
  readonly id: Rhythm;
  /** the radio's label: "Every two weeks" */
  readonly label: string;
  /** mid-sentence, for intervals: "every two weeks" */
  readonly inSentence?: string | undefined;
}

/** the review rhythm's words (words.yaml `rhythm`) */
export interface RhythmText {
  readonly title: string;
  readonly intro: ForAudience;
  readonly choices: readonly RhythmChoiceText[];
  /** after the suggested choice's label: "(suggested)" */
  readonly suggestedTag: string;
  /** under each network's choices, with {every}, {purpose} and {answer} */
  readonly suggestion: string;
  readonly networks: readonly NetworkText[];
  /** the plan item and the first line of the calendar event: {network}, {every}, {date}, and {person} */
  readonly item: { readonly self: string; readonly manager: string };
  readonly why: ForAudience;
  /** the calendar event's title before the role: {network}, {every} */
  readonly eventTitle: string;
  /** the calendar event's second description line */
  readonly prompt: ForAudience;
  /** what is said after a download that holds reviews */
  readonly downloaded: string;
  readonly milestones: PluralForms;
  readonly reviews: PluralForms;
}

/** the suggestion for one network, from the purpose model (computed at build time) */
export interface ReviewSuggestion {
  readonly every: ReviewInterval;
  /** the purpose's name in running text: "Resource/Operational network" */
  readonly purpose: string;
  /** the purpose's answer to "how frequently to communicate" */
  readonly answer: string;
}

export type ReviewSuggestions = Readonly<Record<NetworkId, ReviewSuggestion>>;

/** each network's suggestion: the purpose model's reviewEvery and communicate answer for the network's purpose */
export function reviewSuggestions(model: PurposeModel, networks: readonly NetworkText[]): ReviewSuggestions {
  return Object.fromEntries(
    networks.map((n) => {
      const entry = model.purposes[n.purpose];
      return [n.id, { every: entry.reviewEvery, purpose: entry.inSentence, answer: entry.dilemmas.communicate }];
    }),
  ) as Record<NetworkId, ReviewSuggestion>;
}

export function isNetworkId(value: unknown): value is NetworkId {
  return (networkIds as readonly unknown[]).includes(value);
}

export function isReviewInterval(value: unknown): value is ReviewInterval {
  return (reviewIntervalIds as readonly unknown[]).includes(value);
}

/** the stored picks if they are exactly network → interval; null for anything else */
export function parseRhythms(value: unknown): Rhythms | null {
  if (!isRecord(value)) return null;
  const rhythms: Partial<Record<NetworkId, ReviewInterval>> = {};
  for (const [network, every] of Object.entries(value)) {
    if (!isNetworkId(network) || !isReviewInterval(every)) return null;
    rhythms[network] = every;
  }
  return rhythms;
}

export function rhythmOf(rhythms: Rhythms | undefined, network: NetworkId): Rhythm {
  return rhythms?.[network] ?? 'none';
}

/** the picks with one network changed; 'none' takes the network out */
export function setRhythm(rhythms: Rhythms | undefined, network: NetworkId, rhythm: Rhythm): Rhythms {
  const next: Partial<Record<NetworkId, ReviewInterval>> = { ...rhythms };
  if (rhythm === 'none') delete next[network];
  else next[network] = rhythm;
  return next;
}

/** each interval's rule (RFC 5545 §3.3.10): weeks count from the first review's weekday, months from its day */
const RULES: Readonly<Record<ReviewInterval, { readonly freq: 'WEEKLY' | 'MONTHLY'; readonly interval: number }>> = {
  week: { freq: 'WEEKLY', interval: 1 },
  'two-weeks': { freq: 'WEEKLY', interval: 2 },
  month: { freq: 'MONTHLY', interval: 1 },
  quarter: { freq: 'MONTHLY', interval: 3 },
};

/**
 * The RRULE value for an interval: "FREQ=WEEKLY;INTERVAL=2". Open-ended (no COUNT or UNTIL): a
 * network is kept up, not finished, and the reader ends the series in the calendar or by
 * choosing "not in my calendar" and downloading again.
 */
export function rrule(every: ReviewInterval): string {
  const { freq, interval } = RULES[every];
  return interval === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${interval}`;
}

/** the latest day of the month a monthly series may start on: every month has it */
export const LAST_MONTHLY_DAY = 28;

/**
 * The first review of a network: one interval after the 90-day review, where the plan sets the
 * rhythm (review-rhythm in items.yaml). A monthly series starts on the 28th at the latest,
 * because RFC 5545 skips the months that lack a series' day (one started on the 31st would skip
 * every shorter month).
 */
export function firstReview(review90: PlainDate, every: ReviewInterval): PlainDate {
  const { freq, interval } = RULES[every];
  if (freq === 'WEEKLY') return addDays(review90, 7 * interval);
  const months = review90.year * 12 + (review90.month - 1) + interval;
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  return { year, month, day: Math.min(review90.day, LAST_MONTHLY_DAY) };
}

/** one reviewed network: its item in the 90-day review and its recurring calendar event */
export interface ReviewEntry {
  readonly network: NetworkId;
  readonly every: ReviewInterval;
  /** the first review (DTSTART) */
  readonly start: PlainDate;
  readonly item: PlanItem;
  /** the calendar event's title, before the role: "Review your operational network every two weeks" */
  readonly title: string;
  /** the calendar event's description: the item's text, then the prompt */
  readonly description: string;
}

/** the id of a network's review item (stored with ticks: never change it) */
export function reviewItemId(network: NetworkId): string {
  return `review-network:${network}`;
}

/**
 * The reviewed networks of a plan, in the words' order: those the reader gave an interval whose
 * section the plan has, each with its item and its event. None without a 90-day review.
 */
export function reviewEntries(
  plan: Plan,
  words: Pick<ChecklistWords, 'rhythm' | 'sections' | 'dates'>,
  profile: Profile,
  rhythms: Rhythms | undefined,
  person: string,
): ReviewEntry[] {
  const review = plan.phases.find((p) => p.id === 'review90');
  const due = review ? parseIsoDate(review.due) : null;
  if (!review || !due) return [];
  const sections = new Set(plan.phases.flatMap((p) => p.items.map((i) => i.section)));
  const text = words.rhythm;
  const audience = profile.audience;
  return text.networks.flatMap((network) => {
    const every = rhythms?.[network.id];
    const choice = text.choices.find((c) => c.id === every);
    if (!every || !choice || !sections.has(network.id)) return [];
    const start = firstReview(due, every);
    const values = {
      network: fill(forAudience(network.inSentence, audience), { person }),
      every: choice.inSentence ?? choice.label,
      person,
    };
    const itemText = fill(text.item[audience], { ...values, date: formatShortDate(start, words.dates) });
    const item: PlanItem = {
      id: reviewItemId(network.id),
      phase: 'review90',
      section: 'review',
      sectionTitle: words.sections.find((s) => s.id === 'review')?.title ?? '',
      text: itemText,
      why: fill(forAudience(text.why, audience), { person }),
      who: 0,
      emphasised: false,
    };
    return [
      {
        network: network.id,
        every,
        start,
        item,
        title: fill(text.eventTitle, values),
        description: [itemText, fill(forAudience(text.prompt, audience), { person })].join('\n'),
      },
    ];
  });
}

/** the entries as the calendar file's recurring events */
export function recurringEvents(entries: readonly ReviewEntry[]): RecurringEvent[] {
  return entries.map((e) => ({
    key: `review-${e.network}`,
    title: e.title,
    description: e.description,
    start: e.start,
    rrule: rrule(e.every),
  }));
}

/** the plan with the review entries' items at the end of its 90-day review */
export function withReviews(plan: Plan | null, entries: readonly ReviewEntry[]): Plan | null {
  if (!plan || entries.length === 0) return plan;
  const phases = plan.phases.map((phase) =>
    phase.id === 'review90' ? { ...phase, items: [...phase.items, ...entries.map((e) => e.item)] } : phase,
  );
  return { phases, itemIds: phases.flatMap((p) => p.items.map((i) => i.id)) };
}

/**
 * what is said after the calendar download: the words' sentence for milestones alone when the
 * file holds no review, else the milestones and the recurring reviews it holds
 */
export function calendarStatus(
  calendar: CalendarText,
  text: RhythmText,
  file: string,
  milestones: number,
  reviews: number,
): string {
  if (reviews === 0) return calendarDownloaded(calendar, file, milestones);
  return fill(text.downloaded, {
    file,
    milestones: fill(plural(text.milestones, milestones), { count: milestones }),
    reviews: fill(plural(text.reviews, reviews), { count: reviews }),
  });
}
