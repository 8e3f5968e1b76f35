/**
 * Date-only arithmetic on plain year-month-day values, for every tool. A date is a calendar day,
 * not an instant: days are counted and written in UTC (Date.UTC, getUTC…, timeZone 'UTC'), so no time
 * zone or DST change can move one.
 */
import { LANGUAGE_TAG } from '@/config';

export interface PlainDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** the years the site writes dates in: every start date, due date and logged contact falls in them */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** a real day written YYYY-MM-DD, in any year from 1: what a date input passes through while the reader types */
export function isCalendarDate(text: string): boolean {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)?.map(Number) ?? [];
  return y !== undefined && y >= 1 && m! >= 1 && m! <= 12 && d! >= 1 && d! <= daysInMonth(y, m!);
}

/** "2027-01-04" → { year: 2027, month: 1, day: 4 }; null for anything else, or a day outside MIN_YEAR–MAX_YEAR */
export function parseIsoDate(text: unknown): PlainDate | null {
  if (typeof text !== 'string' || !isCalendarDate(text)) return null;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  return year >= MIN_YEAR && year <= MAX_YEAR ? { year, month, day } : null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsoDate(date: PlainDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** "20270104", the iCalendar DATE form */
export function formatBasicDate(date: PlainDate): string {
  return formatIsoDate(date).replace(/-/g, '');
}

const utc = (date: PlainDate) => new Date(Date.UTC(date.year, date.month - 1, date.day));

export function addDays(date: PlainDate, days: number): PlainDate {
  const moved = utc(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

function format(date: PlainDate, options: Intl.DateTimeFormatOptions): string {
  const all: Intl.DateTimeFormatOptions = { timeZone: 'UTC', day: 'numeric', year: 'numeric', ...options };
  return new Intl.DateTimeFormat(LANGUAGE_TAG, all).format(utc(date));
}

/**
 * The working-day rule every due date and review follows, here only: a date on a Saturday or
 * Sunday moves to the following Monday (holidays are not known, so they do not move a date).
 */
export function workingDay(date: PlainDate): PlainDate {
  const weekday = weekdayOf(date);
  return weekday === 6 ? addDays(date, 2) : weekday === 0 ? addDays(date, 1) : date;
}

/** 0 (Sunday) to 6 (Saturday) */
export function weekdayOf(date: PlainDate): number {
  return utc(date).getUTCDay();
}

/** the n-th (1–4) given weekday (0 Sunday … 6 Saturday) of a month */
export function nthWeekday(year: number, month: number, weekday: number, ordinal: number): PlainDate {
  const first = { year, month, day: 1 };
  return addDays(first, ((weekday - weekdayOf(first) + 7) % 7) + 7 * (ordinal - 1));
}

/** "Monday, January 4, 2027" */
export function formatLongDate(date: PlainDate): string {
  return format(date, { weekday: 'long', month: 'long' });
}
/** "Mon, Jan 4, 2027": short enough for a due-date column */
export function formatShortDate(date: PlainDate): string {
  return format(date, { weekday: 'short', month: 'short' });
}
/** "January 4, 2027" */
export function formatPlainDate(date: PlainDate): string {
  return format(date, { month: 'long' });
}

/**
 * The same day `months` calendar months later (or earlier), kept inside the month: 31 January
 * plus one month is 28 or 29 February, never 2 or 3 March.
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/**
 * The calendar day an instant falls on where the reader is: in `timeZone` (an IANA name), or the
 * browser's own time zone when none is given. 23:30 on 31 December in New York is still 31
 * December there, though it is 1 January in UTC.
 */
export function localDate(instant: number, timeZone?: string): PlainDate {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    calendar: 'gregory',
    numberingSystem: 'latn',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** whole days from `from` to `to` (negative when `to` is earlier) */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);
}
