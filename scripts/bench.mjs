#!/usr/bin/env node
// `npm run bench`: two tables, never a pass or fail (the machine may be busy; the numbers are the result).
// 1. Build time as articles are added: this site (a copy, so src/content is never touched) against a
//    bare Astro + MDX project with the same articles, built in the same run, alternately.
// 2. Interaction latency in Chromium with the CPU slowed down (CDP), from the Event Timing API (the
//    data behind INP): the longest event of each interaction.
//   npm run bench -- --sizes 0,100,1000 --runs 2 --cpu 4 --skip-build --skip-interactions
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const sizes = arg('--sizes', '0,100,1000')
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
const runs = Number(arg('--runs', '2'));
const cpu = Number(arg('--cpu', '4'));
if (![...sizes, runs, cpu].every((n) => Number.isInteger(n) && n >= 0) || !runs || !cpu)
  throw new Error('bench: --sizes takes whole numbers, --runs and --cpu whole numbers of at least 1');

const root = process.cwd();
const PATH = `${root}/node_modules/.bin:${process.env.PATH}`;
const work = mkdtempSync(join(tmpdir(), 'upproach-bench-'));
const site = join(work, 'site');
const bare = join(work, 'bare');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const table = (head, rows) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

/** one cold build of a project (its caches removed first), in ms */
function build(dir) {
  for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(dir, cache), { recursive: true, force: true });
  const start = performance.now();
  const { status, stderr } = spawnSync('astro', ['build'], {
    cwd: dir,
    env: { ...process.env, PATH },
    encoding: 'utf8',
  });
  if (status !== 0) throw new Error(`astro build in ${dir} failed:\n${stderr.slice(-3000)}`);
  return performance.now() - start;
}

