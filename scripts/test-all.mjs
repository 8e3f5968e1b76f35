#!/usr/bin/env node
// `npm test`: unit and component tests (Vitest), the production build, the e2e tests (Playwright,
// against the build) and Lighthouse on every page; ends with the line "tests: N passed, N failed".
// A suite that leaves no readable report, or fails with no failed test in it, counts as one failed
// test, so the totals never hide a broken suite.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

// node_modules/.bin first: the tools run on the project's Node, also when this file is run by hand
const PATH = `${process.cwd()}/node_modules/.bin:${process.env.PATH}`;
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, PATH, ...env } }).status;
const totals = { passed: 0, failed: 0 };

/** runs a suite and adds up what its JSON report says (`count` gives [passed, failed]) */
function suite(name, report, count, cmd, args, env) {
  rmSync(report, { force: true });
  const status = run(cmd, args, env);
  let counts = [];
  try {
    counts = count(JSON.parse(readFileSync(report, 'utf8')));
  } catch {
    /* no readable report */
  }
  const readable = counts.length === 2 && counts.every((n) => Number.isInteger(n) && n >= 0);
  const [passed, failed] = readable ? counts : [0, 0];
  if (!readable || (status !== 0 && failed === 0)) {
    console.error(`problem: ${name} exited with ${status}${readable ? '' : ' and left no readable report'}`);
    totals.failed += 1;
  }
  totals.passed += passed;
  totals.failed += failed;
}

mkdirSync('test-results', { recursive: true });
const vitest = 'test-results/vitest.json';
suite('vitest', vitest, (r) => [r.numPassedTests, r.numFailedTests], 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitest}`,
]);
if (run('astro', ['build']) !== 0) {
  console.error('problem: astro build failed');
  totals.failed += 1;
} else {
  const pw = 'test-results/playwright.json';
  const stats = (r) => [r.stats.expected + r.stats.flaky, r.stats.unexpected];
  suite('playwright', pw, stats, 'playwright', ['test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: pw });
  const routes = (rows) => [
    rows.filter((r) => !r.problems.length).length,
    rows.filter((r) => r.problems.length).length,
  ];
  suite('lighthouse', 'test-results/lighthouse.json', routes, 'node', ['scripts/lighthouse.mjs']);
}
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
