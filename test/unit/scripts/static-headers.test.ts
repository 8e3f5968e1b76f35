import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { headersFile } from '../../../integrations/static-headers.mjs';

/** a built site whose pages carry these policies in their <meta> */
function site(pages: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'headers-'));
  for (const [path, csp] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `<head><meta http-equiv="content-security-policy" content="${csp}"></head>`);
  }
  return dir;
}

it('_headers gives the whole site one policy when every page has the same, with frame-ancestors', () => {
  const text = headersFile(
    site({ 'index.html': 'default-src &#39;self&#39;;', 'about/index.html': "default-src 'self'" }),
  );
  expect(text).toMatch(/^\/\*\n/);
  expect(text).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
  expect(text.match(/Content-Security-Policy/g)).toHaveLength(1);
  expect(text).toContain('  X-Content-Type-Options: nosniff');
  expect(text).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
});

it('_headers gives each page its own policy, with and without the trailing slash, when they differ', () => {
  const text = headersFile(
    site({ 'index.html': "default-src 'self'", 'tools/x/index.html': "script-src 'sha256-a'" }),
    '/upproach/',
  );
  expect(text).toContain(
    "/upproach/tools/x/\n  Content-Security-Policy: script-src 'sha256-a'; frame-ancestors 'none'",
  );
  expect(text).toContain("/upproach/tools/x\n  Content-Security-Policy: script-src 'sha256-a'; frame-ancestors 'none'");
  expect(text).toContain("/upproach/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'");
});
