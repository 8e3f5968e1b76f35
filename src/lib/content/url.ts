/**
 * Join the site's base path and a path inside the site: joinBase('/upproach/', 'tools/') is
 * '/upproach/tools/'. Fragments and query strings pass through untouched.
 */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** An absolute URL for a path inside the site (`site` is astro.config's `site`, required for feeds and canonical URLs). */
export function absoluteUrl(site: string | URL | undefined, base: string, path: string): string {
  if (site === undefined) throw new Error('Set `site` in astro.config.mjs: absolute URLs need it');
  return new URL(joinBase(base, path), site).href;
}
