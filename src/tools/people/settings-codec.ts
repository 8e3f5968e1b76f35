/**
 * The people tool's settings read back from a data file or the database (anything not written by
 * this page): the reader's own organization and title, the contact cadences turned on per network,
 * and what the last calendar file said. Checked field by field; never throws; a setting that is
 * not what it should be is left out, the others are kept.
 */
import { cadenceIds, isNetworkId } from '@/purposes/networks';
import { isCalendarDate } from '@/shared/dates';
import type { NetworkCadence, NetworkCadences } from './cadence';
import type { CalendarSent } from './db';
import type { Self } from './person';

/** the settings a data file carries with the people */
export interface PeopleSettings {
  readonly self?: Self;
  readonly cadences?: NetworkCadences;
  readonly calendar?: CalendarSent;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;

export function parseSelf(value: unknown): Self | null {
  return isRecord(value) && text(value.organization, 300) && text(value.title, 300)
    ? { organization: value.organization, title: value.title }
    : null;
}

export function parseNetworkCadences(value: unknown): NetworkCadences | null {
  if (!isRecord(value)) return null;
  const entries = Object.entries(value);
  const valid = entries.every(
    ([id, c]) =>
      isNetworkId(id) &&
      isRecord(c) &&
      (cadenceIds as readonly unknown[]).includes(c.every) &&
      typeof c.since === 'string' &&
      isCalendarDate(c.since),
  );
  if (!valid) return null;
  const read = (c: unknown) => c as NetworkCadence;
  return Object.fromEntries(entries.map(([id, c]) => [id, { every: read(c).every, since: read(c).since }]));
}

export function parseCalendarSent(value: unknown): CalendarSent | null {
  if (!isRecord(value) || Object.keys(value).length > 100_000) return null;
  const valid = Object.values(value).every(
    (e) =>
      isRecord(e) &&
      Number.isInteger(e.sequence) &&
      (e.sequence as number) >= 0 &&
      (e.due === null || (typeof e.due === 'string' && isCalendarDate(e.due))),
  );
  return valid ? (value as CalendarSent) : null;
}

/** The settings a value holds: each readable one; {} for anything else. */
export function parsePeopleSettings(value: unknown): PeopleSettings {
  if (!isRecord(value)) return {};
  const self = parseSelf(value.self);
  const cadences = parseNetworkCadences(value.cadences);
  const calendar = parseCalendarSent(value.calendar);
  return { ...(self && { self }), ...(cadences && { cadences }), ...(calendar && { calendar }) };
}
