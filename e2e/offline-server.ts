/**
 * For the offline tests: builds of the site from a copy of the project (so that a build can
 * differ by one word, and never races another test's build in this folder), served on one
 * origin in turn, as a deploy replaces one version with the next.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { expect } from './fixtures';

/** the word the second build puts first in the home page's heading */
export const CHANGED_WORD = 'Renewed';

/**
 * Builds the site under `base` into `out` (in this folder) from a copy of the project; with
 * `changeWord`, the home page's heading starts with CHANGED_WORD instead of its first word.
 */
export function buildSite(base: string, out: string, { changeWord = false } = {}): string {
  const copy = mkdtempSync(join(tmpdir(), 'upproach-build-'));
  for (const entry of ['src', 'public', 'integrations', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(entry, join(copy, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(copy, 'node_modules'));
  if (changeWord) {
    const home = join(copy, 'src/pages/index.astro');
    const text = readFileSync(home, 'utf8');
    const changed = text.replace(/<h1>\S+/, `<h1>${CHANGED_WORD}`);
    expect(changed, 'the home page has a heading whose first word can change').not.toBe(text);
    writeFileSync(home, changed);
  }
  const dist = resolve(out);
  const build = spawnSync('astro', ['build', '--outDir', dist], {
    cwd: copy,
    env: { ...process.env, BASE_PATH: base },
    encoding: 'utf8',
  });
  rmSync(copy, { recursive: true, force: true });
  expect(build.status, build.stderr).toBe(0);
  return dist;
}

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

/** A static server for built sites under `base`, serving one of `sites` at a time (`serve(i)`). */
export function serveSites(base: string) {
  const port = Number(process.env.E2E_PORT ?? 4399) + 100;
  let server: Server | undefined;
  let current = 0;
  const sites: string[] = [];
  return {
    origin: `http://127.0.0.1:${port}`,
    sites,
    serve: (i: number) => void (current = i),
    start: () =>
      new Promise<void>((done) => {
        server = createServer((req, res) => {
          const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
          const file = join(sites[current]!, path.slice(base.length), path.endsWith('/') ? 'index.html' : '');
          if (!path.startsWith(base) || path.includes('..')) return void res.writeHead(404).end();
          readFile(file).then(
            (body) => res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/plain' }).end(body),
            () => res.writeHead(404).end(),
          );
        }).listen(port, '127.0.0.1', done);
      }),
    stop: () => new Promise<void>((done) => (server ? server.close(() => done()) : done())),
  };
}
