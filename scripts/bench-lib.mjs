// Pure helpers for `npm run bench` (scripts/bench.mjs): options, generated articles, the
// Event Timing arithmetic and the two tables. No file system, no browser: unit-tested in
// test/unit/scripts/bench-lib.test.ts.

export const DEFAULT_SIZES = [0, 100, 1000];

/** The kinds of interaction the bench measures, in the order the tables list them. */
export const INTERACTIONS = [
  // what the browser itself costs on the same page: a radio button no script listens to
  'baseline: native radio',
  'quiz answer',
  'quiz Next',
  'quiz result',
  'estimator keystroke',
  'estimator method switch',
  'checklist build',
  'checklist tick',
  'Your data erase',
];

const wholeNumber = (s) => (/^\d+$/.test(s) ? Number(s) : NaN);

/**
 * Options from the command line (`--sizes 0,100 --runs 3 --skip-build --skip-interactions
 * --cpu 4 --profile dir`) and the environment (BENCH_SIZES, BENCH_RUNS, BENCH_CPU), the
 * command line winning. Throws a RangeError naming the bad option.
 */
export function parseOptions(argv = [], env = {}) {
  const options = {
    sizes: DEFAULT_SIZES,
    runs: 2,
    cpu: 4,
    build: env.BENCH_SKIP_BUILD !== '1',
    interactions: env.BENCH_SKIP_INTERACTIONS !== '1',
    profile: null,
  };
  const list = (name, raw) => {
    const values = String(raw)
      .split(',')
      .map((s) => wholeNumber(s.trim()));
    if (values.length === 0 || values.some((v) => !Number.isSafeInteger(v))) {
      throw new RangeError(`${name} must be a comma-separated list of whole numbers, got "${raw}"`);
    }
    return [...new Set(values)].sort((a, b) => a - b);
  };
  const positive = (name, raw) => {
    const v = wholeNumber(String(raw).trim());
    if (!Number.isSafeInteger(v) || v < 1)
      throw new RangeError(`${name} must be a whole number of at least 1, got "${raw}"`);
    return v;
  };
  if (env.BENCH_SIZES) options.sizes = list('BENCH_SIZES', env.BENCH_SIZES);
  if (env.BENCH_RUNS) options.runs = positive('BENCH_RUNS', env.BENCH_RUNS);
  if (env.BENCH_CPU) options.cpu = positive('BENCH_CPU', env.BENCH_CPU);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new RangeError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--sizes') options.sizes = list('--sizes', value());
    else if (flag === '--runs') options.runs = positive('--runs', value());
    else if (flag === '--cpu') options.cpu = positive('--cpu', value());
    else if (flag === '--profile') options.profile = value();
    else if (flag === '--skip-build') options.build = false;
    else if (flag === '--skip-interactions') options.interactions = false;
    else
      throw new RangeError(
        `unknown option ${arg} (known: --sizes, --runs, --cpu, --profile, --skip-build, --skip-interactions)`,
      );
  }
  return options;
}

/** The article body without its MDX imports and embedded components: the same text, no tools. */
export function plainArticleBody(mdx) {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n?/, '');
  return body
    .split('\n')
    .filter((line) => !/^(?:import|export)\s/.test(line) && !/^<[A-Z][\w.]*[\s/>]/.test(line.trim()))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The name of generated article number i (1-based), sorting after the real ones. */
export const benchArticleId = (i) => `bench-article-${String(i).padStart(5, '0')}`;

/** A generated article for this site's schema: the given text, series order `order`, no tools. */
export function siteArticle(i, order, body, author = 'tom-staskiewicz') {
  return [
    '---',
    `title: Generated article ${i} for the build benchmark`,
    `description: A generated copy of an UPPROACH article, used only to measure how the build grows with the number of articles.`,
    `author: ${author}`,
    'tags: [benchmark]',
    `order: ${order}`,
    '---',
    '',
    body,
    '',
  ].join('\n');
}

