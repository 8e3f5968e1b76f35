/**
 * The review rhythm: the RRULE and first review of each interval, the stored picks, and, for
 * every combination of the three networks' rhythms (5 × 5 × 5) in both readers' plans, the plan's
 * review items and the calendar file (parsed back with ical.js, every RRULE expanded) saying the
 * same words on the same dates, with the status line counting exactly what the file holds.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatShortDate, parseIsoDate, type PlainDate } from '../../../src/tools/checklist/dates';
import { firstSteps } from '../../../src/tools/checklist/first-steps';
import { buildCalendar, eventUid } from '../../../src/tools/checklist/ics';
import { buildPlan, personFor } from '../../../src/tools/checklist/plan';
import { emptyProfile } from '../../../src/tools/checklist/profile';
import {
  LAST_MONTHLY_DAY,
  calendarStatus,
  firstReview,
  networkIds,
  parseRhythms,
  recurringEvents,
  reviewEntries,
  reviewItemId,
  rhythmIds,
  rhythmOf,
  reviewSuggestions,
  rrule,
  setRhythm,
  withReviews,
  type NetworkId,
  type Rhythm,
  type Rhythms,
} from '../../../src/tools/checklist/rhythm';
import { audiences, type Audience, type Profile } from '../../../src/tools/checklist/model';
import { reviewIntervalIds, type ReviewInterval } from '../../../src/purposes/review-interval';
import { loadPurposeModel } from '../../support/purpose-model';
import { loadChecklistContent } from '../../support/checklist-content';
import { freshImport } from '../../support/fresh-import';

const { items, words } = loadChecklistContent();
const model = loadPurposeModel();
const planId = '3b6f2c1e-8d4a-4f0b-9a7e-2c5d1e0f4a6b';
const now = new Date(Date.UTC(2026, 11, 1, 23, 0, 0));
const utf8 = new TextEncoder();

const profileOf = (audience: Audience, extra: Partial<Profile> = {}): Profile => ({
  ...emptyProfile,
  audience,
  name: 'Ana Ruiz',
  role: 'Head of Sales',
  level: 'manager',
  startDate: '2027-01-04',
  ...extra,
});

/** the plan as the store builds it: the template plan, then the reviewed networks' items */
function planWith(profile: Profile, rhythms: Rhythms) {
  const base = buildPlan(items, words, profile)!;
  const entries = reviewEntries(base, words, profile, rhythms, personFor(profile, words));
  const plan = withReviews(base, entries)!;
  const file = buildCalendar({
    plan,
    planId,
    profile,
    done: [],
    names: {},
    now,
    text: words.calendar,
    recurring: recurringEvents(entries),
  });
  return { base, entries, plan, file };
}

const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const events = (text: string) => parse(text).getAllSubcomponents('vevent');

/** every combination of the three networks' rhythms: 125 */
const combinations: Rhythms[] = (() => {
  // written out here, without setRhythm: the test cases are made while the file loads
  const out: Rhythms[] = [];
  for (const past of rhythmIds)
    for (const operational of rhythmIds)
      for (const strategic of rhythmIds) {
        const picked = Object.entries({ past, operational, strategic }).filter(([, every]) => every !== 'none');
        out.push(Object.fromEntries(picked) as Rhythms);
      }
  return out;
})();

/** the n-th occurrence of a series, computed here without the code under test */
function expectedOccurrence(start: PlainDate, every: ReviewInterval, n: number): string {
  const utc = new Date(Date.UTC(start.year, start.month - 1, start.day));
  if (every === 'week' || every === 'two-weeks') utc.setUTCDate(utc.getUTCDate() + n * (every === 'week' ? 7 : 14));
  else utc.setUTCMonth(utc.getUTCMonth() + n * (every === 'month' ? 1 : 3));
  return utc.toISOString().slice(0, 10);
}

// each interval's rule is a module-level table: these tests use it as the module makes it now
const loadRhythm = () => freshImport(() => import('../../../src/tools/checklist/rhythm'));

describe('rrule', () => {
  it('writes each interval as an open-ended weekly or monthly rule', async () => {
    const { rrule } = await loadRhythm();
    expect(reviewIntervalIds.map(rrule)).toEqual([
      'FREQ=WEEKLY',
      'FREQ=WEEKLY;INTERVAL=2',
      'FREQ=MONTHLY',
      'FREQ=MONTHLY;INTERVAL=3',
    ]);
    for (const every of reviewIntervalIds) expect(rrule(every)).not.toMatch(/COUNT|UNTIL/);
  });
});