function setUp() {
  const skip = /^(node_modules|dist.*|\.git|\.astro|test-results|reports)$/;
  cpSync(root, site, { recursive: true, filter: (src) => !skip.test(src.slice(root.length + 1).split('/')[0]) });
  const files = {
    'package.json': '{ "type": "module" }',
    'astro.config.mjs': `import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\nexport default defineConfig({ integrations: [mdx()], markdown: { syntaxHighlight: false } });\n`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { articles: defineCollection({ loader: glob({ pattern: '*.mdx', base: 'src/content/articles' }), schema: z.object({ title: z.string() }) }) };\n`,
    'src/pages/articles/[id].astro': `---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\nconst { Content } = await render(Astro.props.entry);\n---\n<html lang="en"><head><title>{Astro.props.entry.data.title}</title></head><body><Content /></body></html>\n`,
    'src/pages/index.astro': '<html lang="en"><head><title>Bare</title></head><body><h1>Bare</h1></body></html>\n',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(bare, file, '..'), { recursive: true });
    writeFileSync(join(bare, file), text);
  }
  mkdirSync(join(bare, 'src/content/articles'), { recursive: true });
  // node_modules as links to the installed packages, so that each copy keeps its own build caches
  for (const dir of [site, bare]) {
    mkdirSync(join(dir, 'node_modules'));
    for (const name of readdirSync(join(root, 'node_modules')).filter((n) => !n.startsWith('.')))
      symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** N generated articles in both projects: the text of a real article, without its tools */
function writeArticles(n) {
  const source = readFileSync(
    join(root, 'src/content/articles/you-received-a-promotion-what-about-your-network.mdx'),
    'utf8',
  );
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  const text = body.replace(/^(import .*|<[A-Z].*\/>)$/gm, '');
  const keep = front.split('\n').filter((line) => /^(description|author|tags):/.test(line));
  for (const [dir, fields] of [
    [site, keep],
    [bare, []],
  ]) {
    const articles = join(dir, 'src/content/articles');
    for (const f of readdirSync(articles)) if (f.startsWith('bench-')) rmSync(join(articles, f));
    for (let i = 1; i <= n; i++) {
      const head = [`title: Generated article ${i}`, ...fields, ...(fields.length ? [`order: ${100 + i}`] : [])];
      writeFileSync(join(articles, `bench-${String(i).padStart(5, '0')}.mdx`), `---\n${head.join('\n')}\n---\n${text}`);
    }
  }
}

function benchBuilds() {
  build(site); // once untimed each: the first build after a copy also fills the disk cache
  build(bare);
  const times = sizes.map((n) => {
    writeArticles(n);
    const ours = [];
    const base = [];
    for (let r = 0; r < runs; r++) {
      ours.push(build(site));
      base.push(build(bare));
      console.error(
        `bench: ${n} articles, run ${r + 1}: site ${(ours.at(-1) / 1000).toFixed(1)} s, bare ${(base.at(-1) / 1000).toFixed(1)} s`,
      );
    }
    return { n, ours: median(ours), bare: median(base) };
  });
  writeArticles(0);
  const first = times[0];
  const per = (t, k) => (t.n > first.n ? ((t[k] - first[k]) / (t.n - first.n)).toFixed(1) : '–');
  console.log(`\nBuild time (median of ${runs} cold builds; per article: over the ${first.n}-article build)\n`);
  console.log(
    table(
      ['articles', 'site s', 'bare Astro + MDX s', 'site per article ms', 'bare per article ms'],
      times.map((t) => [t.n, (t.ours / 1000).toFixed(1), (t.bare / 1000).toFixed(1), per(t, 'ours'), per(t, 'bare')]),
    ),
  );
}

/* global window, document, requestAnimationFrame -- in page.evaluate */
async function benchInteractions() {
  build(site); // the site as published, without generated articles
  const url = 'http://127.0.0.1:4397/';
  const args = ['preview', '--host', '127.0.0.1', '--port', '4397'];
  const server = spawn('astro', args, { cwd: site, env: { ...process.env, PATH }, stdio: 'ignore', detached: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const samples = {};
  try {
    while (!(await fetch(url).catch(() => null))?.ok) await new Promise((r) => setTimeout(r, 200));
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage({ baseURL: url, viewport: { width: 412, height: 900 } });
      await page.addInitScript(() => {
        window.events = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.interactionId) window.events.push([e.interactionId, e.duration]);
        }).observe({ type: 'event', durationThreshold: 16, buffered: true });
      });
      const cdp = await page.context().newCDPSession(page);
      const settle = () =>
        page.evaluate(
          () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
        );
      const open = async (path, ready) => {
        await page.goto(path);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        await page.locator(ready).first().waitFor({ timeout: 60_000 });
      };
      /** does `act` and files each new interaction's longest event under `kind` (0: under 16 ms) */
      const measure = async (kind, act) => {
        await settle();
        const seen = await page.evaluate(() => window.events.length);
        await act();
        await settle();
        await page.waitForTimeout(100);
        const longest = new Map();
        for (const [id, ms] of (await page.evaluate(() => window.events)).slice(seen))
          longest.set(id, Math.max(longest.get(id) ?? 0, ms));
        (samples[kind] ??= []).push(...(longest.size ? longest.values() : [0]));
      };
      const button = (name) => page.getByRole('button', { name, exact: true });

      await open('tools/purpose-quiz/', '.quiz[data-hydrated="true"]');
      // the floor: a native radio button on the same page that no script listens to
      await page.evaluate(() =>
        document
          .querySelector('main')
          .insertAdjacentHTML('afterbegin', '<p id="floor"><input type="radio" aria-label="floor"></p>'),
      );
      for (let i = 0; i < 4; i++)
        await measure('floor: a native radio button', () => page.locator('#floor input').click());
      await page.evaluate(() => document.getElementById('floor').remove());
      await button('Start the quiz').click();
      const review = page.getByRole('heading', { name: 'Check your answers' });
      for (let q = 0; q < 40 && !(await review.count()); q++) {
        const answers = page.locator('.quiz').getByRole('radio');
        await answers.first().waitFor();
        await measure('quiz answer', async () => answers.nth((q + r) % (await answers.count())).click());
        await measure('quiz Next', () => page.getByRole('button', { name: /^Next/ }).click());
      }
      await measure('quiz result', () => button('See my result').click());

      await open('tools/network-size/', '.estimator[data-hydrated="true"]');
      await page.getByLabel('1. Support clique', { exact: true }).fill('');
      for (const key of ['1', '2', 'Backspace', '5', 'Backspace', '7'])
        await measure('estimator keystroke', () => page.keyboard.press(key));
      for (const method of ['How many people do you know named …?', 'Count your circles'])
        await measure('estimator method switch', () => page.getByLabel(method, { exact: true }).click());

      await open('tools/promotion-checklist/', '.cl[data-hydrated]');
      await page.getByLabel('New role title').fill('Head of Sales');
      await page.getByLabel('Manager', { exact: true }).check();
      await page.getByLabel('Start date of the new role').fill('2027-01-04');
      for (const name of ['Accounting', 'Marketing']) await page.getByRole('checkbox', { name, exact: true }).check();
      await measure('checklist build', () => button('Build my plan').click());
      const items = page.locator('.cl-plan input[type="checkbox"]');
      for (let i = 0; i < 4; i++) await measure('checklist tick', () => items.nth(i).click());

      await open('your-data/', 'main');
      await button('Erase everything').click();
      await measure('Your data erase', () => button('Yes, erase everything').click());
      await page.close();
    }
  } finally {
    await browser.close();
    process.kill(-server.pid);
  }
  const ms = (v) => (v < 16 ? '< 16' : String(Math.round(v)));
  console.log(`\nInteractions (Event Timing, longest event per interaction, ${cpu}× CPU slowdown, ${runs} runs)\n`);
  console.log(
    table(
      ['interaction', 'samples', 'median ms', 'worst ms'],
      Object.entries(samples).map(([kind, v]) => [kind, v.length, ms(median(v)), ms(Math.max(...v))]),
    ),
  );
}

try {
  setUp();
  if (!process.argv.includes('--skip-build')) benchBuilds();
  if (!process.argv.includes('--skip-interactions')) await benchInteractions();
} finally {
  rmSync(work, { recursive: true, force: true });
}
