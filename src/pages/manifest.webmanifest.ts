import { webManifest } from '@/offline/manifest';

/** The web app manifest (src/offline/manifest.ts), under the deploy's base path. */
export function GET() {
  return new Response(JSON.stringify(webManifest(import.meta.env.BASE_URL), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });
}