describe('firstReview', () => {
  const review90 = { year: 2027, month: 4, day: 3 };
  it('comes one interval after the 90-day review', async () => {
    const { firstReview } = await loadRhythm();
    expect(formatIsoDate(firstReview(review90, 'week'))).toBe('2027-04-10');
    expect(formatIsoDate(firstReview(review90, 'two-weeks'))).toBe('2027-04-17');
    expect(formatIsoDate(firstReview(review90, 'month'))).toBe('2027-05-03');
    expect(formatIsoDate(firstReview(review90, 'quarter'))).toBe('2027-07-03');
  });

  it('starts a monthly series on the 28th at the latest, so no month is skipped, and crosses years', async () => {
    const { firstReview } = await loadRhythm();
    expect(formatIsoDate(firstReview({ year: 2027, month: 1, day: 31 }, 'month'))).toBe('2027-02-28');
    expect(formatIsoDate(firstReview({ year: 2027, month: 11, day: 30 }, 'quarter'))).toBe('2028-02-28');
    expect(formatIsoDate(firstReview({ year: 2027, month: 12, day: 29 }, 'month'))).toBe('2028-01-28');
    expect(formatIsoDate(firstReview({ year: 2027, month: 12, day: 31 }, 'week'))).toBe('2028-01-07');
  });

  it('is always after the 90-day review and within the interval, on a real date (any review date)', () => {
    const max = { week: 7, 'two-weeks': 14, month: 31, quarter: 92 };
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 5, 30)), noInvalidDate: true }),
        fc.constantFrom(...reviewIntervalIds),
        (date, every) => {
          const review = parseIsoDate(date.toISOString().slice(0, 10))!;
          const first = firstReview(review, every);
          expect(parseIsoDate(formatIsoDate(first))).toEqual(first);
          const days = (Date.UTC(first.year, first.month - 1, first.day) - date.setUTCHours(0, 0, 0, 0)) / 86_400_000;
          expect(days).toBeGreaterThan(0);
          expect(days).toBeLessThanOrEqual(max[every]);
          if (every === 'month' || every === 'quarter') expect(first.day).toBeLessThanOrEqual(LAST_MONTHLY_DAY);
        },
      ),
    );
  });
});

describe('the stored picks', () => {
  it('accept network → interval, and setRhythm takes a network out with “none”', () => {
    expect(parseRhythms({ operational: 'two-weeks', strategic: 'quarter' })).toEqual({
      operational: 'two-weeks',
      strategic: 'quarter',
    });
    expect(parseRhythms({})).toEqual({});
    const set = setRhythm(undefined, 'past', 'month');
    expect(set).toEqual({ past: 'month' });
    expect(setRhythm(set, 'past', 'none')).toEqual({});
    expect(setRhythm(set, 'operational', 'week')).toEqual({ past: 'month', operational: 'week' });
    expect(set).toEqual({ past: 'month' });
    expect(rhythmOf(undefined, 'past')).toBe('none');
    expect(rhythmOf(set, 'past')).toBe('month');
  });

  it.each([
    ['an unknown network', { social: 'week' }],
    ['an unknown interval', { past: 'daily' }],
    ['“none” stored (never written)', { past: 'none' }],
    ['a list', ['week']],
    ['text', 'week'],
    ['null', null],
  ])('refuse %s', (_, value) => {
    expect(parseRhythms(value)).toBeNull();
  });

  it('never throw, and keep only what they accept, whatever JSON they are given', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseRhythms(value);
        if (parsed !== null) {
          expect(parseRhythms(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
          for (const [network, every] of Object.entries(parsed)) {
            expect(networkIds).toContain(network);
            expect(reviewIntervalIds).toContain(every);
          }
        }
      }),
    );
  });
});

