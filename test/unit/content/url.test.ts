import { describe, expect, it } from 'vitest';
import { absoluteUrl, joinBase } from '../../../src/lib/content/url';

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
