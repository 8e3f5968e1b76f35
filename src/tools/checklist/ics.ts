/**
 * The plan's milestones as an iCalendar file (RFC 5545): one all-day event per phase, and one
 * recurring all-day event (RRULE) per network the reader reviews after the 90-day review; CRLF
 * line ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values
 * escaped, and UIDs made from the plan's own random id (state.planId), so a re-import updates
 * the same events whatever the reader renames, and two plans never share an event.
 */
import { realSite } from '@/lib/content/url';
import { fill } from '@/shared/template';
import { addDays, formatBasicDate, parseIsoDate, type PlainDate } from './dates';
import { tidy } from './profile';
import { phaseProgress } from './state';
import { calendarFileName } from './words';
import type { CalendarText, Plan, Profile } from './model';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/** control characters a TEXT value may not hold (RFC 5545 §3.1, CONTROL); tab and line breaks are handled */
// eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
const CONTROL = /[\x00-\x08\x0B-\x1F\x7F]/g;

/**
 * escape a TEXT value (RFC 5545 §3.3.11): line breaks become \n, other control characters
 * (a pasted bell or escape) are dropped, then backslash, semicolon and comma are escaped
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r/g, '\n')
    .replace(CONTROL, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** fold a content line into chunks of at most 75 octets; continuation lines start with a space */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** "20261125T180000Z" */
export function formatUtcStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** minutes from 2000-01-01 UTC to the file's DTSTAMP: a SEQUENCE that grows with every newer file */
const SEQUENCE_EPOCH = Date.UTC(2000, 0, 1);

/**
 * the events' SEQUENCE (RFC 5545 §3.8.7.4): each file is a newer revision of the same events,
 * so it counts minutes since 2000 at the time the file is made (never negative)
 */
export function sequenceAt(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - SEQUENCE_EPOCH) / 60_000));
}

/**
 * the events' URL: an absolute http(s) address on a real site, else none (a path, or the
 * build's placeholder address, would mean nothing, or the wrong thing, in a calendar)
 */
export function calendarUrl(url: string | undefined): string | null {
  if (!url || !URL.canParse(url)) return null;
  const parsed = new URL(url);
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && realSite(parsed) ? parsed.href : null;
}

export interface IcsInput {
  readonly plan: Plan;
  /** the plan's random id (state.planId): the events' UIDs */
  readonly planId: string;
  readonly profile: Profile;
  readonly done: readonly string[];
  readonly names: Readonly<Record<string, readonly string[]>>;
  /** the time the file is made (DTSTAMP) */
  readonly now: Date;
  /** the page the plan lives on, for the events' URL (left out unless it is a real absolute address) */
  readonly url?: string;
  /** the words of the events' descriptions (words.yaml `calendar`) */
  readonly text: CalendarText;
  /** the recurring reviews (src/lib/checklist/rhythm.ts recurringEvents), after the milestones */
  readonly recurring?: readonly RecurringEvent[];
}

/** a recurring all-day event: a network's review after the 90-day review */
export interface RecurringEvent {
  /** stable for the same network of the same plan: part of the UID ("review-operational") */
  readonly key: string;
  /** the title before the name and role: "Review your operational network every two weeks" */
  readonly title: string;
  readonly description: string;
  /** the first occurrence */
  readonly start: PlainDate;
  /** the RRULE value: "FREQ=WEEKLY;INTERVAL=2" */
  readonly rrule: string;
}

/** the file and how many events of each kind it holds, counted as they are written */
export interface CalendarFile {
  readonly text: string;
  readonly milestones: number;
  readonly reviews: number;
}

/** the same plan keeps the same UIDs, whatever the reader renames or changes */
export function eventUid(planId: string, phaseId: string): string {
  return `promotion-checklist-${phaseId}-${planId}@upproach`;
}

/**
 * the plan's phases that become events, each with its due date: those whose due date is a date
 * (every phase of a plan built from an accepted start date); the file and what is said about it
 * both count these
 */
export function calendarPhases(plan: Plan): { readonly phase: Plan['phases'][number]; readonly due: PlainDate }[] {
  return plan.phases.flatMap((phase) => {
    const due = parseIsoDate(phase.due);
    return due ? [{ phase, due }] : [];
  });
}

export function buildIcs(input: IcsInput): string {
  return buildCalendar(input).text;
}

export function buildCalendar({
  plan,
  planId,
  profile,
  done,
  names,
  now,
  url,
  text,
  recurring = [],
}: IcsInput): CalendarFile {
  const ticked = new Set(done);
  const eventUrl = calendarUrl(url);
  const name = tidy(profile.name);
  const role = tidy(profile.role);
  const summary = (milestone: string) =>
    name ? fill(text.summaryNamed, { milestone, name, role }) : fill(text.summary, { milestone, role });
  const stamp = formatUtcStamp(now);
  const sequence = sequenceAt(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//UPPROACH//Promotion network checklist//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  let milestones = 0;
  let reviews = 0;
  for (const { phase, due } of calendarPhases(plan)) {
    const count = phaseProgress(done, phase);
    const description = [
      fill(text.progress, { phase: phase.label, done: count.done, total: count.total }),
      ...phase.items.map((item) => {
        const written = (names[item.id] ?? []).map(tidy).filter((n) => n !== '');
        const line = fill(ticked.has(item.id) ? text.ticked : text.open, { item: item.text });
        if (written.length === 0) return line;
        return fill(text.who, { item: line, names: written.join(text.nameSeparator) });
      }),
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(planId, phase.id)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${formatBasicDate(due)}`,
      `DTEND;VALUE=DATE:${formatBasicDate(addDays(due, 1))}`,
      `SUMMARY:${escapeText(summary(phase.milestone))}`,
      `DESCRIPTION:${escapeText(description)}`,
      ...(eventUrl ? [`URL:${eventUrl}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
    milestones += 1;
  }
  for (const event of recurring) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${eventUid(planId, event.key)}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${sequence}`,
      `DTSTART;VALUE=DATE:${formatBasicDate(event.start)}`,
      `DTEND;VALUE=DATE:${formatBasicDate(addDays(event.start, 1))}`,
      `RRULE:${event.rrule}`,
      `SUMMARY:${escapeText(summary(event.title))}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      ...(eventUrl ? [`URL:${eventUrl}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
    reviews += 1;
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(foldLine).join(CRLF) + CRLF, milestones, reviews };
}

/** the calendar file's name for this profile (see calendarFileName in text.ts) */
export function icsFileName(profile: Profile, start: string): string {
  return calendarFileName(tidy(profile.name), tidy(profile.role), start);
}
