/**
 * The checklist's days: "day N" of the new role, its due date, and the start dates accepted.
 * Date arithmetic itself is shared (src/shared/dates.ts).
 */
import { addDays, formatIsoDate, parseIsoDate, workingDay, MAX_YEAR, MIN_YEAR, type PlainDate } from '@/shared/dates';
import { MAX_PLAN_DAY } from './model';

/** the date of "day N" of the new role; day 1 is the start date itself (day 30 of a 1 March start is 30 March) */
export function dateOfDay(start: PlainDate, dayNumber: number): PlainDate {
  return addDays(start, dayNumber - 1);
}

/** the due date of "day N" of the new role: that day, moved to a working day */
export function dueDate(start: PlainDate, dayNumber: number): PlainDate {
  return workingDay(dateOfDay(start, dayNumber));
}

/**
 * The start dates the checklist accepts, for a date input's min and max: those from which every
 * due date, up to day MAX_PLAN_DAY and moved to a working day (up to two days later), is still a
 * date the checklist writes (the last is 2200-12-31).
 */
export const START_MIN = `${MIN_YEAR}-01-01`;
export const START_MAX = formatIsoDate(addDays({ year: MAX_YEAR, month: 12, day: 31 }, 1 - MAX_PLAN_DAY - 2));

/** a start date the checklist accepts, or null */
export function parseStartDate(text: unknown): PlainDate | null {
  const date = parseIsoDate(text);
  return date && formatIsoDate(date) <= START_MAX ? date : null;
}
