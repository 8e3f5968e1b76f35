import type { APIContext } from 'astro';
import { absoluteUrl } from '@/lib/content/url';

/** Every page may be crawled; the sitemap's absolute address follows the deployed site and base. */
export function GET(context: APIContext) {
  const sitemap = absoluteUrl(context.site, import.meta.env.BASE_URL, 'sitemap-index.xml');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
