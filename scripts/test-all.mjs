#!/usr/bin/env node
// Runs every suite (unit + component with Vitest, then the production build, e2e with
// Playwright against it, and Lighthouse on every route) and ends with one plain line:
// "tests: N passed, N failed".
// A suite whose report is missing or malformed counts as one failed test with a problem line
// saying so; the totals are always whole numbers, never NaN. The counting is in the exported
// functions below (tested in test/unit/scripts/test-all.test.ts); running the file runs the suites.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** @typedef {{ passed: number, failed: number }} Counts */
/** @typedef {{ passed: number, failed: number, problem: string | null }} SuiteResult */

/** a number of tests: a whole number, not negative */
const isCount = (/** @type {unknown} */ n) => Number.isInteger(n) && /** @type {number} */ (n) >= 0;

/**
 * Vitest's JSON report → passed and failed tests, or null when it is not a report.
 * @param {unknown} report
 * @returns {Counts | null}
 */
export function vitestCounts(report) {
  if (typeof report !== 'object' || report === null) return null;
  const { numPassedTests, numFailedTests } = /** @type {Record<string, unknown>} */ (report);
  if (!isCount(numPassedTests) || !isCount(numFailedTests)) return null;
  return { passed: /** @type {number} */ (numPassedTests), failed: /** @type {number} */ (numFailedTests) };
}

/**
 * Playwright's JSON report → passed (expected and flaky) and failed (unexpected) tests, or null.
 * @param {unknown} report
 * @returns {Counts | null}
 */
export function playwrightCounts(report) {
  if (typeof report !== 'object' || report === null) return null;
  const stats = /** @type {{ stats?: unknown }} */ (report).stats;
  if (typeof stats !== 'object' || stats === null) return null;
  const { expected, flaky, unexpected } = /** @type {Record<string, unknown>} */ (stats);
  if (!isCount(expected) || !isCount(flaky) || !isCount(unexpected)) return null;
  return {
    passed: /** @type {number} */ (expected) + /** @type {number} */ (flaky),
    failed: /** @type {number} */ (unexpected),
  };
}

/**
 * scripts/lighthouse.mjs's report (one row per route, each with its problems) → routes without
 * problems passed, routes with problems failed; null when it is not such a list.
 * @param {unknown} report
 * @returns {Counts | null}
 */
export function lighthouseCounts(report) {
  if (!Array.isArray(report)) return null;
  const rows = /** @type {unknown[]} */ (report);
  if (
    !rows.every(
      (r) => typeof r === 'object' && r !== null && Array.isArray(/** @type {{ problems?: unknown }} */ (r).problems),
    )
  ) {
    return null;
  }
  const bad = rows.filter((r) => /** @type {{ problems: unknown[] }} */ (r).problems.length > 0).length;
  return { passed: rows.length - bad, failed: bad };
}

/**
 * One suite's share of the totals. A missing or malformed report counts as one failed test;
 * a failing exit with no failed test in the report counts as one too (the suite broke).
 * @param {string} name
 * @param {number} status the suite's exit status
 * @param {Counts | null} counts from the suite's report; null when it is missing or malformed
 * @returns {SuiteResult}
 */
export function suiteResult(name, status, counts) {
  if (!counts)
    return {
      passed: 0,
      failed: 1,
      problem: `${name} exited with ${status} and wrote no readable report (missing or malformed)`,
    };
  if (status !== 0 && counts.failed === 0)
    return { passed: counts.passed, failed: 1, problem: `${name} exited with ${status}` };
  return { passed: counts.passed, failed: counts.failed, problem: null };
}

/**
 * The last line of the run.
 * @param {readonly SuiteResult[]} results
 */
export function totalsLine(results) {
  const passed = results.reduce((sum, r) => sum + r.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.failed, 0);
  return `tests: ${passed} passed, ${failed} failed`;
}

/** @param {string} file */
const readJson = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

function main() {
  const out = 'test-results';
  mkdirSync(out, { recursive: true });
  /** @type {(cmd: string, args: string[], env?: Record<string, string>) => number} */
  const run = (cmd, args, env = {}) =>
    spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
  /** @type {SuiteResult[]} */
  const results = [];

  // 1. Unit and component tests
  const vitestFile = `${out}/vitest.json`;
  rmSync(vitestFile, { force: true });
  const vitestStatus = run('vitest', [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestFile}`,
  ]);
  results.push(suiteResult('vitest', vitestStatus, vitestCounts(readJson(vitestFile))));

  // 2. Production build (e2e tests run against it)
  const buildStatus = run('astro', ['build']);
  if (buildStatus !== 0) {
    results.push({ passed: 0, failed: 1, problem: 'astro build failed' });
  } else {
    // 3. End-to-end tests in Chromium against the built site
    const pwFile = `${out}/playwright.json`;
    rmSync(pwFile, { force: true });
    const pwStatus = run('playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwFile });
    results.push(suiteResult('playwright', pwStatus, playwrightCounts(readJson(pwFile))));
  }

  // 4. Lighthouse on every route (median of 3 runs), one test per route. SKIP_LIGHTHOUSE=1 skips it.
  if (buildStatus === 0 && !process.env.SKIP_LIGHTHOUSE) {
    const lhFile = `${out}/lighthouse.json`;
    rmSync(lhFile, { force: true });
    const lhStatus = run('node', ['scripts/lighthouse.mjs']);
    results.push(suiteResult('lighthouse', lhStatus, lighthouseCounts(readJson(lhFile))));
  }

  if (process.env.SKIP_LIGHTHOUSE) console.log('lighthouse: SKIPPED (SKIP_LIGHTHOUSE is set); not counted');

  for (const r of results) if (r.problem) console.error(`problem: ${r.problem}`);
  console.log(totalsLine(results));
  process.exit(results.some((r) => r.failed > 0) ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