/** The same article for the bare Astro + MDX baseline (a title, nothing else to check). */
export function baselineArticle(i, body) {
  return ['---', `title: Generated article ${i} for the build benchmark`, '---', '', body, ''].join('\n');
}

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Event Timing entries grouped into interactions: one duration per interactionId (the longest
 * of its events, as INP counts it). Entries without an interactionId (mouse moves, focus
 * changes) are not interactions and are left out.
 */
export function interactionDurations(entries) {
  const byId = new Map();
  for (const e of entries) {
    if (!e || !Number.isFinite(e.interactionId) || e.interactionId <= 0 || !Number.isFinite(e.duration)) continue;
    byId.set(e.interactionId, Math.max(byId.get(e.interactionId) ?? 0, e.duration));
  }
  return [...byId.values()];
}

/**
 * Build table rows. `ours` and `bare` map N to the measured build times in ms (one per run);
 * per article is the cost added by each article over the N = 0 build (median minus median),
 * and the ratio compares that cost with the bare baseline's in the same run.
 */
export function buildRows(ours, bare, again = {}) {
  const sizes = [...new Set([...Object.keys(ours), ...Object.keys(bare)].map(Number))].sort((a, b) => a - b);
  const m = (runs, n) => (runs[n]?.length ? median(runs[n]) : NaN);
  const zeroOurs = m(ours, 0);
  const zeroBare = m(bare, 0);
  const zeroAgain = m(again, 0);
  return sizes.map((n) => {
    const total = m(ours, n);
    const bareTotal = m(bare, n);
    const rebuild = m(again, n);
    const per = n > 0 ? (total - zeroOurs) / n : NaN;
    const barePer = n > 0 ? (bareTotal - zeroBare) / n : NaN;
    const rebuildPer = n > 0 ? (rebuild - zeroAgain) / n : NaN;
    return {
      n,
      total,
      bareTotal,
      per,
      barePer,
      ratio: per / barePer,
      totalRatio: total / bareTotal,
      rebuild,
      rebuildPer,
      rebuildRatio: rebuildPer / barePer,
    };
  });
}

const fmt = (v, digits, unit = '') => (Number.isFinite(v) ? `${v.toFixed(digits)}${unit}` : '–');

export function formatBuildTable(rows) {
  const lines = [
    '| articles | build s | per article ms | bare Astro + MDX s | bare per article ms | per-article ratio | total ratio | rebuild s | rebuild per article ms | rebuild per-article ratio |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.n} | ${fmt(r.total / 1000, 1)} | ${fmt(r.per, 1)} | ${fmt(r.bareTotal / 1000, 1)} | ${fmt(r.barePer, 1)} | ${fmt(r.ratio, 2, '×')} | ${fmt(r.totalRatio, 2, '×')} | ${fmt(r.rebuild / 1000, 1)} | ${fmt(r.rebuildPer, 1)} | ${fmt(r.rebuildRatio, 2, '×')} |`,
    );
  }
  return lines.join('\n');
}

/**
 * Interaction table rows from samples: `samples` maps a kind to its durations in ms (one per
 * interaction, every run together; 0 for an interaction that stayed under the 16 ms threshold).
 */
export function interactionRows(samples, runs) {
  return INTERACTIONS.map((kind) => {
    const values = samples[kind] ?? [];
    return {
      kind,
      count: values.length,
      median: median(values),
      worst: values.length ? Math.max(...values) : NaN,
      runs,
    };
  });
}

const ms = (v) => (!Number.isFinite(v) ? '–' : v < 16 ? '< 16' : String(Math.round(v)));

export function formatInteractionTable(rows) {
  const lines = ['| interaction | samples | median ms | worst ms |', '| --- | ---: | ---: | ---: |'];
  for (const r of rows) lines.push(`| ${r.kind} | ${r.count} | ${ms(r.median)} | ${ms(r.worst)} |`);
  return lines.join('\n');
}
