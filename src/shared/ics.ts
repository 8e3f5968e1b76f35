/**
 * Writing iCalendar files (RFC 5545), for every tool that offers one (the promotion checklist's
 * plan, Your people's contacts due): TEXT values escaped, CRLF line ends, lines folded at 75
 * octets without splitting a UTF-8 character, all-day events with a UID, a DTSTAMP and a SEQUENCE.
 */
import { addDays, formatBasicDate, type PlainDate } from './dates';

const CRLF = '\r\n';
const encoder = new TextEncoder();

/**
 * escape a TEXT value (RFC 5545 §3.3.11): line breaks become \n, other control characters
 * (a pasted bell or escape) are dropped, then backslash, semicolon and comma are escaped
 */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n|\r/g, '\n')
      // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
      .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '')
      .replace(/[\\;,]/g, '\\$&')
      .replace(/\n/g, '\\n')
  );
}

/** fold a content line into chunks of at most 75 octets; continuation lines start with a space */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  return [...parts, current].join(`${CRLF} `);
}

/** a DTSTAMP value: the UTC time, "20261207T230000Z" */
export function icsStamp(now: Date): string {
  return now.toISOString().replace(/[-:]|\.\d{3}/g, '');
}

export interface AllDayEvent {
  readonly uid: string;
  /** when the file is made (DTSTAMP) */
  readonly now: Date;
  readonly sequence: number;
  readonly start: PlainDate;
  /** RRULE value, when the event repeats */
  readonly rule?: string | undefined;
  /** STATUS, when the event is cancelled */
  readonly cancelled?: boolean;
  /** plain text: escaped here */
  readonly summary: string;
  readonly description: string;
  readonly url?: string | null | undefined;
}

/** the unfolded content lines of one all-day event (DTEND the next day, shown as free time) */
export function allDayEvent(event: AllDayEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsStamp(event.now)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART;VALUE=DATE:${formatBasicDate(event.start)}`,
    `DTEND;VALUE=DATE:${formatBasicDate(addDays(event.start, 1))}`,
    ...(event.rule ? [`RRULE:${event.rule}`] : []),
    ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.url ? [`URL:${event.url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** a whole file: the calendar around the events' lines, every line folded, CRLF line ends */
export function writeCalendar(product: string, events: readonly (readonly string[])[]): string {
  const lines = [
    ...['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//UPPROACH//${product}//EN`],
    ...['CALSCALE:GREGORIAN', 'METHOD:PUBLISH', ...events.flat(), 'END:VCALENDAR'],
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
