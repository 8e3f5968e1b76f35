#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile defaults) on every route of the built site, in
// Debian's Chromium, median of 3 runs per route. Prints the scores table and fails when a
// route scores below 100 in accessibility, best practices or SEO, or has any layout shift; the
// performance score is printed as a benchmark and never fails the run (it measures the machine
// as much as the page: scripts/lighthouse-lib.mjs). Writes test-results/lighthouse.json for
// scripts/test-all.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { routeRow, sampleOf } from './lighthouse-lib.mjs';

const dist = process.env.E2E_DIST ?? 'dist';
const port = Number(process.env.LH_PORT ?? 4398);
const runs = Number(process.env.LH_RUNS ?? 3);
const origin = `http://127.0.0.1:${port}`;

if (!existsSync(`${dist}/index.html`)) {
  console.error(`lighthouse: no built site in ${dist}/ (run npm run build first)`);
  process.exit(1);
}

const routes = (() => {
  const index = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
  const paths = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  const all = [...paths, '/404.html'];
  // LH_ROUTES=/,/your-data/ measures only those routes (for checking one change quickly)
  const only = process.env.LH_ROUTES?.split(',').filter(Boolean);
  return only?.length ? all.filter((r) => only.includes(r)) : all;
})();

const server = spawn(
  'astro',
  ['preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock', '--outDir', dist],
  {
    stdio: 'ignore',
  },
);
const stop = () => server.kill('SIGTERM');
process.on('exit', stop);
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(`${origin}/`)).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

const results = [];
try {
  for (const route of routes) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const r = await lighthouse(`${origin}${route}`, { port: chrome.port, output: 'json', logLevel: 'error' });
      samples.push(sampleOf(r.lhr));
    }
    const row = routeRow(route, samples);
    results.push(row);
    console.log(
      `${row.problems.length ? '✗' : '✓'} ${route} ${row.problems.join('; ')}${row.problems.length && row.failing.length ? ` (failing audits: ${row.failing.join(', ')})` : ''}`,
    );
  }
} finally {
  chrome.kill();
  stop();
}

console.log(
  `\nLighthouse ${runs > 1 ? `median of ${runs} runs` : '1 run'}, mobile defaults (performance is a benchmark, not a gate):\n`,
);
console.log('| route | performance | accessibility | best practices | SEO | CLS |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.route} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.cls.toFixed(3)} |`,
  );
}
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', JSON.stringify(results, null, 2));
const failed = results.filter((r) => r.problems.length > 0).length;
console.log(`\nlighthouse: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
