/**
 * Link-preview images (Open Graph, 1200×630 PNG): what each card says and how it is laid out,
 * as plain data. The build renders the layout (src/render/og-image.ts); nothing here draws.
 */

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** What one preview image says: a small label above, the title, and a line or two below. */
export interface OgCard {
  /** where the image is written, inside the site: "og/articles/<id>.png" */
  readonly path: string;
  /** the small label above the title: "Article", "Tool" */
  readonly kicker: string;
  readonly title: string;
  /** the lines under the title: a byline, a tool's promise */
  readonly details: readonly string[];
}

/** The site's light theme (src/styles/global.css): the cards use its colours. */
export interface OgColours {
  readonly bg: string;
  readonly text: string;
  readonly muted: string;
  readonly accent: string;
}

/** The image of a page, by its place in the site: "og/<page>.png" ("og/home.png" for the home page). */
export function ogImagePath(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '');
  if (trimmed.split('/').some((part) => part === '..' || part === '.')) throw new Error(`Not a page path: ${page}`);
  return `og/${trimmed === '' ? 'home' : trimmed}.png`;
}

/** The slug the endpoint src/pages/og/[...slug].png.ts builds for an image path. */
export function ogSlug(path: string): string {
  const match = /^og\/(.+)\.png$/.exec(path);
  if (!match) throw new Error(`Not an image path: ${path}`);
  return match[1]!;
}

/** The image's alternative text: everything it says, in reading order. */
export function ogAlt(card: Pick<OgCard, 'kicker' | 'title' | 'details'>, siteName: string): string {
  const parts = [`${siteName} ${card.kicker.toLowerCase()}`, card.title, ...card.details];
  return (
    parts
      .map((p) => p.trim().replace(/[.:;]$/, ''))
      .filter(Boolean)
      .join('. ') + '.'
  );
}

/**
 * The title's font size in pixels: as large as fits in three lines on the card. Platforms show
 * the image at about 500 pixels wide, so the smallest title (52 px) still reads at 22 px there.
 */
export function titleSize(title: string): number {
  const n = [...title].length;
  if (n <= 32) return 84;
  if (n <= 56) return 72;
  if (n <= 80) return 60;
  return 52;
}

/** A title longer than the card holds ends with an ellipsis instead of running off the image. */
export function fitTitle(title: string, max = 120): string {
  const chars = [...title.trim()];
  if (chars.length <= max) return chars.join('');
  const cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/, '')}…`;
}

/** A satori element: the subset of React's element shape satori reads. */
export interface OgNode {
  readonly type: 'div';
  readonly props: {
    readonly style: Readonly<Record<string, string | number>>;
    readonly children?: string | readonly OgNode[];
  };
}

function div(style: Record<string, string | number>, children?: string | readonly OgNode[]): OgNode {
  return { type: 'div', props: children === undefined ? { style } : { style, children } };
}

/**
 * The card's layout: site name and kicker at the top, the title, the details at the bottom,
 * an accent bar down the left edge. Text is at least 30 px (13 px when shown 500 pixels wide).
 */
export function cardLayout(card: OgCard, siteName: string, colours: OgColours): OgNode {
  const title = fitTitle(card.title);
  return div(
    {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      display: 'flex',
      backgroundColor: colours.bg,
      color: colours.text,
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      div({ width: 24, height: OG_HEIGHT, flexShrink: 0, backgroundColor: colours.accent }),
      div(
        {
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 80px 64px 72px',
          flexGrow: 1,
        },
        [
          div({ display: 'flex', fontSize: 34, fontWeight: 700, color: colours.accent, letterSpacing: 2 }, [
            div({ display: 'flex' }, siteName),
            div(
              { display: 'flex', color: colours.muted, fontWeight: 400, marginLeft: 20, letterSpacing: 0 },
              card.kicker,
            ),
          ]),
          div({ display: 'flex', fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15 }, title),
          div(
            { display: 'flex', flexDirection: 'column', fontSize: 34, color: colours.muted, lineHeight: 1.3 },
            card.details.map((line) => div({ display: 'flex' }, line)),
          ),
        ],
      ),
    ],
  );
}
