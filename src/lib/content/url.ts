/**
 * Join the site's base path and a path inside the site: joinBase('/upproach/', 'tools/') is
 * '/upproach/tools/'. Fragments and query strings pass through untouched.
 */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** An absolute URL for a path inside the site. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}
