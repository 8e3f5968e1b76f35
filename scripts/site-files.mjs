// Reading the built site: its HTML files and the internal links and ids in them. Used by the
// link check and the base-path test.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** The ids of the elements in a page's HTML. */
const idsIn = (html) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1])));

/**
 * The ids in the built page at a site path ("/articles/x/" reads dist/articles/x/index.html), for
 * tests that check a fragment made at run time (not a link in the HTML) names a real element.
 */
export function pageIds(dist, path) {
  const rel = decodeURIComponent(path).replace(/^\/+/, '');
  const file = rel === '' || rel.endsWith('/') ? join(dist, rel, 'index.html') : join(dist, rel);
  return idsIn(readFileSync(file, 'utf8'));
}

/** Internal link problems in the built site: targets that are not built files, fragments with no id. */
export function brokenLinks(dist, base = '/') {
  const b = base.endsWith('/') ? base : `${base}/`;
  const pages = new Map();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    pages.set(file, { html, ids: idsIn(html) });
  }
  const problems = [];
  const fileFor = (path) => {
    if (!path.startsWith(b)) return null;
    const rel = decodeURIComponent(path.slice(b.length));
    const candidates = [join(dist, rel), join(dist, rel, 'index.html')];
    return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
  };
  for (const [file, { html }] of pages) {
    const from = '/' + relative(dist, file).split('\\').join('/');
    const refs = [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => decode(m[1]));
    for (const ref of refs) {
      if (/^(?:https?:|mailto:|data:|blob:)/.test(ref)) {
        if (/^https?:/.test(ref) && !ref.startsWith('https://schema.org')) {
          // absolute URLs are only allowed for canonical/og/feed links of this very site
          if (!/^https?:\/\/[^/]+/.test(ref)) problems.push(`${from}: odd URL ${ref}`);
        }
        continue;
      }
      const [pathPart, fragment] = ref.split('#');
      const target = pathPart === '' ? file : fileFor(pathPart.split('?')[0]);
      if (!target) {
        problems.push(`${from}: ${ref} does not resolve to a built file`);
        continue;
      }
      if (fragment && target.endsWith('.html') && !pages.get(target)?.ids.has(decodeURIComponent(fragment))) {
        problems.push(`${from}: ${ref} has no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}
