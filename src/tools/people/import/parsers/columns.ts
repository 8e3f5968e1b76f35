/**
 * Which column of a contacts CSV holds what: LinkedIn's Connections.csv (First Name, Last Name,
 * URL, Email Address, Company, Position, Connected On), Google Contacts (First Name, Last Name,
 * E-mail 1 - Value, Organization Name…, or the older Given Name, Family Name, Organization 1 -
 * Name…), Outlook's CSV (E-mail Address, Job Title…), in any order and with other spellings.
 */
import { normalizeProfileUrl } from '../../person';
import type { Incoming } from '../types';

export type Field =
  | 'first'
  | 'middle'
  | 'last'
  | 'full'
  | 'url'
  | 'website'
  | 'email'
  | 'phone'
  | 'organization'
  | 'title'
  | 'connectedOn'
  | 'notes';

/** a header as a key: lower case, letters and digits only ("E-mail 1 - Value" → "email1value") */
export const headerKey = (header: string): string => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const exact: Readonly<Record<string, Field>> = {
  firstname: 'first',
  givenname: 'first',
  first: 'first',
  middlename: 'middle',
  additionalname: 'middle',
  lastname: 'last',
  familyname: 'last',
  surname: 'last',
  last: 'last',
  name: 'full',
  fullname: 'full',
  displayname: 'full',
  url: 'url',
  profileurl: 'url',
  profile: 'url',
  linkedin: 'url',
  linkedinurl: 'url',
  linkedinprofile: 'url',
  company: 'organization',
  companyname: 'organization',
  organization: 'organization',
  organisation: 'organization',
  organizationname: 'organization',
  organization1name: 'organization',
  employer: 'organization',
  position: 'title',
  title: 'title',
  jobtitle: 'title',
  role: 'title',
  organizationtitle: 'title',
  organization1title: 'title',
  connectedon: 'connectedOn',
  notes: 'notes',
  note: 'notes',
};

/** the field a header names, or null for a column the import does not use */
export function fieldOf(header: string): Field | null {
  const key = headerKey(header);
  const known = exact[key];
  if (known) return known;
  // "Email Address", "E-mail 2 - Value", "E-mail Address", "Email 3"; not "E-mail 1 - Label"
  if (/^e?mail(address)?\d*(value|address)?$/u.test(key) || /^email\d+(address)?$/u.test(key)) return 'email';
  if (/^(mobile|business|home|work|primary|other)?phone(number)?\d*(value)?$/u.test(key) || key === 'mobile')
    return 'phone';
  if (/^website\d*(value)?$/u.test(key) || key === 'webpage') return 'website';
  return null;
}

/** a header row: it names a way to know a person (a name or an email) and one more column */
export function columnsOf(row: readonly string[]): (Field | null)[] | null {
  const fields = row.map(fieldOf);
  const known = fields.filter((f) => f !== null);
  const identity = known.some((f) => f === 'first' || f === 'last' || f === 'full' || f === 'email');
  return identity && known.length >= 2 ? fields : null;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "05 Mar 2024" (LinkedIn), "5 March 2024" or "2024-03-05" → "2024-03-05"; null for anything else */
export function parseDate(raw: string): string | null {
  const text = raw.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(text);
  const linkedin = /^(\d{1,2}) ([A-Za-z]{3,9})\.? (\d{4})$/u.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (linkedin) {
    const month = months.indexOf(linkedin[2]!.slice(0, 3).toLowerCase());
    if (month < 0) return null;
    [y, m, d] = [Number(linkedin[3]), month + 1, Number(linkedin[1])];
  } else return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date.toISOString().slice(0, 10);
}

const clean = (value: string | undefined) => (value ?? '').replace(/\s+/gu, ' ').trim();

/** an email as stored: trimmed, lower case; '' when it has no "@" */
export const cleanEmail = (raw: string): string => {
  const email = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/u.test(email) ? email : '';
};

const unique = (values: readonly string[]) => [...new Set(values.filter((v) => v !== ''))];

/** a profile URL, if the text is one on LinkedIn ("linkedin.com/in/…", with or without https) */
export function linkedinProfile(raw: string): string {
  const text = raw.trim();
  if (!/linkedin\.com\//iu.test(text)) return '';
  return normalizeProfileUrl(/^https?:\/\//iu.test(text) ? text : `https://${text}`);
}

/** a row read with its columns; null when it holds nothing to know a person by */
export function rowToIncoming(
  row: readonly string[],
  columns: readonly (Field | null)[],
  source: Incoming['source'],
  at: number,
): Incoming | null {
  const all = (field: Field) => {
    const values: string[] = [];
    for (let i = 0; i < columns.length; i++) if (columns[i] === field) values.push(row[i] ?? '');
    return values;
  };
  const one = (field: Field) =>
    all(field)
      .map(clean)
      .find((v) => v !== '') ?? '';
  const parts = [one('first'), one('middle'), one('last')].filter((p) => p !== '');
  const emails = unique(
    all('email')
      .flatMap((v) => v.split(/\s*:::\s*|[;,]\s*/u))
      .map(cleanEmail),
  );
  const url = one('url');
  const profileUrl =
    (url && (linkedinProfile(url) || normalizeProfileUrl(url))) ||
    all('website')
      .map(linkedinProfile)
      .find((v) => v !== '') ||
    '';
  // a contact with only an email is known by it (as contact apps show it)
  const name = (parts.length ? parts.join(' ') : one('full')) || (emails[0] ?? '');
  if (!name && !profileUrl) return null;
  return {
    name,
    organization: one('organization'),
    title: one('title'),
    emails,
    phones: unique(
      all('phone')
        .flatMap((v) => v.split(/\s*:::\s*/u))
        .map(clean),
    ),
    profileUrl,
    connectedOn: parseDate(one('connectedOn')),
    notes:
      all('notes')
        .map((v) => v.trim())
        .find((v) => v !== '') ?? '',
    source,
    at,
  };
}
