/**
 * The review rhythm: the RRULE and first review of each interval, the suggestions from the
 * network vocabulary, and, for every combination of the three networks' rhythms (5 × 5 × 5) in both
 * readers' plans, the plan's review items and the calendar file (read back with ical.js, every
 * RRULE expanded) saying the same words on the same working days, and the status line counting
 * what the file holds.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { reviewIntervalIds, type ReviewInterval } from '../../../src/purposes/review-interval';
import { formatIsoDate, formatShortDate, parseIsoDate, type PlainDate } from '../../../src/shared/dates';
import { buildCalendar, eventUid } from '../../../src/tools/checklist/ics';
import { buildPlan } from '../../../src/tools/checklist/plan';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import { reviewSeries } from '../../../src/tools/checklist/rhythm';
import {
  audiences,
  networkIds,
  rhythmIds,
  type Audience,
  type Profile,
  type Rhythms,
} from '../../../src/tools/checklist/model';
import { words } from '../../../src/tools/checklist/words';
import { checklistContent } from '../../support/checklist-content';
import { loadNetworkModel, loadPurposeModel } from '../../support/purpose-model';

const content = checklistContent();
const planId = '3b6f2c1e-8d4a-4f0b-9a7e-2c5d1e0f4a6b';
const profileOf = (audience: Audience, extra: Partial<Profile> = {}): Profile => ({
  ...emptyProfile,
  ...{ audience, name: 'Ana Ruiz', role: 'Head of Sales', level: 'manager', startDate: '2027-01-04' },
  ...extra,
});
function planWith(profile: Profile, rhythms: Rhythms) {
  const plan = buildPlan(content, profile, null, rhythms)!;
  const file = buildCalendar({ plan, planId, profile, done: [], names: {}, now: new Date(Date.UTC(2026, 11, 1, 23)) });
  return { plan, file, events: events(file.text) };
}
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
/**
 * the n-th occurrence of a series, computed here without the code under test: weekly from the
 * first review; monthly on the same weekday and week of the month (the fourth at most) as the
 * 90-day review, in every month or every third
 */
function occurrence(start: PlainDate, review90: PlainDate, every: ReviewInterval, n: number): string {
  const utc = new Date(Date.UTC(start.year, start.month - 1, start.day));
  if (every === 'week' || every === 'two-weeks') utc.setUTCDate(utc.getUTCDate() + n * (every === 'week' ? 7 : 14));
  else {
    const from = new Date(Date.UTC(review90.year, review90.month - 1, review90.day));
    const week = Math.min(Math.ceil(review90.day / 7), 4);
    utc.setTime(Date.UTC(review90.year, review90.month - 1 + (every === 'month' ? 1 : 3) * (n + 1), 1));
    while (utc.getUTCDay() !== from.getUTCDay()) utc.setUTCDate(utc.getUTCDate() + 1);
    utc.setUTCDate(utc.getUTCDate() + 7 * (week - 1));
  }
  return utc.toISOString().slice(0, 10);
}
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe('the intervals', () => {
  it.each([
    // Monday, April 5, 2027: the first Monday of the month
    ['2027-04-05', 'week', '2027-04-12', 'FREQ=WEEKLY'],
    ['2027-04-05', 'two-weeks', '2027-04-19', 'FREQ=WEEKLY;INTERVAL=2'],
    ['2027-04-05', 'month', '2027-05-03', 'FREQ=MONTHLY;BYDAY=1MO'],
    ['2027-04-05', 'quarter', '2027-07-05', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO'],
    // a 90-day review on a Saturday is moved to the Monday first
    ['2027-04-03', 'week', '2027-04-12', 'FREQ=WEEKLY'],
    ['2027-04-03', 'month', '2027-05-03', 'FREQ=MONTHLY;BYDAY=1MO'],
    // the fifth week of a month becomes the fourth, which every month has (February 2027 has four Fridays)
    ['2027-01-29', 'month', '2027-02-26', 'FREQ=MONTHLY;BYDAY=4FR'],
    // leap years: Tuesday, February 29, 2028 is in the fifth week: the fourth Tuesday
    ['2027-11-30', 'quarter', '2028-02-22', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=4TU'],
    ['2028-02-29', 'month', '2028-03-28', 'FREQ=MONTHLY;BYDAY=4TU'],
    ['2027-12-31', 'week', '2028-01-07', 'FREQ=WEEKLY'],
    ['2027-12-31', 'quarter', '2028-03-24', 'FREQ=MONTHLY;INTERVAL=3;BYDAY=4FR'],
  ] as const)('after a 90-day review on %s, %s: first review %s, by %s', (review90, every, first, rule) => {
    const series = reviewSeries(parseIsoDate(review90)!, every);
    expect(formatIsoDate(series.start)).toBe(first);
    expect(series.rule).toBe(rule);
  });

  it('start after the 90-day review, about one interval later, on a real working day (property)', () => {
    const max = { week: 7, 'two-weeks': 14, month: 31, quarter: 92 };
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 5, 30)), noInvalidDate: true }),
        fc.constantFrom(...reviewIntervalIds),
        (date, every) => {
          const { start: first } = reviewSeries(parseIsoDate(date.toISOString().slice(0, 10))!, every);
          expect(parseIsoDate(formatIsoDate(first))).toEqual(first);
          expect([0, 6]).not.toContain(weekdayOf(formatIsoDate(first)));
          const days = (Date.UTC(first.year, first.month - 1, first.day) - date.setUTCHours(0, 0, 0, 0)) / 86_400_000;
          expect(days).toBeGreaterThan(0);
          // a weekend day moves two days on at most; a month's place moves a week at most
          expect(days).toBeLessThanOrEqual(max[every] + (every === 'month' || every === 'quarter' ? 9 : 2));
        },
      ),
    );
  });
});

