/**
 * Date-only arithmetic on plain year-month-day values. A start date is a calendar day, not an
 * instant: nothing here builds a local Date, so no time zone or DST change can move it.
 * Days are counted with Howard Hinnant's days-from-civil algorithm (proleptic Gregorian).
 * The names of days and months and the order they are written in come from the words
 * (words.yaml `dates`).
 */
import { fill } from '@/shared/template';
import type { DateText } from './model';

export interface PlainDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** the years the checklist writes dates in: every start date and every due date falls in them */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** the same range as YYYY-MM-DD */
export const MIN_DATE = `${MIN_YEAR}-01-01`;
export const MAX_DATE = `${MAX_YEAR}-12-31`;

/** the latest day of the role a phase may fall on (the words' schema holds phases to it) */
export const MAX_PLAN_DAY = 366;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidPlainDate(value: PlainDate): boolean {
  const { year, month, day } = value;
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** "2027-01-04" → { year: 2027, month: 1, day: 4 }; null for anything else, or a day that does not exist */
export function parseIsoDate(text: unknown): PlainDate | null {
  if (typeof text !== 'string') return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isValidPlainDate(date) ? date : null;
}

/**
 * true for any real calendar day written YYYY-MM-DD, whatever the year: what a date input
 * accepts (it passes through years like 0002 while the reader is still typing 2027)
 */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate(date: PlainDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** "20270104", the iCalendar DATE form */
export function formatBasicDate(date: PlainDate): string {
  return `${pad(date.year, 4)}${pad(date.month)}${pad(date.day)}`;
}

/** days since 1970-01-01 */
export function toDayNumber(date: PlainDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(days: number): PlainDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * The date of "day N" of the new role, where day 1 is the start date itself:
 * day 30 of a role starting on 1 March is 30 March.
 */
export function dateOfDay(start: PlainDate, dayNumber: number): PlainDate {
  return addDays(start, dayNumber - 1);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday) */
export function weekday(date: PlainDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

function formatDate(date: PlainDate, template: string, weekdays: readonly string[], months: readonly string[]): string {
  return fill(template, {
    weekday: weekdays[weekday(date)] ?? '',
    month: months[date.month - 1] ?? '',
    day: date.day,
    year: date.year,
  });
}

/** "Mon, Jan 4, 2027" in English: short enough for a due-date column, unambiguous in any locale */
export function formatShortDate(date: PlainDate, words: DateText): string {
  return formatDate(date, words.short, words.weekdaysShort, words.monthsShort);
}

/** "Monday, January 4, 2027" in English */
export function formatLongDate(date: PlainDate, words: DateText): string {
  return formatDate(date, words.long, words.weekdays, words.months);
}

/**
 * The start dates the checklist accepts, as YYYY-MM-DD for a date input's min and max: those
 * for which every due date, up to day MAX_PLAN_DAY, is still a date the checklist can write.
 * The last is 2199-12-31 (day 366 of a role that starts then is 2200-12-31).
 */
export const START_MIN = MIN_DATE;
export const START_MAX = formatIsoDate(addDays(parseIsoDate(MAX_DATE)!, -(MAX_PLAN_DAY - 1)));

/** a start date the checklist accepts (see START_MIN and START_MAX), or null */
export function parseStartDate(text: unknown): PlainDate | null {
  const date = parseIsoDate(text);
  // parseIsoDate reads no year before MIN_YEAR, so START_MIN holds already
  return date && formatIsoDate(date) <= START_MAX ? date : null;
}
