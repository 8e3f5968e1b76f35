#!/usr/bin/env node
// `npm run budget`: builds the site (skip with --no-build) and prints, per route, the gzip
// bytes of HTML, CSS and JS and the number of requests, then any budget that is exceeded.
import { spawnSync } from 'node:child_process';
import { checkBudgets, formatTable, measureSite } from './budget-lib.mjs';

const dist = process.env.E2E_DIST ?? 'dist';
if (!process.argv.includes('--no-build')) {
  const status = spawnSync('astro', ['build', '--outDir', dist], { stdio: ['ignore', 'ignore', 'inherit'] }).status;
  if (status !== 0) process.exit(status ?? 1);
}
const rows = measureSite(dist, process.env.BASE_PATH ?? '/');
console.log(
  'Sizes are gzip -9 bytes of what each route loads (HTML, its stylesheets, the JS it runs at load or hydration).\n',
);
console.log(formatTable(rows));
const problems = checkBudgets(rows);
console.log(problems.length ? `\nOver budget:\n- ${problems.join('\n- ')}` : '\nAll budgets hold.');
process.exit(problems.length ? 1 : 0);
