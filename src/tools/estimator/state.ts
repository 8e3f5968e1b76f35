/** The estimator's saved state: versioned, and decoded by hand (no schema library in the client). */
import { isPurposeId, type PurposeId } from '@/purposes/ids';
import { isRecord } from '@/shared/storage/decode';
import { fieldSpecs, initialFields, MAX_INPUT_LENGTH, methods, type Method } from './model';

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

/**
 * Accepts only version 1 with the right types. Unknown field ids are dropped; known fields
 * missing from older saves get their starting value. Anything else: null (start fresh).
 */
export function parseState(value: unknown): EstimatorState | null {
  if (!isRecord(value) || value.v !== 1 || !(methods as readonly unknown[]).includes(value.method)) return null;
  if (value.purpose !== null && !isPurposeId(value.purpose)) return null;
  if (!isRecord(value.fields)) return null;
  const fields = initialFields();
  for (const id of fieldSpecs.keys()) {
    const raw = value.fields[id];
    if (raw === undefined) continue;
    if (typeof raw !== 'string') return null;
    // an over-long entry stays too long to be valid, and its message says so
    fields[id] = raw.slice(0, MAX_INPUT_LENGTH + 1);
  }
  return { v: 1, method: value.method as Method, purpose: value.purpose, fields };
}
