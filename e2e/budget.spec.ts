/**
 * JavaScript budgets, measured as a reader's browser loads each built page: pages without islands
 * load one JavaScript file, the service worker's registration (src/offline/register.ts), at most
 * 5 KB gzip, and run only the inline theme script besides; pages with islands load at most
 * 110 KB gzip, React's runtime and the registration included; "Your people" (its browser database
 * and virtualized list) at most 160 KB. What loads only on a reader's action (a worker, a chunk for
 * opening a file) is not counted. `npm run budget` prints the table.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPages, dist, expect, scrollThrough, test } from './fixtures';

const limits: Readonly<Record<string, number>> = { '/tools/your-people/': 160 * 1024 };
const limitOf = (path: string) => limits[path] ?? 110 * 1024;
const registrationLimit = 5 * 1024;
/** the registration script: the one built file that names the service worker */
const registrations = readdirSync(join(dist, '_astro')).filter(
  (f) => f.endsWith('.js') && readFileSync(join(dist, '_astro', f), 'utf8').includes('sw.js'),
);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gz = (body: Buffer) => gzipSync(body, { level: 9 }).length;
const measured: { path: string; bytes: number; limit: number; files: string[] }[] = [];

for (const path of builtPages()) {
  const html = readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
  const islands = html.includes('<astro-island');
  const limit = limitOf(path);
  test(`budget: ${path} loads ${islands ? `at most ${limit / 1024} KB gzip of JavaScript` : 'only the registration script'}`, async ({
    page,
  }) => {
    const scripts = new Map<string, Promise<number>>();
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script') scripts.set(res.url(), res.body().then(gz));
    });
    await page.goto(path);
    await scrollThrough(page); // client:visible islands load as the reader scrolls to them
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(scripts.values())).reduce((sum, n) => sum + n, 0);
    measured.push({
      path,
      bytes,
      limit: islands ? limit : registrationLimit,
      files: [...scripts.keys()].map((url) => new URL(url).pathname.split('/').pop()!),
    });
    if (islands) {
      expect(bytes, `${path}: ${kb(bytes)} KB gzip of JavaScript`).toBeLessThanOrEqual(limit);
      expect(measured.at(-1)!.files, `${path}: the registration is counted`).toEqual(
        expect.arrayContaining(registrations),
      );
    } else {
      expect(registrations, 'one registration script').toHaveLength(1);
      const files = [...scripts.keys()].map((url) => new URL(url).pathname.split('/').pop());
      expect(files, `${path}: only the registration script`).toEqual(registrations);
      expect(bytes, `${path}: ${kb(bytes)} KB gzip of JavaScript`).toBeLessThanOrEqual(registrationLimit);
      const inline = await page.$$eval('script:not([src]):not([type="application/ld+json"])', (els) =>
        els.map((el) => el.textContent!.length),
      );
      expect(inline.length, `${path}: only the theme script runs`).toBe(1);
      expect(inline[0], path).toBeLessThan(1024);
    }
  });
}

test.afterAll(() => {
  if (!process.env.BUDGET_TABLE) return;
  const loaded = new Set(measured.flatMap((m) => m.files));
  const later = readdirSync(join(dist, '_astro')).filter((f) => f.endsWith('.js') && !loaded.has(f));
  console.log(
    [
      '\n| route | JavaScript KB gzip, loaded with the page | limit KB |',
      '| --- | ---: | ---: |',
      ...measured
        .sort((a, b) => a.path.localeCompare(b.path))
        .map((m) => `| ${m.path} | ${kb(m.bytes)} | ${kb(m.limit)} |`),
      `\nThe service worker’s registration, loaded with every page: ${registrations
        .map((file) => `${file}, ${kb(gz(readFileSync(join(dist, '_astro', file))))} KB gzip`)
        .join('; ')}.`,
      '\nLoaded only on a reader’s action (not counted):\n',
      '| file | KB gzip |',
      '| --- | ---: |',
      ...later.map((file) => `| ${file} | ${kb(gz(readFileSync(join(dist, '_astro', file))))} |`),
    ].join('\n'),
  );
});
