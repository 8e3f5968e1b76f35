// What scripts/lighthouse.mjs decides, as pure functions (tested in
// test/unit/scripts/lighthouse.test.ts): how one route's runs become a row of the table, and
// which of a row's figures fail it.
//
// Only what a page's markup decides is a gate: the accessibility, best-practices and SEO scores
// (each made of pass/fail audits) and layout shift. The performance score is a measure of time on
// the machine that runs it (a busy CI machine scored a route 83 that scores 100 on a quiet one),
// so it is printed as a benchmark and never fails a run; the byte budgets in e2e/budget.spec.ts
// gate what performance depends on that does not vary (bytes and requests).

/** the categories that gate a route, and the score each must reach */
export const GATES = { accessibility: 100, 'best-practices': 100, seo: 100 };

/** every category in the table: the gates, and performance as a benchmark */
export const CATEGORIES = ['performance', ...Object.keys(GATES)];

/**
 * The SEO audits that fail on a route by design: the 404 page is noindex on purpose, so
 * "page is crawlable" fails there; every other SEO audit still has to pass.
 * @param {string} route
 * @returns {string[]}
 */
export const seoFailingByDesign = (route) => (route.endsWith('404.html') ? ['is-crawlable'] : []);

/**
 * @typedef {{ [category: string]: unknown, cls: number, seoFailing: string[], failing: string[] }} Sample
 * one Lighthouse run: a score of 0–100 per category, the layout shift, the SEO audits that count
 * towards its score and did not pass, and every binary audit that did not pass
 */
/**
 * @typedef {{ route: string, [category: string]: unknown, cls: number, failing: string[], seoFailing: string[], problems: string[] }} Row
 */

const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * one Lighthouse result (lhr) → one sample
 * @param {any} lhr
 * @returns {Sample}
 */
export function sampleOf(lhr) {
  return {
    ...Object.fromEntries(CATEGORIES.map((k) => [k, Math.round((lhr.categories?.[k]?.score ?? 0) * 100)])),
    cls: lhr.audits?.['cumulative-layout-shift']?.numericValue ?? 1,
    seoFailing: (lhr.categories?.seo?.auditRefs ?? [])
      .filter((/** @type {any} */ ref) => ref.weight > 0)
      .map((/** @type {any} */ ref) => lhr.audits[ref.id])
      .filter((/** @type {any} */ a) => a && a.score !== null && a.score < 1)
      .map((/** @type {any} */ a) => a.id),
    failing: Object.values(lhr.audits ?? {})
      .filter((/** @type {any} */ a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((/** @type {any} */ a) => a.id),
  };
}

/**
 * What fails a row: a gate's score below its threshold (for SEO on a route with audits failing
 * by design, any other failing SEO audit instead), or any layout shift. Never the performance
 * score. A score that is not a number fails its gate (a run that measured nothing).
 * @param {Omit<Row, 'problems'>} row
 * @returns {string[]}
 */
export function routeProblems(row) {
  const byDesign = seoFailingByDesign(row.route);
  const seoFailures = byDesign.length ? row.seoFailing.filter((id) => !byDesign.includes(id)) : null;
  return [
    ...Object.entries(GATES)
      .filter(([k]) => !(k === 'seo' && seoFailures))
      .filter(([k, min]) => !(typeof row[k] === 'number' && /** @type {number} */ (row[k]) >= min))
      .map(([k, min]) => `${k} ${row[k]} < ${min}`),
    ...(seoFailures?.length ? [`seo audits failing: ${seoFailures.join(', ')}`] : []),
    ...(!(typeof row.cls === 'number' && row.cls === 0)
      ? [`CLS ${typeof row.cls === 'number' ? row.cls.toFixed(3) : row.cls} > 0`]
      : []),
  ];
}

/**
 * one route's runs → its row: the median of each score and of the layout shift, the audits that
 * failed in any run, and the row's problems
 * @param {string} route
 * @param {readonly Sample[]} samples
 * @returns {Row}
 */
export function routeRow(route, samples) {
  /** @type {Omit<Row, 'problems'>} */
  const row = {
    route,
    ...Object.fromEntries(CATEGORIES.map((k) => [k, median(samples.map((s) => /** @type {number} */ (s[k])))])),
    cls: median(samples.map((s) => s.cls)),
    failing: [...new Set(samples.flatMap((s) => s.failing))],
    seoFailing: [...new Set(samples.flatMap((s) => s.seoFailing))],
  };
  return { ...row, problems: routeProblems(row) };
}
