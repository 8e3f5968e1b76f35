/**
 * Keeping in touch after the 90-day review. The plan's networks are the three the promotion
 * article names (past, operational, strategic), each serving one purpose of the purpose model.
 * The reader picks how often to review each (a suggestion comes from the purpose model's
 * `reviewEvery`); each reviewed network becomes one item of the 90-day review and one recurring
 * calendar event (RFC 5545 RRULE), both from the same entry, so the plan and the calendar file
 * say the same words on the same dates.
 */
import type { PurposeModel } from '@/purposes/model';
import type { ReviewInterval } from '@/purposes/review-interval';
import { fill } from '@/shared/template';
import { addDays, formatShortDate, type PlainDate } from './dates';
import type { ChecklistTexts } from './schema';
import { words } from './words';
import {
  forAudience,
  type Audience,
  type NetworkId,
  type ReviewSuggestions,
  type Rhythms,
  type SectionId,
} from './model';

/** each network's suggestion: the purpose model's reviewEvery and communicate answer for the network's purpose */
export function reviewSuggestions(model: PurposeModel, texts: Pick<ChecklistTexts, 'rhythm'>): ReviewSuggestions {
  return Object.fromEntries(
    texts.rhythm.networks.map((n) => {
      const entry = model.purposes[n.purpose];
      return [n.id, { every: entry.reviewEvery, purpose: entry.inSentence, answer: entry.dilemmas.communicate }];
    }),
  ) as Record<NetworkId, ReviewSuggestions[NetworkId]>;
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
 * network is kept up, not finished; the reader ends the series in the calendar, or by choosing
 * "not in my calendar" and downloading again.
 */
export function rrule(every: ReviewInterval): string {
  const { freq, interval } = RULES[every];
  return interval === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${interval}`;
}

/** the latest day of the month a monthly series may start on: every month has it */
export const LAST_MONTHLY_DAY = 28;

/**
 * The first review of a network: one interval after the 90-day review. A monthly series starts
 * on the 28th at the latest, because RFC 5545 skips the months that lack a series' day.
 */
export function firstReview(review90: PlainDate, every: ReviewInterval): PlainDate {
  const { freq, interval } = RULES[every];
  if (freq === 'WEEKLY') return addDays(review90, 7 * interval);
  const months = review90.year * 12 + review90.month - 1 + interval;
  return { year: Math.floor(months / 12), month: (months % 12) + 1, day: Math.min(review90.day, LAST_MONTHLY_DAY) };
}

/** one reviewed network: the words of its 90-day review item and of its recurring calendar event */
export interface ReviewEntry {
  readonly network: NetworkId;
  readonly every: ReviewInterval;
  /** the first review (DTSTART) */
  readonly start: PlainDate;
  /** the item's text, also the event's first description line */
  readonly text: string;
  readonly why: string;
  /** the event's title, before the name and role: "Review your operational network every two weeks" */
  readonly title: string;
  /** the event's description: the item's text, then the prompt */
  readonly description: string;
}

/**
 * The reviewed networks, in the texts' order: those the reader gave an interval whose section
 * the plan has, each reviewed from one interval after the 90-day review.
 */
export function reviewEntries(
  texts: Pick<ChecklistTexts, 'rhythm'>,
  review90: PlainDate,
  sections: ReadonlySet<SectionId>,
  rhythms: Rhythms,
  audience: Audience,
  person: string,
): ReviewEntry[] {
  const { rhythm } = texts;
  return rhythm.networks.flatMap((network) => {
    const every = rhythms[network.id];
    if (!every || !sections.has(network.id)) return [];
    const start = firstReview(review90, every);
    const values = {
      network: fill(network.inSentence[audience], { person }),
      every: words.rhythm.choices[every].inSentence,
      person,
    };
    const text = fill(rhythm.item[audience], { ...values, date: formatShortDate(start) });
    const prompt = fill(forAudience(rhythm.prompt, audience), { person });
    return [
      {
        network: network.id,
        every,
        start,
        text,
        why: fill(forAudience(rhythm.why, audience), { person }),
        title: fill(rhythm.eventTitle, values),
        description: `${text}\n${prompt}`,
      },
    ];
  });
}
