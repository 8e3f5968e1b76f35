#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile defaults) once on every page of the built site, in
// Debian's Chromium. A page fails below 100 in accessibility, best practices or SEO, or with any
// layout shift (the 404 page is noindex by design: its SEO score may lack only "is-crawlable").
// `npm run lighthouse -- --performance` adds the performance score, printed and never a gate: it
// measures the machine as much as the page. Writes test-results/lighthouse.json for test-all.mjs.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const dist = process.env.E2E_DIST ?? 'dist';
const origin = `http://127.0.0.1:${process.env.LH_PORT ?? 4398}`;
const performance = process.argv.includes('--performance');
const gates = ['accessibility', 'best-practices', 'seo'];
const categories = performance ? ['performance', ...gates] : gates;

const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
const routes = [...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname), '/404.html'];

// node_modules/.bin first: astro then runs on the project's Node, also when this file is run by hand
const PATH = `${process.cwd()}/node_modules/.bin:${process.env.PATH}`;
const args = ['preview', '--host', '127.0.0.1', '--port', new URL(origin).port, '--ignore-lock', '--outDir', dist];
const server = spawn('astro', args, { stdio: 'ignore', detached: true, env: { ...process.env, PATH } });
process.on('exit', () => server.exitCode === null && process.kill(-server.pid));
for (let i = 0; !(await fetch(origin).catch(() => null))?.ok; i++) {
  if (i === 150) throw new Error(`lighthouse: astro preview did not answer on ${origin}`);
  await new Promise((r) => setTimeout(r, 200));
}
const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath,
  chromeFlags: ['--headless=new', ...chromiumArgs],
});

const rows = [];
try {
  for (const route of routes) {
    const { lhr } = await lighthouse(`${origin}${route}`, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: categories,
      onlyAudits: ['cumulative-layout-shift'],
      disableFullPageScreenshot: true,
    });
    const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    // the audits that count towards a category's score and did not pass (or could not run)
    const failing = (id) =>
      (lhr.categories[id]?.auditRefs ?? [])
        .map((ref) => ref.weight > 0 && lhr.audits[ref.id])
        .filter((a) => a && (a.scoreDisplayMode === 'error' || (a.score !== null && a.score < 1)))
        .map((a) => a.id)
        .filter((a) => !(id === 'seo' && route.endsWith('404.html') && a === 'is-crawlable'));
    const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? 1;
    const problems = [
      ...gates
        .filter((id) => failing(id).length || (score(id) < 100 && !route.endsWith('404.html')))
        .map((id) => `${id} ${score(id)} (${failing(id).join(', ')})`),
      ...(cls === 0 ? [] : [`layout shift ${cls.toFixed(3)}`]),
    ];
    rows.push({ route, ...Object.fromEntries(categories.map((id) => [id, score(id)])), cls, problems });
    console.log(`${problems.length ? '✗' : '✓'} ${route} ${problems.join('; ')}`);
  }
} finally {
  chrome.kill();
}

console.log(`\n| route | ${categories.join(' | ')} | CLS |\n| --- |${' ---: |'.repeat(categories.length + 1)}`);
for (const r of rows)
  console.log(`| ${r.route} | ${categories.map((id) => r[id]).join(' | ')} | ${r.cls.toFixed(3)} |`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/lighthouse.json', JSON.stringify(rows, null, 2));
const failed = rows.filter((r) => r.problems.length).length;
console.log(`\nlighthouse: ${rows.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
