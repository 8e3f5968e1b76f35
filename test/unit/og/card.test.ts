import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cardLayout,
  fitTitle,
  ogAlt,
  ogImagePath,
  ogSlug,
  titleSize,
  OG_HEIGHT,
  OG_WIDTH,
  type OgNode,
} from '../../../src/lib/og/card';
import { contrastRatio } from '../../../src/lib/og/contrast';
import { ogColours } from '../../../src/render/og-image';

describe('ogImagePath and ogSlug', () => {
  it('names one image per page, the home page included', () => {
    expect(ogImagePath('')).toBe('og/home.png');
    expect(ogImagePath('/')).toBe('og/home.png');
    expect(ogImagePath('articles/a-b/')).toBe('og/articles/a-b.png');
    expect(ogImagePath('/tools/purpose-quiz/strategic/')).toBe('og/tools/purpose-quiz/strategic.png');
    expect(ogSlug('og/tools/purpose-quiz/strategic.png')).toBe('tools/purpose-quiz/strategic');
    expect(() => ogImagePath('../etc/')).toThrow();
    expect(() => ogSlug('tools/x.png')).toThrow();
  });
  it('round-trips every page path made of slug segments', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), { minLength: 1, maxLength: 4 }), (parts) => {
        expect(ogSlug(ogImagePath(`${parts.join('/')}/`))).toBe(parts.join('/'));
      }),
    );
  });
});

describe('the card', () => {
  it('says in its alt text everything the image says', () => {
    expect(
      ogAlt(
        { kicker: 'Article', title: 'Is There a Purpose?', details: ['By Tom Staskiewicz · 7 min read'] },
        'UPPROACH',
      ),
    ).toBe('UPPROACH article. Is There a Purpose?. By Tom Staskiewicz · 7 min read.');
  });
  it('makes long titles smaller, never below 52 px, and cuts very long ones with an ellipsis', () => {
    expect(titleSize('Tools')).toBe(84);
    expect(titleSize('Professional Networking – You Received a Promotion; What About Your Network')).toBe(60);
    expect(titleSize('x'.repeat(500))).toBe(52);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (title) => {
        const fitted = fitTitle(title);
        expect([...fitted].length).toBeLessThanOrEqual(120);
        if ([...title.trim()].length <= 120) expect(fitted).toBe(title.trim());
        else expect(fitted.endsWith('…')).toBe(true);
      }),
    );
  });
  it('lays out a 1200×630 card with text no smaller than 30 px', () => {
    const tree = cardLayout(
      { path: 'og/x.png', kicker: 'Tool', title: 'Networking purpose quiz', details: ['About 3 minutes.'] },
      'UPPROACH',
      ogColours,
    );
    expect(tree.props.style).toMatchObject({ width: OG_WIDTH, height: OG_HEIGHT });
    const sizes: number[] = [];
    const texts: string[] = [];
    const walk = (node: OgNode, size: number) => {
      const own = Number(node.props.style.fontSize ?? size);
      if (typeof node.props.children === 'string') {
        sizes.push(own);
        texts.push(node.props.children);
      } else for (const child of node.props.children ?? []) walk(child, own);
    };
    walk(tree, 0);
    expect(texts).toEqual(['UPPROACH', 'Tool', 'Networking purpose quiz', 'About 3 minutes.']);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(30);
  });
});

describe('the card colours', () => {
  it('are the site’s light theme colours', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const root = /:root \{([^}]*)\}/.exec(css)![1]!;
    const value = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(root)![1];
    expect(ogColours).toEqual({ bg: value('bg'), text: value('text'), muted: value('muted'), accent: value('accent') });
  });
  it('meet WCAG AA contrast for text (4.5:1) against the background', () => {
    for (const colour of [ogColours.text, ogColours.muted, ogColours.accent])
      expect(contrastRatio(colour, ogColours.bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('computes contrast as WCAG defines it', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#123456', '#123456')).toBe(1);
    expect(() => contrastRatio('red', '#fff')).toThrow();
  });
});
