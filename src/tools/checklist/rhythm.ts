/**
 * Keeping in touch after the 90-day review. The plan's networks are the three the promotion
 * article names (past, operational, strategic); the suggestion for each comes from the network
 * vocabulary (./networks.ts). The reader picks how often to review each; each reviewed network
 * becomes one item of the 90-day review and one recurring calendar event (RFC 5545 RRULE), both
 * from the same entry, so the plan and the calendar file say the same words on the same dates.
 * Every review falls on a working day (./dates.ts workingDay; monthly, a weekday of the month).
 */
import type { ReviewInterval } from '@/purposes/review-interval';
import { fill } from '@/shared/template';
import { addDays, formatShortDate, nthWeekday, weekdayOf, workingDay, type PlainDate } from '@/shared/dates';
import type { ChecklistTexts } from './schema';
import { words } from './words';
import { forAudience, type Audience, type NetworkId, type Rhythms, type SectionId } from './model';

/** each interval's rule (RFC 5545 §3.3.10): weeks count from the first review's weekday, months keep its place in the month */
const RULES: Readonly<Record<ReviewInterval, { readonly freq: 'WEEKLY' | 'MONTHLY'; readonly interval: number }>> = {
  week: { freq: 'WEEKLY', interval: 1 },
  'two-weeks': { freq: 'WEEKLY', interval: 2 },
  month: { freq: 'MONTHLY', interval: 1 },
  quarter: { freq: 'MONTHLY', interval: 3 },
};

/** RFC 5545's weekday codes, Sunday first (Date.getUTCDay) */
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** a network's series: its first review (a working day) and its RRULE value */
export interface ReviewSeries {
  readonly start: PlainDate;
  readonly rule: string;
}

/**
 * The series of a network's reviews, from one interval after the 90-day review, every review on
 * a working day. Weekly: from the 90-day review's weekday ("FREQ=WEEKLY;INTERVAL=2"). Monthly:
 * on the same weekday and week of the month as the 90-day review (the fourth at most, which
 * every month has), e.g. the second Tuesday: "FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU", a rule every
 * calendar reads, that never falls on a weekend. Open-ended (no COUNT or UNTIL): a network is
 * kept up, not finished; the reader ends the series in the calendar, or by choosing "not in my
 * calendar" and downloading again.
 */
export function reviewSeries(review90: PlainDate, every: ReviewInterval): ReviewSeries {
  const { freq, interval } = RULES[every];
  const from = workingDay(review90);
  const base = interval === 1 ? `FREQ=${freq}` : `FREQ=${freq};INTERVAL=${interval}`;
  if (freq === 'WEEKLY') return { start: addDays(from, 7 * interval), rule: base };
  // the n-th weekday of the month (1–4: every month has a fourth), a working day like the review's
  const ordinal = Math.min(Math.ceil(from.day / 7), 4);
  const weekday = weekdayOf(from);
  const months = from.year * 12 + from.month - 1 + interval;
  const start = nthWeekday(Math.floor(months / 12), (months % 12) + 1, weekday, ordinal);
  return { start, rule: `${base};BYDAY=${ordinal}${WEEKDAY_CODES[weekday]}` };
}

/** one reviewed network: the words of its 90-day review item and of its recurring calendar event */
export interface ReviewEntry {
  readonly network: NetworkId;
  readonly every: ReviewInterval;
  /** the first review (DTSTART), a working day */
  readonly start: PlainDate;
  /** the series' RRULE value */
  readonly rule: string;
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
    const { start, rule } = reviewSeries(review90, every);
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
        rule,
        text,
        why: fill(forAudience(rhythm.why, audience), { person }),
        title: fill(rhythm.eventTitle, values),
        description: `${text}\n${prompt}`,
      },
    ];
  });
}
