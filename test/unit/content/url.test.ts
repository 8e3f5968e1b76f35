import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, readerUrl, realSite, siteAddress } from '@/lib/content/url';

describe('addresses in the site', () => {
  it.each([
    ['/', 'tools/', '/tools/'],
    ['/', '', '/'],
    ['/upproach/', 'about/', '/upproach/about/'],
    ['/upproach', 'about/', '/upproach/about/'],
    ['/upproach/', '/rss.xml', '/upproach/rss.xml'],
    ['/', 'articles/x/#social-network', '/articles/x/#social-network'],
  ])('joins the base %j and %j as %j', (base, path, url) => {
    expect(joinBase(base, path)).toBe(url);
  });

  it('builds absolute URLs under the base path, and says what to set without a site', () => {
    expect(absoluteUrl('https://example.org', '/upproach/', 'tools/')).toBe('https://example.org/upproach/tools/');
    expect(() => absoluteUrl(undefined, '/', 'rss.xml')).toThrow(/Set `site` in astro.config.mjs/);
  });

  it('never shows a reader the build’s placeholder address (a reserved .example name)', () => {
    for (const site of ['https://upproach.example', 'https://www.upproach.example/', 'http://example/', undefined])
      expect(realSite(site)).toBeNull();
    expect(realSite('https://upproach.examples.org')?.href).toBe('https://upproach.examples.org/');
    expect(readerUrl('https://example.org', '/upproach/', 'tools/x/')).toBe('https://example.org/upproach/tools/x/');
    expect(readerUrl('https://upproach.example', '/upproach/', 'tools/x/')).toBe('/upproach/tools/x/');
    // without a real site, the page completes the path with its own origin at run time
    const page = 'http://127.0.0.1:4404/tools/promotion-checklist/?utm_source=x#plan';
    expect(siteAddress(readerUrl(undefined, '/', 'tools/x/'), page)).toBe('http://127.0.0.1:4404/tools/x/');
    expect(siteAddress('https://example.org/tools/x/', page)).toBe('https://example.org/tools/x/');
  });
});
