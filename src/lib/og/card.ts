/**
 * Link-preview images (Open Graph, 1200×630 PNG), made at build time: satori lays a card out as
 * SVG in the self-hosted Atkinson Hyperlegible (read from node_modules: nothing is fetched) and
 * resvg turns the SVG into a PNG. What each card says comes from src/data/og-cards.ts.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { SITE } from '@/config';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** the site's light theme (src/styles/global.css :root); test/unit/og checks they match and contrast */
export const ogColours = { bg: '#fdfcfa', text: '#1b1e23', muted: '#4b535f', accent: '#0a5a78' };

/** What one preview image says: a small label above, the title, and a line or two below. */
export interface OgCard {
  /** where the image is written, inside the site: "og/articles/<id>.png" */
  readonly path: string;
  readonly kicker: string;
  readonly title: string;
  readonly details: readonly string[];
}

/** The image of a page, by its place in the site: "og/<page>.png" ("og/home.png" for the home page). */
export function ogImagePath(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  return `og/${trimmed === '' ? 'home' : trimmed}.png`;
}

/** The image's alternative text: everything it says, in reading order. */
export function ogAlt(card: Pick<OgCard, 'kicker' | 'title' | 'details'>, siteName: string): string {
  const parts = [`${siteName} ${card.kicker.toLowerCase()}`, card.title, ...card.details];
  return `${parts
    .map((p) => p.trim().replace(/[.:;]$/, ''))
    .filter(Boolean)
    .join('. ')}.`;
}

/**
 * The title's font size: as large as fits in three lines. Platforms show the image about 500
 * pixels wide, so the smallest title (52 px) still reads at 22 px there.
 */
export function titleSize(title: string): number {
  const n = [...title].length;
  return n <= 32 ? 84 : n <= 56 ? 72 : n <= 80 ? 60 : 52;
}

/** A title longer than the card holds ends with an ellipsis, cut at a space where one is near. */
export function fitTitle(title: string, max = 120): string {
  const chars = [...title.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

type Style = Record<string, string | number>;
const div = (style: Style, children?: string | object[]) => ({ type: 'div', props: { style, children } });

/** Site name and kicker at the top, the title, the details at the bottom, an accent bar on the left. */
function layout(card: OgCard) {
  const title = fitTitle(card.title);
  const { bg, text, muted, accent } = ogColours;
  const font = { display: 'flex', fontSize: 34 };
  return div(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      backgroundColor: bg,
      color: text,
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      div({ width: 24, height: OG_HEIGHT, flexShrink: 0, backgroundColor: accent }),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 80px 64px 72px',
          flexGrow: 1,
        },
        [
          div({ ...font, fontWeight: 700, color: accent, letterSpacing: 2 }, [
            div({ display: 'flex' }, SITE.name),
            div({ display: 'flex', color: muted, fontWeight: 400, marginLeft: 20, letterSpacing: 0 }, card.kicker),
          ]),
          div({ display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }, title),
          div(
            { ...font, flexDirection: 'column', color: muted, lineHeight: 1.3 },
            card.details.map((line) => div({ display: 'flex' }, line)),
          ),
        ],
      ),
    ],
  );
}

const require = createRequire(import.meta.url);
const font = async (weight: 400 | 700) => ({
  name: 'Atkinson Hyperlegible',
  data: await readFile(
    require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`),
  ),
  weight,
});

export async function renderOgImage(card: OgCard): Promise<Uint8Array> {
  const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await Promise.all([font(400), font(700)]),
  });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}