describe('the suggestions', () => {
  const model = loadPurposeModel();
  const networks = loadNetworkModel();
  it('come from the network vocabulary: the past network its own, operational the Resource/Operational purpose’s, strategic the Strategic/Perspective purpose’s', () => {
    expect(content.suggestions).toEqual({
      past: { network: 'past', every: networks.past.reviewEvery, purpose: null, answer: networks.past.communicate },
      operational: {
        network: 'resource',
        every: model.purposes.resource.reviewEvery,
        purpose: model.purposes.resource.inSentence,
        answer: model.purposes.resource.dilemmas.communicate,
      },
      strategic: {
        network: 'strategic',
        every: model.purposes.strategic.reviewEvery,
        purpose: model.purposes.strategic.inSentence,
        answer: model.purposes.strategic.dilemmas.communicate,
      },
    });
  });

  it('never justify the past work network with the Social network’s “personal news, photos, and plans”', () => {
    expect(content.suggestions.past.answer).not.toMatch(/personal news|photos/);
    expect(content.suggestions.past.answer).toBe(networks.past.communicate);
    expect(content.texts.rhythm.pastSuggestion).toMatch(/^Suggested, not a research finding/);
    expect(JSON.stringify(content.texts.rhythm.networks)).not.toMatch(/"purpose"/);
  });

  it('agree with each purpose’s answer to “how frequently to communicate”, and are worded as suggestions', () => {
    const days: Record<ReviewInterval, number> = { week: 7, 'two-weeks': 14, month: 30, quarter: 91 };
    const p = model.purposes;
    expect(p.resource.dilemmas.communicate).toMatch(/^Often\b/);
    expect(p.career.dilemmas.communicate).toMatch(/^Regularly\b/);
    expect(p.brand.dilemmas.communicate).toMatch(/^Regularly\b/);
    expect(p.strategic.dilemmas.communicate).toMatch(/^Less often\b/);
    expect(p.social.dilemmas.communicate).toMatch(/whenever you like/);
    expect(days[p.resource.reviewEvery]).toBeLessThan(days[p.career.reviewEvery]);
    expect(p.career.reviewEvery).toBe(p.brand.reviewEvery);
    expect(days[p.career.reviewEvery]).toBeLessThan(days[p.strategic.reviewEvery]);
    expect(days[p.social.reviewEvery]).toBeGreaterThanOrEqual(days[p.strategic.reviewEvery]);
    expect(content.texts.rhythm.suggestion).toMatch(/^Suggested, not a research finding/);
    expect(content.texts.rhythm.suggestion).not.toMatch(/\b(study|studies|research shows|found that)\b/i);
  });
});

const combinations: Rhythms[] = rhythmIds.flatMap((past) =>
  rhythmIds.flatMap((operational) =>
    rhythmIds.map((strategic) =>
      Object.fromEntries(Object.entries({ past, operational, strategic }).filter(([, every]) => every !== 'none')),
    ),
  ),
);