describe('the suggestions', () => {
  it('come from the purpose model of each network’s purpose, with its answer on how often to communicate', () => {
    const suggestions = reviewSuggestions(model, words.rhythm.networks);
    expect(Object.keys(suggestions)).toEqual([...networkIds]);
    for (const network of words.rhythm.networks) {
      const entry = model.purposes[network.purpose];
      expect(suggestions[network.id]).toEqual({
        every: entry.reviewEvery,
        purpose: entry.inSentence,
        answer: entry.dilemmas.communicate,
      });
    }
  });

  it('tie each network to the purpose the checklist already leans that section on', () => {
    for (const network of words.rhythm.networks) {
      expect(words.purposes.find((p) => p.id === network.purpose)?.section).toBe(network.id);
    }
    expect(words.rhythm.networks.map((n) => n.id)).toEqual([...networkIds]);
  });

  it('agree with each purpose’s answer to “how frequently to communicate”', () => {
    const days: Record<ReviewInterval, number> = { week: 7, 'two-weeks': 14, month: 30, quarter: 91 };
    const p = model.purposes;
    // the answers the suggestions follow: change an answer and this asks to look at its suggestion again
    expect(p.resource.dilemmas.communicate).toMatch(/^Often\b/);
    expect(p.career.dilemmas.communicate).toMatch(/^Regularly\b/);
    expect(p.brand.dilemmas.communicate).toMatch(/^Regularly\b/);
    expect(p.strategic.dilemmas.communicate).toMatch(/^Less often\b/);
    expect(p.social.dilemmas.communicate).toMatch(/whenever you like/);
    expect(p.social.dilemmas.active).toMatch(/Little outreach/);
    // often < regularly < less often; regularly alike for both; little outreach the least often
    expect(days[p.resource.reviewEvery]).toBeLessThan(days[p.career.reviewEvery]);
    expect(p.career.reviewEvery).toBe(p.brand.reviewEvery);
    expect(days[p.career.reviewEvery]).toBeLessThan(days[p.strategic.reviewEvery]);
    expect(days[p.social.reviewEvery]).toBeGreaterThanOrEqual(days[p.strategic.reviewEvery]);
  });

  it('are worded as suggestions, never as research', () => {
    expect(words.rhythm.suggestion).toMatch(/^Suggested, not a research finding/);
    expect(words.rhythm.suggestion).not.toMatch(/\b(study|studies|research shows|found that)\b/i);
  });
});

describe.each(audiences)('every combination of rhythms in a plan for %s', (audience) => {
  const profile = profileOf(audience);

  it('adds one review item per reviewed network and one recurring event each, saying the same', () => {
    for (const rhythms of combinations) {
      const { base, entries, plan, file } = planWith(profile, rhythms);
      const reviewed = networkIds.filter((n) => rhythms[n]);
      const label = JSON.stringify(rhythms);
      // the plan: the template items, then one item per reviewed network at the end of the 90-day review
      expect(plan.itemIds, label).toEqual([...base.itemIds, ...reviewed.map(reviewItemId)]);
      const review = plan.phases.find((p) => p.id === 'review90')!;
      const reviewItems = review.items.filter((i) => i.id.startsWith('review-network:'));
      expect(reviewItems.map((i) => i.section)).toEqual(reviewed.map(() => 'review'));

      // the file: the four milestones, then one RRULE event per reviewed network
      const all = events(file.text);
      expect(all, label).toHaveLength(4 + reviewed.length);
      expect(file).toMatchObject({ milestones: 4, reviews: reviewed.length });
      expect(file.text.match(/^BEGIN:VEVENT\r$/gm) ?? []).toHaveLength(file.milestones + file.reviews);
      const recurring = all.filter((e) => e.hasProperty('rrule'));
      expect(recurring, label).toHaveLength(reviewed.length);

      reviewed.forEach((network, i) => {
        const every = rhythms[network]!;
        const event = new ICAL.Event(recurring[i]!);
        const item = reviewItems[i]!;
        const entry = entries[i]!;
        expect(event.uid).toBe(eventUid(planId, `review-${network}`));
        expect(event.isRecurring()).toBe(true);
        expect(recurring[i]!.getFirstPropertyValue('rrule')!.toString()).toBe(rrule(every));
        // the same words: the item's text is the event's first description line
        expect(event.description.split('\n')[0]).toBe(item.text);
        expect(event.summary).toBe(`${entry.title} (Ana Ruiz, Head of Sales)`);
        // the same dates: the item names the first review, the event starts on it and repeats on the rhythm
        expect(event.startDate.isDate).toBe(true);
        expect(event.startDate.toString()).toBe(formatIsoDate(entry.start));
        expect(item.text).toContain(formatShortDate(entry.start, words.dates));
        const choice = words.rhythm.choices.find((c) => c.id === every)!;
        expect(item.text).toContain(choice.inSentence);
        const expansion = event.iterator();
        const firstFour = [0, 1, 2, 3].map(() => expansion.next()!.toString());
        expect(firstFour, `${label} ${network}`).toEqual(
          [0, 1, 2, 3].map((n) => expectedOccurrence(entry.start, every, n)),
        );
        // after the 90-day review
        expect(firstFour[0]! > review.due).toBe(true);
      });

      // what the page says after the download counts exactly what the file holds
      const status = calendarStatus(words.calendar, words.rhythm, 'x.ics', file.milestones, file.reviews);
      if (reviewed.length === 0) expect(status).toBe('Calendar file x.ics downloaded: 4 milestones.');
      else
        expect(status).toBe(
          `Calendar file x.ics downloaded: 4 milestones and ${
            reviewed.length === 1 ? 'one repeating review' : `${reviewed.length} repeating reviews`
          }.`,
        );
    }
  });
});

