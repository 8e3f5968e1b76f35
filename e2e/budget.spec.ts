import { checkBudgets, LIMITS, measureSite } from '../scripts/budget-lib.mjs';
import { expect, test } from './fixtures';

const dist = process.env.E2E_DIST ?? 'dist';

test('byte budgets hold for every built route', () => {
  const rows = measureSite(dist, process.env.BASE_PATH ?? '/');
  expect(rows.length).toBeGreaterThanOrEqual(7);
  expect(checkBudgets(rows)).toEqual([]);
});

test('pages without islands load no JavaScript file at all', () => {
  const rows = measureSite(dist, process.env.BASE_PATH ?? '/').filter((r) => r.islands.length === 0);
  expect(rows.map((r) => r.route)).toEqual(
    expect.arrayContaining(['/', '/about/', '/articles/', '/tools/', '/404.html']),
  );
  for (const r of rows) {
    expect(r.js, r.route).toBe(0);
    expect(
      r.inlineScripts.every((n) => n < LIMITS.static.inlineScript),
      r.route,
    ).toBe(true);
  }
});

test('the budget check does catch an oversized page', () => {
  const fake = {
    route: '/x/',
    html: LIMITS.static.html + 1,
    css: 0,
    js: 10,
    requests: 2,
    islands: [],
    inlineScripts: [2000],
  };
  expect(checkBudgets([fake])).toHaveLength(3);
  expect(checkBudgets([{ ...fake, html: 1, js: 0, inlineScripts: [500, 20] }])).toEqual([
    '/x/: 2 inline scripts; only the theme script may run on a page without islands',
  ]);
  const island = {
    ...fake,
    html: 1,
    js: 1,
    inlineScripts: [],
    islands: [{ component: '_astro/X.js', own: LIMITS.island.ownChunk + 1, directive: 'load' }],
  };
  expect(checkBudgets([{ ...island, route: '/articles/a/' }])).toHaveLength(2);
});
