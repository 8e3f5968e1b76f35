import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitTitle, ogAlt, ogColours, ogImagePath, renderOgImage, titleSize } from '@/lib/og/card';

/** WCAG 2.x contrast between two #rrggbb colors */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('link-preview images', () => {
  it('renders a card as a 1200×630 PNG', async () => {
    const title = 'Professional Networking – You Received a Promotion; What About Your Network';
    const png = Buffer.from(await renderOgImage({ path: 'og/x.png', kicker: 'Article', title, details: ['By A'] }));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it('uses the site’s light theme colors, with text at WCAG AA contrast (4.5:1)', () => {
    const root = /:root \{([^}]*)\}/.exec(readFileSync('src/styles/global.css', 'utf8'))![1]!;
    const css = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(root)![1];
    expect(ogColours).toEqual({ bg: css('bg'), text: css('text'), muted: css('muted'), accent: css('accent') });
    for (const color of [ogColours.text, ogColours.muted, ogColours.accent])
      expect(contrast(color, ogColours.bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('names one image per page, the home page included', () => {
    expect(ogImagePath('')).toBe('og/home.png');
    expect(ogImagePath('/tools/purpose-quiz/strategic/')).toBe('og/tools/purpose-quiz/strategic.png');
  });

  it.each([
    [
      { kicker: 'Article', title: 'Is There a Purpose?', details: ['By Tom · 7 min read'] },
      'UPPROACH article. Is There a Purpose?. By Tom · 7 min read.',
    ],
    [
      { kicker: 'Tool', title: ' Networking: ', details: ['', 'About 3 minutes.'] },
      'UPPROACH tool. Networking. About 3 minutes.',
    ],
  ])('says in its alt text everything the image says (%#)', (card, alt) => {
    expect(ogAlt(card, 'UPPROACH')).toBe(alt);
  });

  it.each([
    [32, 84],
    [33, 72],
    [57, 60],
    [81, 52],
  ])('sets a title of %i characters at %i px', (n, px) => {
    expect(titleSize('x'.repeat(n))).toBe(px);
  });

  it('ends a title too long for the card with an ellipsis, at a space where one is near', () => {
    expect(fitTitle('x'.repeat(120))).toBe('x'.repeat(120));
    expect(fitTitle('x'.repeat(121))).toBe(`${'x'.repeat(119)}…`);
    expect(fitTitle(`${'a'.repeat(70)}, ${'b'.repeat(60)}`)).toBe(`${'a'.repeat(70)}…`);
  });
});
