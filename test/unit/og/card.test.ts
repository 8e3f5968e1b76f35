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
} from '@/lib/og/card';
import { contrastRatio } from '@/lib/og/contrast';
import { ogColours } from '@/render/og-image';

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

describe('ogImagePath', () => {
  it.each([
    ['//articles/a//', 'og/articles/a.png'],
    ['///', 'og/home.png'],
    ['tools/x', 'og/tools/x.png'],
    ['tools/x.y/', 'og/tools/x.y.png'],
  ])('names the image of %j %j', (page, path) => {
    expect(ogImagePath(page)).toBe(path);
  });

  it.each(['../etc/', 'a/../b/', './x/', 'a/./b', '/..'])('refuses %j, naming it', (page) => {
    expect(() => ogImagePath(page)).toThrow(`Not a page path: ${page}`);
  });
});

describe('ogSlug', () => {
  it.each(['tools/x.png', 'xog/a.png', '/og/a.png', 'og/a.pngx', 'og/a.png/', 'og/.png', 'og/a.jpg'])(
    'refuses %j, naming it',
    (path) => {
      expect(() => ogSlug(path)).toThrow(`Not an image path: ${path}`);
    },
  );

  it('gives the whole slug, dots and slashes included', () => {
    expect(ogSlug('og/a.b/c.png')).toBe('a.b/c');
  });
});

describe('ogAlt', () => {
  it.each([
    ['a title that ends in a full stop', 'Networking, done.', 'UPPROACH tool. Networking, done.'],
    ['a title that ends in a colon', 'Networking:', 'UPPROACH tool. Networking.'],
    ['a title that ends in a semicolon', 'Networking;', 'UPPROACH tool. Networking.'],
    ['stops inside a title', 'A: b; c. d', 'UPPROACH tool. A: b; c. d.'],
    ['a title with spaces around it', '  Networking. ', 'UPPROACH tool. Networking.'],
  ])('writes %s as one sentence', (_name, title, alt) => {
    expect(ogAlt({ kicker: 'Tool', title, details: [] }, 'UPPROACH')).toBe(alt);
  });

  it('leaves out empty lines and keeps the kicker in lower case', () => {
    expect(ogAlt({ kicker: 'ARTICLE', title: 'T', details: ['', '  ', 'By A. Writer.'] }, 'Site')).toBe(
      'Site article. T. By A. Writer.',
    );
  });
});

describe('titleSize', () => {
  it.each([
    [32, 84],
    [33, 72],
    [56, 72],
    [57, 60],
    [80, 60],
    [81, 52],
  ])('gives a title of %i characters %i px', (n, px) => {
    expect(titleSize('x'.repeat(n))).toBe(px);
  });

  it('counts characters, not UTF-16 code units', () => {
    expect(titleSize('😀'.repeat(32))).toBe(84);
  });
});

describe('fitTitle', () => {
  const a = 'a'.repeat(70);
  const b = 'b'.repeat(60);

  it('keeps a title of exactly the limit whole', () => {
    expect(fitTitle('x'.repeat(120))).toBe('x'.repeat(120));
    expect(fitTitle('x'.repeat(10), 10)).toBe('x'.repeat(10));
  });

  it('cuts a title over the limit to the limit, the ellipsis included', () => {
    expect(fitTitle('x'.repeat(121))).toBe(`${'x'.repeat(119)}…`);
    expect(fitTitle('x'.repeat(11), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(fitTitle('😀'.repeat(121))).toBe(`${'😀'.repeat(119)}…`);
  });

  it('cuts at the last space in the second half of the limit', () => {
    expect(fitTitle(`${a} ${b}`)).toBe(`${a}…`);
    expect(fitTitle(`${'a'.repeat(61)} ${b}`)).toBe(`${'a'.repeat(61)}…`);
  });

  it('cuts inside a word when the last space is in the first half', () => {
    expect(fitTitle(`${'a'.repeat(60)} ${'b'.repeat(70)}`)).toBe(`${'a'.repeat(60)} ${'b'.repeat(58)}…`);
    expect(fitTitle(`aa ${'b'.repeat(200)}`)).toBe(`aa ${'b'.repeat(116)}…`);
  });

  it.each([',', ';', ':', '–', '-', ' ', ' - ', ', –'])('drops %j before the ellipsis', (end) => {
    expect(fitTitle(`${a}${end} ${b}`)).toBe(`${a}…`);
  });
});

describe('cardLayout', () => {
  const colours = { bg: '#ffffff', text: '#111111', muted: '#555555', accent: '#0055aa' };
  // laid out inside each test, so that each test sees the code it tests
  const layout = () => {
    const tree = cardLayout(
      { path: 'og/x.png', kicker: 'Tool', title: 'x'.repeat(130), details: ['One', 'Two'] },
      'UPPROACH',
      colours,
    );
    const [bar, body] = tree.props.children as readonly OgNode[];
    const [top, title, details] = body!.props.children as readonly OgNode[];
    return { tree, bar, body, top, title, details };
  };

  it('paints the card in the theme’s colours with an accent bar down the left edge', () => {
    const { tree, bar } = layout();
    expect(tree.props.style).toMatchObject({ display: 'flex', backgroundColor: '#ffffff', color: '#111111' });
    expect(bar!.props).toStrictEqual({
      style: { width: 24, height: 630, flexShrink: 0, backgroundColor: '#0055aa' },
    });
  });

  it('sets the site name in the accent colour and the kicker muted beside it', () => {
    const { top } = layout();
    expect(top!.props.style).toMatchObject({ display: 'flex', color: '#0055aa', fontWeight: 700 });
    const [site, kicker] = top!.props.children as readonly OgNode[];
    expect(site!.props.children).toBe('UPPROACH');
    expect(kicker!.props).toMatchObject({ style: { color: '#555555', fontWeight: 400 }, children: 'Tool' });
  });

  it('fits the title and sizes it by its fitted length', () => {
    const { title } = layout();
    expect(title!.props.children).toBe(`${'x'.repeat(119)}…`);
    expect(title!.props.style).toMatchObject({ display: 'flex', fontSize: 52, fontWeight: 700 });
  });

  it('is made of divs only, every one holding children laid out as flex (as satori needs)', () => {
    const { tree } = layout();
    const nodes: OgNode[] = [];
    const walk = (node: OgNode) => {
      nodes.push(node);
      if (Array.isArray(node.props.children)) (node.props.children as readonly OgNode[]).forEach(walk);
    };
    walk(tree);
    expect(nodes).toHaveLength(10);
    for (const node of nodes) {
      expect(node.type).toBe('div');
      if ('children' in node.props) expect(node.props.style.display).toBe('flex');
    }
  });

  it('sets its text in the font the renderer loads, kept off the edges', () => {
    const { tree, body } = layout();
    const renderer = readFileSync('src/render/og-image.ts', 'utf8');
    expect(renderer).toContain(`name: '${tree.props.style.fontFamily}'`);
    expect(String(body!.props.style.padding)).toMatch(/^(?:[1-9]\d+px ?){4}$/);
  });

  it('stacks the detail lines in a muted column', () => {
    const { body, details } = layout();
    expect(details!.props.style).toMatchObject({ display: 'flex', flexDirection: 'column', color: '#555555' });
    expect((details!.props.children as readonly OgNode[]).map((n) => n.props.children)).toEqual(['One', 'Two']);
    expect(body!.props.style).toMatchObject({
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
    });
  });
});
