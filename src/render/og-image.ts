/**
 * Renders a link-preview card (src/lib/og/card.ts) to a 1200×630 PNG at build time: satori lays
 * the card out as SVG with the self-hosted Atkinson Hyperlegible font (from npm, read from
 * node_modules: nothing is fetched), and resvg turns the SVG into a PNG.
 *
 * Rendering is most of what an added article costs a build (`npm run bench`), so each image is
 * kept in node_modules/.cache/upproach-og under the hash of everything that shapes it (the
 * card's layout, the colours, the renderer and font versions): a rebuild renders only the cards
 * that are new or changed. OG_CACHE_DIR moves the cache; OG_CACHE=off turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE } from '@/config';
import { cardLayout, OG_HEIGHT, OG_WIDTH, type OgCard, type OgColours } from '@/lib/og/card';

/** the site's light theme (src/styles/global.css :root); test/unit/og checks they match and contrast */
export const ogColours: OgColours = { bg: '#fdfcfa', text: '#1b1e23', muted: '#4b535f', accent: '#0a5a78' };

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@fontsource/atkinson-hyperlegible';
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | null = null;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Atkinson Hyperlegible',
      data: await readFile(require.resolve(`${FONT_PACKAGE}/files/atkinson-hyperlegible-latin-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** the installed version of a package, part of every cache key: an upgrade renders afresh */
function version(name: string): string {
  try {
    return (require(`${name}/package.json`) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

/** the hash of everything that decides the image's pixels */
export function ogCacheKey(card: OgCard): string {
  const shape = {
    layout: cardLayout(card, SITE.name, ogColours),
    size: [OG_WIDTH, OG_HEIGHT],
    renderers: ['satori', '@resvg/resvg-js', FONT_PACKAGE].map((name) => `${name}@${version(name)}`),
  };
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}

async function render(card: OgCard): Promise<Uint8Array> {
  // satori reads React-like elements; the layout is plain data of that shape
  const svg = await satori(cardLayout(card, SITE.name, ogColours) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await loadFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}

const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** the IEND chunk that closes every PNG, with its CRC */
const PNG_END = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const isWholePng = (data: Buffer) =>
  data.length > PNG_START.length + PNG_END.length &&
  data.subarray(0, PNG_START.length).equals(PNG_START) &&
  data.subarray(data.length - PNG_END.length).equals(PNG_END);

export async function renderOgImage(card: OgCard, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  if (env.OG_CACHE === 'off') return render(card);
  const dir = env.OG_CACHE_DIR ?? join(process.cwd(), 'node_modules/.cache/upproach-og');
  const file = join(dir, `${ogCacheKey(card)}.png`);
  try {
    const kept = await readFile(file);
    // a damaged file is rendered again, never published
    if (isWholePng(kept)) return kept;
  } catch {
    /* not rendered yet */
  }
  const png = await render(card);
  try {
    await mkdir(dir, { recursive: true });
    // written whole, then renamed: a build stopped halfway never leaves half an image
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, png);
    await rename(partial, file);
  } catch {
    /* a read-only cache only costs time */
  }
  return png;
}
