/**
 * Renders a link-preview card (src/lib/og/card.ts) to a 1200×630 PNG at build time: satori lays
 * the card out as SVG with the self-hosted Atkinson Hyperlegible font (from npm, read from
 * node_modules: nothing is fetched), and resvg turns the SVG into a PNG.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE } from '../config';
import { cardLayout, OG_HEIGHT, OG_WIDTH, type OgCard, type OgColours } from '../lib/og/card';

/** the site's light theme (src/styles/global.css :root); test/unit/og checks they match and contrast */
export const ogColours: OgColours = { bg: '#fdfcfa', text: '#1b1e23', muted: '#4b535f', accent: '#0a5a78' };

const require = createRequire(import.meta.url);
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | null = null;

function loadFonts() {
  fonts ??= Promise.all(
    ([400, 700] as const).map(async (weight) => ({
      name: 'Atkinson Hyperlegible',
      data: await readFile(
        require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`),
      ),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

export async function renderOgImage(card: OgCard): Promise<Uint8Array> {
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
