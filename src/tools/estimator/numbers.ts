/** The BCP 47 tag for an Open Graph locale: "en_US" becomes "en-US". Throws for a malformed one. */
export function languageTag(locale: string): string {
  return Intl.getCanonicalLocales(locale.replace(/_/g, '-'))[0]!;
}
