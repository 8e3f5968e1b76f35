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
  });
});
