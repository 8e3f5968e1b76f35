import { formatLongDate, formatShortDate, parseIsoDate } from '@/shared/dates';
import { keepWords } from '../words';

/** A stored YYYY-MM-DD as the reader reads it ("Mon, Jan 4, 2027"); never "Invalid Date". */
export function showDate(iso: string, style: 'short' | 'long' = 'short'): string {
  const day = parseIsoDate(iso);
  if (!day) return keepWords.badDate;
  return style === 'long' ? formatLongDate(day) : formatShortDate(day);
}
