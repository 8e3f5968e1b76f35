export type DecodeResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: DecodeProblem };

/**
 * Why a stored value could not be used: nothing stored, not JSON, a shape this version does not
 * accept, or a save from a newer version of the site (`"v"` above `version`), which an older
 * page must keep untouched.
 */
export type DecodeProblem = 'missing' | 'not-json' | 'invalid' | 'newer';

/**
 * Decode a stored JSON string defensively: never throws, whatever the input. `parse` checks
 * the shape and returns null for anything it does not accept (wrong version, wrong types).
 * `version` is the newest `v` this code writes: an object with a higher `v` is 'newer'.
 */
export function decodeStored<T>(
  raw: string | null | undefined,
  parse: (value: unknown) => T | null,
  version = 1,
): DecodeResult<T> {
  if (raw === null || raw === undefined || raw === '') return { ok: false, reason: 'missing' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  if (isRecord(json) && typeof json.v === 'number' && json.v > version) return { ok: false, reason: 'newer' };
  let value: T | null;
  try {
    value = parse(json);
  } catch {
    value = null;
  }
  return value === null ? { ok: false, reason: 'invalid' } : { ok: true, value };
}

/** A plain object (not null, not an array): the first check of every stored-shape parser. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An array of at most maxItems strings of at most maxLength characters each, or null. */
export function stringList(value: unknown, maxItems: number, maxLength: number): string[] | null {
  if (!Array.isArray(value) || value.length > maxItems) return null;
  return value.every((v) => typeof v === 'string' && v.length <= maxLength) ? (value as string[]) : null;
}
