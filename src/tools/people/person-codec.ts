/**
 * A person read back from a data file (or anything else not written by this page): checked field
 * by field, never trusted. Pure TypeScript; never throws.
 */
import { isNetworkId, relationIds, cadenceIds, type RelationId, type CadenceId } from '@/purposes/networks';
import { closenessIds, sourceIds, type Closeness, type Person, type PersonSource } from './person';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 100_000) => (typeof v === 'string' && v.length <= max ? v : null);
const strings = (v: unknown) => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);
const oneOf = <T extends string>(ids: readonly T[], v: unknown): T | null | undefined =>
  v === null ? null : (ids as readonly unknown[]).includes(v) ? (v as T) : undefined;
const DATE = /^\d{4}-\d{2}-\d{2}$/u;

/** The person a value describes, or null when any field is missing or not what it should be. */
export function parsePerson(value: unknown): Person | null {
  if (!isRecord(value)) return null;
  const v = value;
  const id = str(v.id, 200);
  const texts = ['name', 'greetAs', 'organization', 'title', 'notes', 'profileUrl'].map((k) => str(v[k]));
  const networks = strings(v.networks);
  const emails = strings(v.emails);
  const phones = strings(v.phones);
  const relation = oneOf<RelationId>(relationIds, v.relation);
  const closeness = oneOf<Closeness>(closenessIds, v.closeness);
  const cadence = oneOf<CadenceId>(cadenceIds, v.cadence);
  const source = oneOf<PersonSource>(sourceIds, v.source);
  const connectedOn =
    v.connectedOn === null
      ? null
      : typeof v.connectedOn === 'string' && DATE.test(v.connectedOn)
        ? v.connectedOn
        : undefined;
  const planned = v.plannedContact;
  const plannedContact =
    planned === null || planned === undefined
      ? null
      : isRecord(planned) &&
          typeof planned.date === 'string' &&
          DATE.test(planned.date) &&
          str(planned.reason, 1000) !== null
        ? { date: planned.date, reason: planned.reason as string }
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
    plannedContact,
    changed: changed as Person['changed'],
    createdAt: v.createdAt as number,
  };
}
