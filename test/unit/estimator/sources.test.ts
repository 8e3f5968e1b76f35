import { describe, expect, it } from 'vitest';
import { linkText } from '../../../src/tools/estimator/sources';
import { loadWords } from '../../support/estimator-content';

describe('linkText', () => {
  it('writes a link without its scheme', () => {
    expect(linkText('https://doi.org/10.1098/rspb.2004.2970')).toBe('doi.org/10.1098/rspb.2004.2970');
    expect(linkText('HTTPS://example.org/')).toBe('example.org/');
  });

  it.each([
    ['http://example.org/page', 'example.org/page'],
    ['Http://Example.org/', 'Example.org/'],
    ['https://doi.org/10.1/x', 'doi.org/10.1/x'],
  ])('removes the scheme of %s', (url, text) => {
    expect(linkText(url)).toBe(text);
  });

  it.each([
    'doi.org/10.1/x?via=https://example.org/',
    'example.org/?next=http://doi.org/',
    'ftp://example.org/',
    'see https://example.org/',
  ])('leaves %s as it is (no scheme at its start)', (url) => {
    expect(linkText(url)).toBe(url);
  });

  it('removes only the leading scheme', () => {
    expect(linkText('https://example.org/?next=https://doi.org/')).toBe('example.org/?next=https://doi.org/');
  });

  it('gives every source in words.yaml a link text without a scheme', () => {
    const urls = loadWords().sources.flatMap((s) => (s.url ? [s.url] : []));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(linkText(url)).toBe(url.slice('https://'.length));
  });
});
