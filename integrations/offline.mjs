// Astro integration: after the build, writes dist/sw.js, a service worker (Workbox) that
// precaches the built site, so that every page opens without a network once one page was
// visited. It caches only what the build wrote: never a response at run time, so nothing a
// reader typed is ever kept by it. A new version waits until the reader chooses to apply it
// (src/offline/register.ts sends SKIP_WAITING).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** What the service worker precaches: pages, scripts, styles, fonts, icons and the manifest. */
export const PRECACHE = ['**/*.{html,js,css,woff2,svg,png,webmanifest}'];
/** Never precached: the link-preview images (only other sites' crawlers fetch them), the worker itself. */
export const NOT_PRECACHED = ['og/**', 'sw.js'];

/** workbox-build's generateSW options for a built site in `dist`. */
export function serviceWorkerOptions(dist) {
  return {
    globDirectory: dist,
    globPatterns: PRECACHE,
    globIgnores: NOT_PRECACHED,
    swDest: join(dist, 'sw.js'),
    cacheId: 'upproach',
    // file names with a content hash change when the file does: no revision needed
    dontCacheBustURLsMatching: /^_astro\//,
    // a page is the same page whatever its query string says
    ignoreURLParametersMatching: [/.*/],
    // the first visit's page is served offline at once; a later version waits for the reader
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  };
}

export default function offline() {
  return {
    name: 'upproach-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { count, size, warnings } = await generateSW(serviceWorkerOptions(fileURLToPath(dir)));
        for (const warning of warnings) logger.warn(warning);
        logger.info(`wrote sw.js, precaching ${count} files (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
