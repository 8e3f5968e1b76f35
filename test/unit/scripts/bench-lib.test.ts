import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SIZES,
  INTERACTIONS,
  baselineArticle,
  benchArticleId,
  buildRows,
  formatBuildTable,
  formatInteractionTable,
  interactionDurations,
  interactionRows,
  median,
  parseOptions,
  plainArticleBody,
  siteArticle,
} from '../../../scripts/bench-lib.mjs';
import { articleSchema } from '@/schemas/article';

describe('bench: options', () => {
  it('defaults to sizes 0, 100 and 1,000, two runs, 4× CPU, both parts', () => {
    expect(parseOptions([], {})).toEqual({
      sizes: DEFAULT_SIZES,
      runs: 2,
      cpu: 4,
      build: true,
      interactions: true,
      profile: null,
    });
    expect(DEFAULT_SIZES).toEqual([0, 100, 1000]);
  });

  it('reads flags (with a space or =) over the environment', () => {
    const o = parseOptions(['--sizes', '100,0,100', '--runs=3', '--skip-interactions', '--profile', '/tmp/p'], {
      BENCH_SIZES: '5',
      BENCH_RUNS: '9',
      BENCH_CPU: '6',
    });
    expect(o).toEqual({ sizes: [0, 100], runs: 3, cpu: 6, build: true, interactions: false, profile: '/tmp/p' });
    expect(parseOptions(['--skip-build'], { BENCH_SIZES: '0, 10' })).toMatchObject({
      sizes: [0, 10],
      build: false,
      interactions: true,
    });
  });

  it('refuses what it cannot use, naming the option', () => {
    expect(() => parseOptions(['--sizes', '0,-1'], {})).toThrow(/--sizes/);
    expect(() => parseOptions(['--sizes', '1e3'], {})).toThrow(/--sizes/);
    expect(() => parseOptions(['--runs', '0'], {})).toThrow(/--runs/);
    expect(() => parseOptions(['--runs'], {})).toThrow(/--runs needs a value/);
    expect(() => parseOptions(['--cpu', '2.5'], {})).toThrow(/--cpu/);
    expect(() => parseOptions(['--fast'], {})).toThrow(/unknown option --fast/);
    expect(() => parseOptions([], { BENCH_RUNS: 'two' })).toThrow(/BENCH_RUNS/);
  });
});

describe('bench: generated articles', () => {
  const source = readFileSync('src/content/articles/you-received-a-promotion-what-about-your-network.mdx', 'utf8');
  const body = plainArticleBody(source);

  it('keeps the article’s text and drops its frontmatter, imports and embedded tool', () => {
    expect(body).not.toMatch(/^---/);
    expect(body).not.toMatch(/^import /m);
    expect(body).not.toMatch(/<ChecklistTool/);
    expect(body).toContain('## Don’t Forget About Your Network');
    expect(body).toContain('They must take the UPPROACH and upgrade their network.');
  });

  it('writes frontmatter this site’s article schema accepts, with no tools', () => {
    const mdx = siteArticle(7, 9, body);
    const front = mdx.match(/^---\n([\s\S]*?)\n---\n/)![1]!;
    const data = Object.fromEntries(
      front.split('\n').map((line) => {
        const [k, ...v] = line.split(': ');
        const value = v.join(': ');
        return [k, k === 'order' ? Number(value) : k === 'tags' ? value.slice(1, -1).split(', ') : value];
      }),
    );
    const parsed = articleSchema.safeParse({ ...data, author: { collection: 'authors', id: data.author } });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.tools).toEqual([]);
    expect(parsed.data?.order).toBe(9);
    expect(mdx.endsWith(`${body}\n`)).toBe(true);
    expect(baselineArticle(7, body)).toBe(`---\ntitle: Generated article 7 for the build benchmark\n---\n\n${body}\n`);
  });

  it('names generated articles so they sort in order', () => {
    expect(benchArticleId(1)).toBe('bench-article-00001');
    expect([benchArticleId(10), benchArticleId(9)].sort()).toEqual([benchArticleId(9), benchArticleId(10)]);
  });
});

describe('bench: Event Timing arithmetic', () => {
  it('takes the median of odd and even counts, NaN of nothing', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('groups entries by interactionId, keeping the longest, and leaves out non-interactions', () => {
    const entries = [
      { interactionId: 5, duration: 24, name: 'pointerdown' },
      { interactionId: 5, duration: 56, name: 'click' },
      { interactionId: 0, duration: 200, name: 'pointermove' },
      { interactionId: 9, duration: 16, name: 'keydown' },
      { duration: 80, name: 'mouseover' },
      { interactionId: 9, duration: Number.NaN, name: 'keyup' },
      null,
    ];
    expect(interactionDurations(entries).sort((a, b) => a - b)).toEqual([16, 56]);
    expect(interactionDurations([])).toEqual([]);
  });

  it('lists every kind of interaction, with median and worst, and dashes for none', () => {
    const rows = interactionRows({ 'quiz answer': [0, 24, 40], 'checklist build': [272] }, 2);
    expect(rows.map((r) => r.kind)).toEqual(INTERACTIONS);
    expect(rows.find((r) => r.kind === 'quiz answer')).toMatchObject({ count: 3, median: 24, worst: 40 });
    expect(rows[0]).toMatchObject({ kind: 'baseline: native radio', count: 0 });
    const table = formatInteractionTable(rows);
    expect(table).toContain('| quiz answer | 3 | 24 | 40 |');
    expect(table).toContain('| checklist build | 1 | 272 | 272 |');
    expect(table).toContain('| Your data erase | 0 | – | – |');
    expect(formatInteractionTable(interactionRows({ 'quiz Next': [0, 8, 0] }, 1))).toContain(
      '| quiz Next | 3 | < 16 | < 16 |',
    );
  });
});

describe('bench: build table', () => {
  it('gives the cost per added article over N = 0 and its ratio to the bare baseline', () => {
    const rows = buildRows(
      { 0: [3000, 3400, 3200], 100: [5200], 1000: [23200, 23200] },
      { 0: [2000], 100: [3000], 1000: [12000] },
      { 0: [2500], 100: [3500], 1000: [10500] },
    );
    expect(rows.map((r) => r.n)).toEqual([0, 100, 1000]);
    expect(rows[0]!.per).toBeNaN();
    expect(rows[1]).toMatchObject({
      total: 5200,
      bareTotal: 3000,
      per: 20,
      barePer: 10,
      ratio: 2,
      totalRatio: 5200 / 3000,
    });
    expect(rows[2]).toMatchObject({ per: 20, barePer: 10, ratio: 2 });
    const table = formatBuildTable(rows);
    expect(table.split('\n')).toHaveLength(5);
    expect(table).toContain('| 0 | 3.2 | – | 2.0 | – | – | 1.60× | 2.5 | – | – |');
    expect(table).toContain('| 100 | 5.2 | 20.0 | 3.0 | 10.0 | 2.00× | 1.73× | 3.5 | 10.0 | 1.00× |');
    expect(table).toContain('| 1000 | 23.2 | 20.0 | 12.0 | 10.0 | 2.00× | 1.93× | 10.5 | 8.0 | 0.80× |');
  });

  it('shows a dash, never NaN, where a size was not measured', () => {
    const table = formatBuildTable(buildRows({ 0: [1000], 100: [2000] }, {}));
    expect(table).not.toMatch(/NaN|Infinity|undefined/);
    expect(table).toContain('| 100 | 2.0 | 10.0 | – | – | – | – | – | – | – |');
  });
});
