#!/usr/bin/env node
// Runs every suite (unit + component with Vitest, then the production build, e2e with
// Playwright against it, and Lighthouse on every route) and ends with one plain line:
// "tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const out = 'test-results';
mkdirSync(out, { recursive: true });
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

let passed = 0;
let failed = 0;
const problems = [];

// 1. Unit and component tests
const vitestFile = `${out}/vitest.json`;
rmSync(vitestFile, { force: true });
const vitestStatus = run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]);
const vitest = readJson(vitestFile);
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
}
if (!vitest || (vitestStatus !== 0 && vitest.numFailedTests === 0)) {
  failed += 1;
  problems.push(`vitest exited with ${vitestStatus}${vitest ? '' : ' and wrote no report'}`);
}

// 2. Production build (e2e tests run against it)
const buildStatus = run('astro', ['build']);
if (buildStatus !== 0) {
  failed += 1;
  problems.push('astro build failed');
} else {
  // 3. End-to-end tests in Chromium against the built site
  const pwFile = `${out}/playwright.json`;
  rmSync(pwFile, { force: true });
  const pwStatus = run('playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwFile });
  const pw = readJson(pwFile);
  if (pw?.stats) {
    passed += pw.stats.expected + pw.stats.flaky;
    failed += pw.stats.unexpected;
  }
  if (!pw?.stats || (pwStatus !== 0 && pw.stats.unexpected === 0)) {
    failed += 1;
    problems.push(`playwright exited with ${pwStatus}${pw?.stats ? '' : ' and wrote no report'}`);
  }
}

// 4. Lighthouse on every route (median of 3 runs), one test per route. SKIP_LIGHTHOUSE=1 skips it.
if (buildStatus === 0 && !process.env.SKIP_LIGHTHOUSE) {
  const lhFile = `${out}/lighthouse.json`;
  rmSync(lhFile, { force: true });
  const lhStatus = run('node', ['scripts/lighthouse.mjs']);
  const lh = readJson(lhFile);
  if (Array.isArray(lh)) {
    const bad = lh.filter((r) => r.problems.length > 0).length;
    passed += lh.length - bad;
    failed += bad;
  }
  if (!Array.isArray(lh) || (lhStatus !== 0 && lh.every((r) => r.problems.length === 0))) {
    failed += 1;
    problems.push(`lighthouse exited with ${lhStatus}${Array.isArray(lh) ? '' : ' and wrote no report'}`);
  }
}

if (process.env.SKIP_LIGHTHOUSE) console.log('lighthouse: SKIPPED (SKIP_LIGHTHOUSE is set); not counted');

for (const p of problems) console.error(`problem: ${p}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
