/**
 * The estimator's saved state: versioned, decoded by hand (no schema library in the client), and
 * the pure transitions the store's actions apply to it.
 */
import { isPurposeId, type PurposeId } from '@/purposes/ids';
import { isRecord } from '@/shared/storage/decode';
import { fieldSpecs, initialFields } from './fields';
import { methods, type Method } from './model';
import { MAX_INPUT_LENGTH } from './numbers';

export interface EstimatorState {
  readonly v: 1;
  /** which Part 1 method gives "today's estimate" */
  readonly method: Method;
  /** a purpose chosen in the estimator; null means use the quiz's purpose if there is one */
  readonly purpose: PurposeId | null;
  /** what the reader typed in each field, as text, so nothing they typed is lost */
  readonly fields: Readonly<Record<string, string>>;
}

export const initialState: EstimatorState = Object.freeze({
  v: 1,
  method: 'circles',
  purpose: null,
  fields: Object.freeze(initialFields()),
});

function isMethod(value: unknown): value is Method {
  return (methods as readonly unknown[]).includes(value);
}

/**
 * Accepts only version 1 with the right types. Unknown field ids are dropped; known fields
 * missing from older saves get their starting value. Anything else: null (start fresh).
 */
export function parseState(value: unknown): EstimatorState | null {
  if (!isRecord(value)) return null;
  const record = value;
  if (record.v !== 1 || !isMethod(record.method)) return null;
  if (record.purpose !== null && !isPurposeId(record.purpose)) return null;
  const stored = record.fields;
  if (!isRecord(stored)) return null;
  const fields = initialFields();
  for (const id of fieldSpecs.keys()) {
    const raw = stored[id];
    if (raw === undefined) continue;
    if (typeof raw !== 'string') return null;
    // an over-long entry stays too long to be valid, and its message says so
    fields[id] = raw.slice(0, MAX_INPUT_LENGTH + 1);
  }
  return { v: 1, method: record.method, purpose: record.purpose, fields };
}

/** The reader typed `text` in field `id`. */
export function withField(state: EstimatorState, id: string, text: string): EstimatorState {
  return { ...state, fields: { ...state.fields, [id]: text } };
}

export function withMethod(state: EstimatorState, method: Method): EstimatorState {
  return { ...state, method };
}

/** A purpose chosen here; null follows the quiz's purpose. */
export function withPurpose(state: EstimatorState, purpose: PurposeId | null): EstimatorState {
  return { ...state, purpose };
}
