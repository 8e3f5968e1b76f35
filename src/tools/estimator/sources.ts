/** How a source's link is written under the citation. Pure: no DOM. */

/** A link as readers see it: the address without its scheme ("doi.org/10.1098/…"). */
export function linkText(url: string): string {
  return url.replace(/^https?:\/\//i, '');
}
