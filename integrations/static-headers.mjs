// Astro integration: after the build, writes dist/_headers (Netlify / Cloudflare Pages format)
// with security headers for every route. Each page's Content-Security-Policy header is the
// policy Astro put in that page's <meta> (with its script and style hashes) plus
// frame-ancestors, which a <meta> cannot carry.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });

/** The CSP from a page's <meta http-equiv="content-security-policy">, or null. */
export function metaCsp(html) {
  const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html);
  return m
    ? m[1]
        .replace(/&#39;/g, "'")
        .replace(/\s*;\s*/g, '; ')
        .replace(/;\s*$/, '')
    : null;
}

export function headersFile(dist, base = '/') {
  const b = base.endsWith('/') ? base : `${base}/`;
  const pages = htmlFiles(dist)
    .sort()
    .map((file) => ({
      route:
        b +
        relative(dist, file)
          .split('\\')
          .join('/')
          .replace(/index\.html$/, ''),
      csp: metaCsp(readFileSync(file, 'utf8')),
    }))
    .filter((p) => p.csp);
  const distinct = new Set(pages.map((p) => p.csp));
  const withFrames = (csp) => ({ 'Content-Security-Policy': `${csp}; frame-ancestors 'none'` });
  const blocks = [];
  if (distinct.size === 1) {
    // every page has the same policy: one rule for the whole site
    blocks.push([`${b}*`, { ...COMMON_HEADERS, ...withFrames([...distinct][0]) }]);
  } else {
    blocks.push([`${b}*`, COMMON_HEADERS]);
    for (const { route, csp } of pages) {
      blocks.push([route, withFrames(csp)]);
      if (route.endsWith('/') && route !== b) blocks.push([route.slice(0, -1), withFrames(csp)]);
    }
  }
  blocks.push([`${b}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }]);
  return (
    blocks
      .map(
        ([route, headers]) =>
          `${route}\n${Object.entries(headers)
            .map(([k, v]) => `  ${k}: ${v}`)
            .join('\n')}`,
      )
      .join('\n\n') + '\n'
  );
}

export default function staticHeaders() {
  let base = '/';
  return {
    name: 'upproach-static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), headersFile(dist, base));
        logger.info('wrote _headers with each page’s CSP');
      },
    },
  };
}
