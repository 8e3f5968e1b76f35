// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import offline from './integrations/offline.mjs';
import staticHeaders from './integrations/static-headers.mjs';
import { isPreviewPage } from './src/tools/quiz/preview.ts';

/** Where the site is deployed. Set SITE_URL / BASE_PATH at build time (see README, "Deploying"). */
const site = process.env.SITE_URL ?? 'https://upproach.example';
const base = process.env.BASE_PATH ?? '/';

// The only inline script: sets the theme before first paint and wires the toggle button.
// It is inlined by src/components/ThemeScript.astro; its hash is allowed by the CSP here.
const themeScript = readFileSync(new URL('./src/scripts/theme.js', import.meta.url), 'utf8').trim();
/** @type {`sha256-${string}`} */
const themeHash = `sha256-${createHash('sha256').update(themeScript).digest('base64')}`;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // the quiz's preview pages are landing pages for shared links, near copies of the quiz page:
  // they name themselves as canonical (link previews read og:url) but stay out of the sitemap
  integrations: [
    mdx(),
    react(),
    sitemap({ filter: (page) => !page.includes('/404') && !isPreviewPage(new URL(page).pathname, base) }),
    staticHeaders(),
    offline(),
  ],
  devToolbar: { enabled: false },
  prefetch: false,
  // The articles have no code; Shiki's inline styles would also clash with the strict CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { hashes: [themeHash] },
    },
  },
});
