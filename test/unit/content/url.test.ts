import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase, readerUrl, realSite, siteAddress } from '@/lib/content/url';

describe('joinBase', () => {
  it('joins the root base', () => {
    expect(joinBase('/', 'tools/')).toBe('/tools/');
    expect(joinBase('/', '')).toBe('/');
  });
  it('joins a sub-path base with or without its trailing slash', () => {
    expect(joinBase('/upproach/', 'about/')).toBe('/upproach/about/');
    expect(joinBase('/upproach', 'about/')).toBe('/upproach/about/');
  });
  it('does not double slashes when the path starts with one', () => {
    expect(joinBase('/upproach/', '/rss.xml')).toBe('/upproach/rss.xml');
    expect(joinBase('/upproach/', '//tools//x/')).toBe('/upproach/tools//x/');
  });
  it('keeps fragments', () => {
    expect(joinBase('/', 'articles/x/#social-network')).toBe('/articles/x/#social-network');
  });
});

describe('absoluteUrl', () => {
  it('builds a full URL under the base path', () => {
    expect(absoluteUrl('https://example.org', '/upproach/', 'tools/')).toBe('https://example.org/upproach/tools/');
    expect(absoluteUrl(new URL('https://example.org/'), '/', 'rss.xml')).toBe('https://example.org/rss.xml');
  });
  it('says what to set when the site URL is missing', () => {
    expect(() => absoluteUrl(undefined, '/', 'rss.xml')).toThrow(/Set `site` in astro.config.mjs/);
  });
});

describe('addresses a reader sees', () => {
  it('knows the build placeholder (a reserved .example name) is not a real site', () => {
    expect(realSite('https://upproach.example')).toBeNull();
    expect(realSite('https://www.upproach.example/')).toBeNull();
    expect(realSite(undefined)).toBeNull();
    expect(realSite('http://example/')).toBeNull();
    expect(realSite('https://example.org.example/')).toBeNull();
    expect(realSite('https://upproach.examples.org')?.href).toBe('https://upproach.examples.org/');
    expect(realSite('https://upproach.org')?.href).toBe('https://upproach.org/');
    expect(realSite(new URL('https://example.org'))?.href).toBe('https://example.org/');
  });

  it('is absolute with a real site, and the path from the root without one', () => {
    expect(readerUrl('https://example.org', '/upproach/', 'tools/x/')).toBe('https://example.org/upproach/tools/x/');
    expect(readerUrl('https://upproach.example', '/', 'tools/x/')).toBe('/tools/x/');
    expect(readerUrl('https://upproach.example', '/upproach/', 'tools/x/')).toBe('/upproach/tools/x/');
  });

  it('completes a path with the page’s own origin at run time, and leaves a real address alone', () => {
    const page = 'http://127.0.0.1:4404/tools/promotion-checklist/?utm_source=x#plan';
    expect(siteAddress('/tools/promotion-checklist/', page)).toBe('http://127.0.0.1:4404/tools/promotion-checklist/');
    expect(siteAddress('https://example.org/upproach/tools/x/', page)).toBe('https://example.org/upproach/tools/x/');
    for (const site of ['https://upproach.example', undefined]) {
      expect(siteAddress(readerUrl(site, '/', 'tools/x/'), page)).not.toContain('upproach.example');
    }
  });
});