describe('the review items and events', () => {
  it('keep their UIDs and item ids when the interval or the profile changes', () => {
    const one = planWith(profileOf('self'), { operational: 'week' });
    const two = planWith(profileOf('manager', { name: '', startDate: '2030-06-30' }), { operational: 'quarter' });
    const uid = (text: string) =>
      events(text)
        .find((e) => e.hasProperty('rrule'))!
        .getFirstPropertyValue('uid');
    expect(uid(one.file.text)).toBe(uid(two.file.text));
    expect(one.entries[0]!.item.id).toBe(two.entries[0]!.item.id);
  });

  it('speak to the manager about the promoted person in a manager’s plan', () => {
    const named = planWith(profileOf('manager'), { strategic: 'month' }).entries[0]!;
    expect(named.item.text).toBe('Review Ana Ruiz’s strategic network with them every month, from Mon, May 3, 2027.');
    const unnamed = planWith(profileOf('manager', { name: '' }), { strategic: 'month' }).entries[0]!;
    expect(unnamed.item.text).toMatch(/^Review your report’s strategic network with them every month/);
    const own = planWith(profileOf('self'), { operational: 'two-weeks' }).entries[0]!;
    expect(own.item.text).toBe('Review your operational network every two weeks, from Sat, Apr 17, 2027.');
    expect(own.title).toBe('Review your operational network every two weeks');
  });

  it('are items at the end of the 90-day review, in its section, under the words’ section title', () => {
    const { entries, plan } = planWith(profileOf('self'), { past: 'week', strategic: 'quarter' });
    const title = words.sections.find((s) => s.id === 'review')!.title;
    expect(entries.map((e) => [e.item.id, e.item.phase, e.item.section, e.item.sectionTitle])).toEqual([
      ['review-network:past', 'review90', 'review', title],
      ['review-network:strategic', 'review90', 'review', title],
    ]);
    const review = plan.phases.find((p) => p.id === 'review90')!;
    expect(review.items.slice(-2).map((i) => i.id)).toEqual(['review-network:past', 'review-network:strategic']);
    expect(plan.itemIds).toEqual(plan.phases.flatMap((p) => p.items.map((i) => i.id)));
    // words without the review section: no title, never "undefined"
    const untitled = { ...words, sections: words.sections.filter((s) => s.id !== 'review') };
    const [entry] = reviewEntries(plan, untitled, profileOf('self'), { past: 'week' }, 'x');
    expect(entry!.item.sectionTitle).toBe('');
  });

  it('name the promoted person in the reason and the prompt of a manager’s plan', () => {
    const profile = profileOf('manager');
    const { base } = planWith(profile, {});
    const why = { self: 'Keep it up.', manager: 'Keep it up with {person}.' };
    const custom = { ...words, rhythm: { ...words.rhythm, why } };
    const [entry] = reviewEntries(base, custom, profile, { strategic: 'month' }, 'Ana Ruiz');
    expect(entry!.item.why).toBe('Keep it up with Ana Ruiz.');
    expect(entry!.description.split('\n')[1]).toBe(
      'Who has Ana Ruiz been in touch with, and who is missing? Ask who helped, and who they will give to next.',
    );
  });

  it('are none without picks, and leave out a network the plan or the words cannot review', () => {
    const profile = profileOf('self');
    const { base } = planWith(profile, {});
    const review = (plan: typeof base, rhythms: Rhythms | undefined, w = words) =>
      reviewEntries(plan, w, profile, rhythms, 'x').map((e) => e.network);
    expect(review(base, undefined)).toEqual([]);
    expect(review(base, {})).toEqual([]);
    expect(review(base, { past: 'week', strategic: 'month' })).toEqual(['past', 'strategic']);
    // a 90-day review whose date cannot be read
    const undated = { ...base, phases: base.phases.map((p) => (p.id === 'review90' ? { ...p, due: 'soon' } : p)) };
    expect(review(undated, { past: 'week' })).toEqual([]);
    // a plan without the network's section
    const withoutPast = {
      ...base,
      phases: base.phases.map((p) => ({ ...p, items: p.items.filter((i) => i.section !== 'past') })),
    };
    expect(review(withoutPast, { past: 'week', strategic: 'month' })).toEqual(['strategic']);
    // an interval the words offer no choice for
    const noWeek = {
      ...words,
      rhythm: { ...words.rhythm, choices: words.rhythm.choices.filter((c) => c.id !== 'week') },
    };
    expect(review(base, { past: 'week', strategic: 'month' }, noWeek)).toEqual(['strategic']);
  });

  it('leave a plan without reviewed networks as it is, and no plan as none', () => {
    const { base, entries } = planWith(profileOf('self'), { past: 'week' });
    expect(entries).toHaveLength(1);
    expect(withReviews(base, [])).toBe(base);
    expect(withReviews(null, entries)).toBeNull();
  });

  it('are left out of a plan without a 90-day review', () => {
    const { base } = planWith(profileOf('self'), {});
    const without = { ...base, phases: base.phases.filter((p) => p.id !== 'review90') };
    expect(reviewEntries(without, words, profileOf('self'), { past: 'week' }, 'x')).toEqual([]);
    expect(withReviews(null, [])).toBeNull();
  });

  it('write any name and role as literal text, every line at most 75 octets, and ical.js reads them back', () => {
    const networks = fc.subarray([...networkIds] as NetworkId[], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }),
        fc.constantFrom(...audiences),
        networks,
        fc.constantFrom(...reviewIntervalIds),
        (name, role, audience, chosen, every) => {
          const profile = profileOf(audience, { name, role: `R${role}` });
          const base = buildPlan(items, words, profile);
          if (!base) return;
          const rhythms = Object.fromEntries(chosen.map((n) => [n, every])) as Rhythms;
          const { file, entries } = planWith(profile, rhythms);
          expect(file.text.endsWith('\r\n')).toBe(true);
          expect(file.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
          for (const line of file.text.split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
          const recurring = events(file.text)
            .filter((e) => e.hasProperty('rrule'))
            .map((e) => new ICAL.Event(e));
          expect(recurring).toHaveLength(chosen.length);
          recurring.forEach((event, i) => {
            expect(event.description.split('\n')[0]).toBe(entries[i]!.item.text);
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('firstSteps', () => {
  it('opens the plan only when the reader says they were never good at networking', () => {
    expect(firstSteps(words.firstSteps, profileOf('self'), 'x')).toBeNull();
    expect(firstSteps(words.firstSteps, profileOf('self', { newToNetworking: false }), 'x')).toBeNull();
    for (const audience of audiences) {
      const steps = firstSteps(words.firstSteps, profileOf(audience, { newToNetworking: true }), 'Ana Ruiz')!;
      expect(steps.steps).toHaveLength(3);
      expect([steps.lead, ...steps.steps].join(' ')).not.toMatch(/\{\w+\}/);
      if (audience === 'manager') expect(steps.steps.join(' ')).toContain('Ana Ruiz');
    }
  });
});

it('every rhythm id has a choice in the words and every interval can be said mid-sentence', () => {
  expect(words.rhythm.choices.map((c) => c.id)).toEqual([...rhythmIds]);
  for (const c of words.rhythm.choices) if (c.id !== 'none') expect(c.inSentence).toMatch(/\S/);
  const none: Rhythm = 'none';
  expect(rhythmIds).toContain(none);
});
