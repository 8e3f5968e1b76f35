/**
 * The value of an aria-describedby attribute: the ids that are there (a hint, an error), joined
 * with spaces, or no attribute at all when none is.
 */
export function describedBy(...ids: readonly (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}
