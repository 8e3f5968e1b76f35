/**
 * A person read back from a data file (or anything else not written by this page): checked field
 * by field, never trusted. Pure TypeScript; never throws.
 */
import { isCalendarDate } from '@/shared/dates';
import { isNetworkId, relationIds, cadenceIds, type RelationId } from '@/purposes/networks';
import {
  closenessIds,
  contactHowIds,
  MAX_CONTACT_NOTES,
  sourceIds,
  type Closeness,
  type ContactHow,
  type LoggedContact,
  type Person,
  type PersonCadence,
  type PersonSource,
} from './person';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 100_000) => (typeof v === 'string' && v.length <= max ? v : null);
const strings = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);
const oneOf = <T extends string>(ids: readonly T[], v: unknown): T | null | undefined =>
  v === null ? null : (ids as readonly unknown[]).includes(v) ? (v as T) : undefined;
const isDate = (v: unknown): v is string => typeof v === 'string' && isCalendarDate(v);
/** a date or null; undefined (absent, from files made before the field) is null; anything else is refused */
const dateOrNull = (v: unknown): string | null | undefined =>
  v === null || v === undefined ? null : isDate(v) ? v : undefined;
const ID = /^[A-Za-z0-9-]{1,64}$/u;
/** the most contacts one person keeps (a contact a week for 40 years) */
export const MAX_CONTACTS = 2_000;

function parseContact(value: unknown): LoggedContact | null {
  if (!isRecord(value)) return null;
  const id = typeof value.id === 'string' && ID.test(value.id) ? value.id : null;
  // a longer note (a hand-edited file) is cut, never the reason to refuse the person
  const notes = typeof value.notes === 'string' ? value.notes.slice(0, MAX_CONTACT_NOTES) : null;
  const how = oneOf<ContactHow>(contactHowIds, value.how);
  const give = value.give === null || value.give === undefined ? null : str(value.give, 100);
  const plan = value.plan === null || value.plan === undefined ? null : str(value.plan, 300);
  if (
    !id ||
    notes === null ||
    !how ||
    !isDate(value.date) ||
    (give === null && value.give != null) ||
    (plan === null && value.plan != null)
  )
    return null;
  return { id, date: value.date, how, notes, give, plan };
}

function parseContacts(value: unknown): LoggedContact[] | undefined {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_CONTACTS) return undefined;
  const contacts = value.map(parseContact);
  return contacts.every((x): x is LoggedContact => x !== null) ? contacts : undefined;
}

/** The person a value describes, or null when any field is missing or not what it should be. */
export function parsePerson(value: unknown): Person | null {
  if (!isRecord(value)) return null;
  const v = value;
  // ids are made by the site (random UUIDs): letters, digits and - only, so no id can carry
  // line breaks or markup into a calendar file or a page
  const id = typeof v.id === 'string' && ID.test(v.id) ? v.id : null;
  const texts = ['name', 'greetAs', 'organization', 'title', 'notes', 'profileUrl'].map((k) => str(v[k]));
  const networks = strings(v.networks);
  const emails = strings(v.emails);
  const phones = strings(v.phones);
  const relation = oneOf<RelationId>(relationIds, v.relation);
  const closeness = oneOf<Closeness>(closenessIds, v.closeness);
  const cadence: PersonCadence | undefined = v.cadence === 'off' ? 'off' : oneOf(cadenceIds, v.cadence);
  const cadenceSince = dateOrNull(v.cadenceSince);
  const snoozedUntil = dateOrNull(v.snoozedUntil);
  const contacts = parseContacts(v.contacts);
  const source = oneOf<PersonSource>(sourceIds, v.source);
  const connectedOn = dateOrNull(v.connectedOn);
  const planned = v.plannedContact;
  const plannedContact =
    planned === null || planned === undefined
      ? null
      : isRecord(planned) &&
          isDate(planned.date) &&
          str(planned.reason, 1000) !== null &&
          str(planned.key ?? '', 300) !== null
        ? { date: planned.date, reason: planned.reason as string, key: (planned.key as string | undefined) ?? '' }
        : undefined;
  const changed = isRecord(v.changed) && Object.values(v.changed).every((t) => Number.isFinite(t)) ? v.changed : null;
  const suggestion = v.suggestion;
  const validSuggestion =
    suggestion === null || suggestion === undefined
      ? null
      : isRecord(suggestion) &&
          strings(suggestion.networks)?.every(isNetworkId) &&
          typeof suggestion.because === 'string'
        ? (suggestion as unknown as Person['suggestion'])
        : undefined;
  if (
    !id ||
    texts.some((t) => t === null) ||
    !networks?.every(isNetworkId) ||
    new Set(networks).size !== networks.length ||
    !emails ||
    !phones ||
    relation === undefined ||
    closeness === undefined ||
    cadence === undefined ||
    cadenceSince === undefined ||
    snoozedUntil === undefined ||
    contacts === undefined ||
    !source ||
    connectedOn === undefined ||
    plannedContact === undefined ||
    validSuggestion === undefined ||
    !changed ||
    typeof v.former !== 'boolean' ||
    !Number.isFinite(v.createdAt)
  )
    return null;
  const [name, greetAs, organization, title, notes, profileUrl] = texts as string[];
  return {
    id,
    name: name!,
    greetAs: greetAs!,
    organization: organization!,
    title: title!,
    relation,
    former: v.former,
    networks,
    suggestion: validSuggestion,
    closeness,
    notes: notes!,
    emails,
    phones,
    profileUrl: profileUrl!,
    connectedOn,
    source,
    cadence,
    cadenceSince,
    snoozedUntil,
    contacts,
    plannedContact,
    changed: changed as Person['changed'],
    createdAt: v.createdAt as number,
  };
}
