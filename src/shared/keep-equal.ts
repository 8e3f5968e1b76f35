/**
 * Structural sharing for view models rebuilt from scratch on every change: returns `next`, except
 * that every part of it equal in value to the same part of `prev` is `prev`'s own object. A
 * component memoized on its slice of the view then re-renders only when that slice changed, and
 * an unchanged view keeps its identity, so nothing re-renders at all.
 *
 * Plain data only (objects, arrays and primitives, as views are); anything else, such as a
 * function, a Map or a Date, is equal only to itself.
 */
export function keepEqual<T>(prev: T, next: T): T {
  if (Object.is(prev, next)) return prev;
  if (!isData(prev) || !isData(next) || Array.isArray(prev) !== Array.isArray(next)) return next;
  // arrays and plain objects alike, by their own keys (an array's are its indices)
  const out: Record<string, unknown> = Array.isArray(next) ? ([] as unknown as Record<string, unknown>) : {};
  let same = Object.keys(prev).length === Object.keys(next).length;
  for (const key of Object.keys(next)) {
    const had = Object.hasOwn(prev, key);
    out[key] = had ? keepEqual(prev[key], next[key]) : next[key];
    if (!had || out[key] !== prev[key]) same = false;
  }
  return (same ? prev : out) as T;
}

/** an array or a plain object: what a view is made of */
function isData(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return Array.isArray(value) || proto === Object.prototype || proto === null;
}
