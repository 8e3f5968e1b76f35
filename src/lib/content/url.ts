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

/**
 * The site's address when the build has a real one: null when SITE_URL was not set and the
 * build fell back to astro.config's placeholder, whose `.example` name (reserved for examples,
 * RFC 2606) no real site can have. A reader must never see the placeholder.
 */
export function realSite(site: string | URL | undefined): URL | null {
  if (site === undefined) return null;
  const url = new URL(site);
  return url.hostname === 'example' || url.hostname.endsWith('.example') ? null : url;
}

/**
 * The address to show a reader for a path inside the site: absolute with the real site; without
 * one, the path from the site's root ('/tools/x/'), which the page completes with its own
 * origin at run time (siteAddress, and the theme script for [data-site-path] text).
 */
export function readerUrl(site: string | URL | undefined, base: string, path: string): string {
  const real = realSite(site);
  return real ? new URL(joinBase(base, path), real).href : joinBase(base, path);
}

/** readerUrl's result made absolute against the page's own address (location.href) at run time */
export function siteAddress(url: string, page: string): string {
  return new URL(url, page).href;
}
