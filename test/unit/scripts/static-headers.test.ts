import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile, metaCsp } from '../../../integrations/static-headers.mjs';

const page = (csp: string) =>
  `<!doctype html><html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body></body></html>`;

function site(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'headers-'));
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

describe('metaCsp', () => {
  it('reads the policy from the meta element and tidies separators', () => {
    expect(metaCsp(page("default-src 'self';script-src 'self' 'sha256-x';"))).toBe(
      "default-src 'self'; script-src 'self' 'sha256-x'",
    );
  });
  it('decodes escaped quotes and returns null without a policy', () => {
    expect(metaCsp(page('default-src &#39;self&#39;'))).toBe("default-src 'self'");
    expect(metaCsp('<html></html>')).toBeNull();
  });
});

describe('headersFile', () => {
  it('writes one site-wide rule when every page has the same policy', () => {
    const dir = site({ 'index.html': page("default-src 'self'"), 'about/index.html': page("default-src 'self'") });
    const text = headersFile(dir, '/');
    expect(text).toMatch(/^\/\*\n/);
    expect(text).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
    expect(text).toContain('  X-Content-Type-Options: nosniff');
    expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(text.match(/Content-Security-Policy/g)).toHaveLength(1);
  });
  it('writes a rule per page, with and without the trailing slash, when policies differ', () => {
    const dir = site({
      'index.html': page("default-src 'self'"),
      'tools/x/index.html': page("default-src 'self'; script-src 'sha256-a'"),
    });
    const text = headersFile(dir, '/upproach/');
    expect(text).toContain(
      "/upproach/tools/x/\n  Content-Security-Policy: default-src 'self'; script-src 'sha256-a'; frame-ancestors 'none'",
    );
    expect(text).toContain('/upproach/tools/x\n  Content-Security-Policy');
    expect(text).toContain("/upproach/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
  });
});
