/**
 * The plan's milestones as an iCalendar file (RFC 5545): one all-day event per phase, and one
 * recurring all-day event (RRULE) per network the reader reviews after the 90-day review; CRLF
 * line ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values
 * escaped, and UIDs made from the plan's own random id (state.planId), so a re-import updates
 * the same events whatever the reader renames, and two plans never share an event.
 */
import { realSite } from '@/lib/content/url';
import { parseIsoDate, type PlainDate } from '@/shared/dates';
import { allDayEvent, escapeText, foldLine, writeCalendar } from '@/shared/ics';
import type { Plan } from './plan';
import { cutToLimit, tidy } from './profile';
import { countDone } from './state';
import { words } from './words';
import type { Profile } from './model';

export { escapeText, foldLine };

/** the events' SEQUENCE (RFC 5545 §3.8.7.4): minutes since 2000 when the file is made, so each file is a newer revision */
export function sequenceAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.UTC(2000, 0, 1)) / 60_000));
}

/** the events' URL: an absolute http(s) address on a real site, else none (a path or the placeholder site means nothing there) */
export function calendarUrl(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return /^https?:$/.test(parsed.protocol) && realSite(parsed) ? parsed.href : null;
}

/** the same plan keeps the same UIDs, whatever the reader renames or changes */
export function eventUid(planId: string, key: string): string {
  return `promotion-checklist-${key}-${planId}@upproach`;
}

export interface CalendarInput {
  readonly plan: Plan;
  /** the plan's random id (state.planId) */
  readonly planId: string;
  readonly profile: Profile;
  readonly done: readonly string[];
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** the time the file is made (DTSTAMP) */
  readonly now: Date;
  /** the page the plan lives on, for the events' URL */
  readonly url?: string;
}

/** the file and how many events of each kind it holds, counted as they are written */
export function buildCalendar({ plan, planId, profile, done, names, now, url }: CalendarInput) {
  const eventUrl = calendarUrl(url);
  const event = (key: string, start: PlainDate, title: string, description: string, rule?: string) =>
    allDayEvent({
      ...{ uid: eventUid(planId, key), now, sequence: sequenceAt(now), start, rule },
      summary: words.calendar.summary(title, tidy(profile.role), tidy(profile.name)),
      ...{ description, url: eventUrl },
    });
  // every phase of a plan built from an accepted start date has a due date; one that does not is left out
  const milestones = plan.phases.flatMap((phase) => {
    const due = parseIsoDate(phase.due);
    if (!due) return [];
    const count = countDone(
      done,
      phase.items.map((i) => i.id),
    );
    const lines = phase.items.map((item) =>
      words.calendar.item(item.text, done.includes(item.id), (names[item.id] ?? []).map(tidy).filter(Boolean)),
    );
    return [
      event(
        phase.id,
        due,
        phase.milestone,
        [words.calendar.progress(phase.label, count.done, count.total), ...lines].join('\n'),
      ),
    ];
  });
  const reviews = plan.reviews.map((r) => event(`review-${r.network}`, r.start, r.title, r.description, r.rule));
  return {
    text: writeCalendar('Promotion checklist', [...milestones, ...reviews]),
    milestones: milestones.length,
    reviews: reviews.length,
  };
}

/**
 * The calendar file's name: "promotion-checklist-" and the name and role, compatibility
 * characters spelled out (NFKC: "ﬃ" becomes "ffi"), letters (with their marks) and digits of
 * every script in lower case, runs of anything else as one dash, at most 60 UTF-16 units cut at
 * a grapheme boundary. Nothing a file system refuses (/ \ : * ? " < > | or control characters) remains.
 */
export function calendarFileName(profile: Pick<Profile, 'name' | 'role'>): string {
  const slug = `${tidy(profile.name)} ${tidy(profile.role)}`
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const cut = cutToLimit(slug, 60).text.replace(/-+$/, '');
  return `${words.calendar.fileName}${cut ? `-${cut}` : ''}.ics`;
}
