// Measures the built site (dist/): per route, the gzip size of its HTML, the CSS and JS it
// loads, and how many requests it makes. Used by `npm run budget` and by the budget test.
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export const LIMITS = {
  /** pages without an island */
  static: { html: 25 * 1024, css: 12 * 1024, js: 0, inlineScript: 1024 },
  /** pages with islands */
  island: { html: 40 * 1024, css: 16 * 1024, js: 85 * 1024, ownChunk: 12 * 1024 },
};

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

/** Site path of a built HTML file: dist/about/index.html -> /about/ */
function routeOf(dist, file) {
  const rel = relative(dist, file).split('\\').join('/');
  return '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '.html');
}

function resolveAsset(dist, base, url) {
  const path = url.split(/[?#]/)[0];
  const withoutBase = path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
  return join(dist, withoutBase);
}

/** Static imports of a built JS chunk, transitively (the files fetched before it runs). */
function jsClosure(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const src = readFileSync(file, 'utf8');
  for (const m of src.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    jsClosure(posix.join(dirname(file), m[1]), seen);
  }
  return seen;
}

export function measureSite(dist = 'dist', base = '/') {
  const b = base.endsWith('/') ? base : `${base}/`;
  const pages = walk(dist).filter((f) => f.endsWith('.html'));
  return pages
    .map((file) => {
      const html = readFileSync(file, 'utf8');
      const css = new Set();
      for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
        const href = /href="([^"]+)"/.exec(m[0])?.[1];
        if (href) css.add(resolveAsset(dist, b, href));
      }
      const js = new Set();
      const islands = [];
      for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) jsClosure(resolveAsset(dist, b, m[1]), js);
      for (const m of html.matchAll(/<astro-island[^>]*>/g)) {
        const tag = m[0];
        const component = /component-url="([^"]+)"/.exec(tag)?.[1];
        const renderer = /renderer-url="([^"]+)"/.exec(tag)?.[1];
        const directive = /client="([^"]+)"/.exec(tag)?.[1];
        if (component) {
          const own = resolveAsset(dist, b, component);
          const name = own
            .split('/')
            .pop()
            .replace(/\.[\w-]+\.js$/, '')
            .replace(/\.js$/, '');
          islands.push({ component: relative(dist, own), own: gz(readFileSync(own)), directive, name });
          jsClosure(own, js);
        }
        if (renderer) jsClosure(resolveAsset(dist, b, renderer), js);
      }
      const inlineScripts = [
        ...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
      ].map((m) => Buffer.byteLength(m[1]));
      const cssBytes = [...css].reduce((n, f) => n + gz(readFileSync(f)), 0);
      const jsBytes = [...js].reduce((n, f) => n + gz(readFileSync(f)), 0);
      return {
        route: routeOf(dist, file),
        html: gz(Buffer.from(html)),
        css: cssBytes,
        js: jsBytes,
        requests: 1 + css.size + js.size,
        islands,
        inlineScripts,
      };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Budget problems for a measured site; an empty list means every budget holds. */
export function checkBudgets(rows) {
  const problems = [];
  for (const r of rows) {
    const kind = r.islands.length > 0 ? 'island' : 'static';
    const l = LIMITS[kind];
    if (r.html > l.html) problems.push(`${r.route}: HTML ${r.html} B gzip > ${l.html}`);
    if (r.css > l.css) problems.push(`${r.route}: CSS ${r.css} B gzip > ${l.css}`);
    if (r.js > l.js) problems.push(`${r.route}: JS ${r.js} B gzip > ${l.js}`);
    if (kind === 'static') {
      if (r.inlineScripts.length > 1) {
        problems.push(
          `${r.route}: ${r.inlineScripts.length} inline scripts; only the theme script may run on a page without islands`,
        );
      }
      const big = r.inlineScripts.filter((n) => n >= LIMITS.static.inlineScript);
      if (big.length) problems.push(`${r.route}: inline script of ${big[0]} B >= ${LIMITS.static.inlineScript}`);
    }
    for (const i of r.islands) {
      if (i.own > LIMITS.island.ownChunk)
        problems.push(`${r.route}: island ${i.component} ${i.own} B gzip > ${LIMITS.island.ownChunk}`);
      if (r.route.startsWith('/articles/') && i.directive !== 'visible') {
        problems.push(`${r.route}: island ${i.component} hydrates with client:${i.directive}, not client:visible`);
      }
    }
  }
  return problems;
}

const kb = (n) => (n / 1024).toFixed(1);

export function formatTable(rows) {
  const lines = [
    '| route | HTML KB | CSS KB | JS KB | requests | islands (own chunk KB) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const r of rows) {
    const islands = r.islands.map((i) => `${i.name} ${kb(i.own)} (client:${i.directive})`).join(', ') || '–';
    lines.push(`| ${r.route} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${r.requests} | ${islands} |`);
  }
  return lines.join('\n');
}