describe.each(audiences)('every combination of rhythms in a plan for %s', (audience) => {
  it('adds one review item per reviewed network and one recurring event each, saying the same on the same dates', () => {
    const base = planWith(profileOf(audience), {}).plan;
    for (const rhythms of combinations) {
      const { plan, file, events: all } = planWith(profileOf(audience), rhythms);
      const reviewed = networkIds.filter((n) => rhythms[n]);
      const label = JSON.stringify(rhythms);
      expect(plan.itemIds, label).toEqual([...base.itemIds, ...reviewed.map((n) => `review-network:${n}`)]);
      const reviewPhase = plan.phases.find((p) => p.id === 'review90')!;
      const items = reviewPhase.items.filter((i) => i.id.startsWith('review-network:'));
      expect(items.map((i) => [i.section, i.sectionTitle, i.who])).toEqual(reviewed.map(() => ['review', 'Review', 0]));
      expect(all, label).toHaveLength(4 + reviewed.length);
      expect(file).toMatchObject({ milestones: 4, reviews: reviewed.length });
      const recurring = all.filter((e) => e.hasProperty('rrule'));
      expect(recurring).toHaveLength(reviewed.length);
      reviewed.forEach((network, i) => {
        const every = rhythms[network]!;
        const event = new ICAL.Event(recurring[i]!);
        const entry = plan.reviews[i]!;
        expect(event.uid).toBe(eventUid(planId, `review-${network}`));
        expect(recurring[i]!.getFirstPropertyValue('rrule')!.toString()).toBe(entry.rule);
        expect(event.description.split('\n')[0]).toBe(items[i]!.text);
        expect(event.summary).toBe(`${entry.title} (Ana Ruiz, Head of Sales)`);
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(formatIsoDate(entry.start));
        expect(items[i]!.text).toContain(
          `${words.rhythm.choices[every].inSentence}, from ${formatShortDate(entry.start)}`,
        );
        const expansion = event.iterator();
        const firstSeven = Array.from({ length: 7 }, () => expansion.next()!.toString());
        const review90 = parseIsoDate(reviewPhase.due)!;
        expect(firstSeven, `${label} ${network}`).toEqual(
          firstSeven.map((_, n) => occurrence(entry.start, review90, every, n)),
        );
        for (const day of firstSeven) expect([0, 6], `${label} ${network} ${day}`).not.toContain(weekdayOf(day));
        expect(firstSeven[0]! > reviewPhase.due).toBe(true);
      });
      expect(words.calendar.downloaded('x.ics', file.milestones, file.reviews)).toBe(
        [
          'Calendar file x.ics downloaded: 4 milestones.',
          'Calendar file x.ics downloaded: 4 milestones and one repeating review.',
          'Calendar file x.ics downloaded: 4 milestones and 2 repeating reviews.',
          'Calendar file x.ics downloaded: 4 milestones and 3 repeating reviews.',
        ][reviewed.length],
      );
    }
  }, 30_000);
});

describe('the review items and events', () => {
  it('name the promoted person in a manager’s plan, in the event’s title and prompt', () => {
    const [entry] = planWith(profileOf('manager'), { strategic: 'month' }).plan.reviews;
    expect(entry!.title).toBe('Review Ana Ruiz’s strategic network every month');
    expect(entry!.description.split('\n')[1]).toBe(
      'Who has Ana Ruiz been in touch with, and who is missing? Ask who helped, and who they will give to next.',
    );
    expect(entry!.why).toBe('How often to communicate is one of the six networking dilemmas.');
  });

  it('keep their UIDs and item ids when the interval or the profile changes', () => {
    const uid = (text: string) =>
      String(
        events(text)
          .find((e) => e.hasProperty('rrule'))!
          .getFirstPropertyValue('uid'),
      );
    const one = planWith(profileOf('self'), { operational: 'week' });
    const two = planWith(profileOf('manager', { name: '', startDate: '2030-06-30' }), { operational: 'quarter' });
    expect(uid(one.file.text)).toBe(uid(two.file.text));
    expect(one.plan.itemIds.at(-1)).toBe(two.plan.itemIds.at(-1));
  });

  it('leave out a network whose section the plan lacks, and are none without a 90-day review', () => {
    const withoutPast = { ...content, items: content.items.filter((i) => i.section !== 'past') };
    const profile = profileOf('self');
    expect(
      buildPlan(withoutPast, profile, null, { past: 'week', strategic: 'month' })!.reviews.map((r) => r.network),
    ).toEqual(['strategic']);
    const noReview = { ...content, items: content.items.filter((i) => i.phase !== 'review90') };
    expect(buildPlan(noReview, profile, null, { past: 'week' })!.reviews).toEqual([]);
  });

  it('write any name and role as literal text in lines of at most 75 octets that ical.js reads back (property)', () => {
    const utf8 = new TextEncoder();
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 99 }),
        fc.constantFrom(...audiences),
        fc.subarray([...networkIds], { minLength: 1 }),
        fc.constantFrom(...reviewIntervalIds),
        (name, role, audience, chosen, every) => {
          const rhythms = Object.fromEntries(chosen.map((n) => [n, every]));
          const profile = profileOf(audience, { name, role: `R${role}` });
          fc.pre(buildPlan(content, profile) !== null);
          const { plan, file, events: all } = planWith(profile, rhythms);
          expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
          for (const line of file.text.split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
          const recurring = all.filter((e) => e.hasProperty('rrule')).map((e) => new ICAL.Event(e));
          expect(recurring.map((e) => e.description.split('\n')[0])).toEqual(plan.reviews.map((r) => r.text));
        },
      ),
      { numRuns: 60 },
    );
  });
});
