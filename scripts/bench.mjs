#!/usr/bin/env node
// `npm run bench`: how the build grows with the number of articles, and how fast the tools
// respond on a slow phone. Prints two tables; the numbers are the result (the machine may be
// busy), so it exits non-zero only when it cannot run, never because a number is slow.
//
//   npm run bench                                   # sizes 0,100,1000, two runs of each, 4x CPU
//   npm run bench -- --sizes 0,100 --skip-interactions
//   npm run bench -- --skip-build --runs 3 --profile /tmp/profiles
//
// Builds happen in a temporary copy of the project (generated articles never touch
// src/content), next to a bare Astro + MDX project with the same articles, built with the
// same installed astro and @astrojs/mdx. Interactions are measured with the Event Timing API
// (the data behind INP) in Debian's Chromium, CPU slowed with CDP's setCPUThrottlingRate.
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  baselineArticle,
  benchArticleId,
  buildRows,
  formatBuildTable,
  formatInteractionTable,
  interactionDurations,
  interactionRows,
  parseOptions,
  plainArticleBody,
  siteArticle,
} from './bench-lib.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_ARTICLE = 'src/content/articles/you-received-a-promotion-what-about-your-network.mdx';
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'blob-report']);

let options;
try {
  options = parseOptions(process.argv.slice(2), process.env);
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'upproach-bench-'));
const cleanups = [() => rmSync(work, { recursive: true, force: true })];
const cleanup = () => {
  for (const fn of cleanups.reverse()) {
    try {
      fn();
    } catch {
      /* best effort */
    }
  }
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

/** node_modules as a folder of links to the installed packages, so caches stay in the copy. */
function linkNodeModules(dir) {
  const target = join(dir, 'node_modules');
  mkdirSync(target);
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(root, 'node_modules', name), join(target, name));
  }
}

function run(cmd, args, cwd, env = {}) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolveRun()
        : reject(new Error(`${cmd} ${args.join(' ')} in ${cwd} failed (${code}):\n${stderr.slice(-4000)}`)),
    );
  });
}

const astroBin = join(root, 'node_modules', '.bin', 'astro');

/** Wall-clock time of a cold `astro build` (its caches removed first). */
/**
 * One build of `dir`. Cold (the default): every cache removed first, the link-preview images'
 * too. `cold: false` keeps them, as on an author's machine building again after adding articles.
 */
async function timeBuild(dir, { cold = true } = {}) {
  // the site's rendered link-preview images, kept in the bench's own folder (src/render/og-image.ts)
  const ogCache = join(dir, '.bench-og-cache');
  if (cold)
    for (const cache of ['node_modules/.astro', 'node_modules/.vite', '.astro', 'dist', ogCache])
      rmSync(resolve(dir, cache), { recursive: true, force: true });
  const start = performance.now();
  await run(astroBin, ['build'], dir, { ASTRO_TELEMETRY_DISABLED: '1', OG_CACHE_DIR: ogCache });
  return performance.now() - start;
}

function writeArticles(dir, n, make) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 1; i <= n; i++) writeFileSync(join(dir, `${benchArticleId(i)}.mdx`), make(i));
}

function siteCopy() {
  const dir = join(work, 'site');
  cpSync(root, dir, {
    recursive: true,
    filter: (src) => !SKIP.has(src.slice(root.length + 1).split('/')[0]) && !/^dist-/.test(src.slice(root.length + 1)),
  });
  linkNodeModules(dir);
  return dir;
}

function bareProject() {
  const dir = join(work, 'bare');
  mkdirSync(join(dir, 'src/pages/articles'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bare-astro-mdx', private: true, type: 'module' }));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nimport mdx from '@astrojs/mdx';\n" +
      "export default defineConfig({ site: 'https://bare.example', trailingSlash: 'always', integrations: [mdx()], markdown: { syntaxHighlight: false } });\n",
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\n" +
      "const articles = defineCollection({ loader: glob({ pattern: '**/*.mdx', base: './src/content/articles' }), schema: z.object({ title: z.string() }) });\n" +
      'export const collections = { articles };\n',
  );
  writeFileSync(
    join(dir, 'src/pages/articles/[id].astro'),
    "---\nimport { getCollection, render } from 'astro:content';\n" +
      "export async function getStaticPaths() {\n  return (await getCollection('articles')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));\n}\n" +
      'const { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n' +
      '<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head><body><main><h1>{entry.data.title}</h1><Content /></main></body></html>\n',
  );
  writeFileSync(
    join(dir, 'src/pages/index.astro'),
    '<html lang="en"><head><meta charset="utf-8" /><title>Bare</title></head><body><h1>Bare</h1></body></html>\n',
  );
  linkNodeModules(dir);
  return dir;
}

async function benchBuilds(site) {
  const bare = bareProject();
  const body = plainArticleBody(readFileSync(join(root, SOURCE_ARTICLE), 'utf8'));
  const realOrders = readdirSync(join(root, 'src/content/articles')).length;
  const ours = {};
  const base = {};
  const again = {};
  for (const n of [...new Set([0, ...options.sizes])].sort((a, b) => a - b)) {
    const siteDir = join(site, 'src/content/articles');
    for (const f of readdirSync(siteDir)) if (f.startsWith('bench-article-')) rmSync(join(siteDir, f));
    for (let i = 1; i <= n; i++)
      writeFileSync(join(siteDir, `${benchArticleId(i)}.mdx`), siteArticle(i, realOrders + i, body));
    writeArticles(join(bare, 'src/content/articles'), n, (i) => baselineArticle(i, body));
    ours[n] = [];
    base[n] = [];
    for (let r = 0; r < options.runs; r++) {
      // alternate, so that a burst of load elsewhere on the machine hits both alike
      ours[n].push(await timeBuild(site));
      base[n].push(await timeBuild(bare));
      process.stderr.write(
        `bench: N=${n} run ${r + 1}: site ${(ours[n].at(-1) / 1000).toFixed(1)} s, bare ${(base[n].at(-1) / 1000).toFixed(1)} s\n`,
      );
    }
    // the same site built again with its caches: the images of unchanged cards are not rendered again
    again[n] = [await timeBuild(site, { cold: false })];
    process.stderr.write(`bench: N=${n} rebuild: site ${(again[n][0] / 1000).toFixed(1)} s\n`);
  }
  return buildRows(ours, base, again);
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function serve(dir) {
  const port = await freePort();
  const child = spawn(astroBin, ['preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    cwd: dir,
    stdio: 'ignore',
    detached: true,
  });
  cleanups.push(() => process.kill(-child.pid, 'SIGTERM'));
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return url;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer on ${url}`);
}

/* global window, document, requestAnimationFrame -- the functions given to page.evaluate and addInitScript run in the page */
/** Collects Event Timing entries into window.__benchEvents from the first paint on. */
function observeEvents() {
  window.__benchEvents = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.__benchEvents.push({ interactionId: e.interactionId, duration: e.duration, name: e.name });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

async function benchInteractions(base) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  cleanups.push(() => browser.close());
  const samples = {};

  for (let r = 0; r < options.runs; r++) {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 412, height: 900 } });
    const page = await context.newPage();
    await page.addInitScript(observeEvents);
    const cdp = await context.newCDPSession(page);
    const profiling = options.profile && r === 0;
    if (profiling) {
      mkdirSync(options.profile, { recursive: true });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    }
    const goto = async (path, ready) => {
      await page.goto(path);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu });
      await page.locator(ready).first().waitFor({ state: 'attached', timeout: 60_000 });
      await settle();
    };
    const settle = () =>
      page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
      );
    const seen = new Set();
    const newEntries = async () =>
      (await page.evaluate(() => window.__benchEvents)).filter(
        (e) => e.interactionId > 0 && !seen.has(e.interactionId),
      );
    /** does `act`, then files every new interaction under `kind` (0 when none reached 16 ms) */
    const measure = async (kind, act) => {
      // whatever came before (typing into other fields, loading) is not this interaction
      await settle();
      for (const e of await newEntries()) seen.add(e.interactionId);
      if (profiling && !recording) {
        await cdp.send('Profiler.start');
        recording = true;
      }
      await act();
      await settle();
      let entries = await newEntries();
      // entries arrive after the next paint; give a slow one a little longer
      for (let i = 0; i < 3 && entries.length === 0; i++) {
        await page.waitForTimeout(100);
        entries = await newEntries();
      }
      for (const e of entries) seen.add(e.interactionId);
      const durations = interactionDurations(entries);
      (samples[kind] ??= []).push(...(durations.length ? durations : [0]));
    };
    // the profile starts at the first measured interaction: loading and hydration are not in it
    let recording = false;
    const profile = async (name, fn) => {
      await fn();
      if (recording) {
        const { profile: p } = await cdp.send('Profiler.stop');
        writeFileSync(join(options.profile, `${name}.cpuprofile`), JSON.stringify(p));
        recording = false;
      }
    };

    // The purpose quiz: every question answered, Next after each, the review, the result.
    await profile('quiz', async () => {
      seen.clear();
      await goto('tools/purpose-quiz/', '.quiz[data-hydrated="true"]');
      // the floor: a native radio button on the same page, outside the island, no script on it
      await page.evaluate(() => {
        const set = document.createElement('fieldset');
        set.id = 'bench-baseline';
        set.innerHTML =
          '<legend>Baseline</legend>' +
          [1, 2, 3, 4].map((i) => `<label><input type="radio" name="bench-baseline"> Option ${i}</label>`).join('');
        document.querySelector('main')?.prepend(set);
      });
      const natives = page.locator('#bench-baseline input');
      for (let i = 0; i < 8; i++) await measure('baseline: native radio', () => natives.nth(i % 4).click());
      await page.evaluate(() => document.getElementById('bench-baseline')?.remove());
      await page.getByRole('button', { name: 'Start the quiz' }).click();
      await settle();
      const review = page.getByRole('heading', { name: 'Check your answers' });
      for (let qi = 0; qi < 40 && !(await review.count()); qi++) {
        const radios = page.locator('.quiz').getByRole('radio');
        await radios.first().waitFor();
        const n = await radios.count();
        await measure('quiz answer', () => radios.nth((qi + r) % n).click());
        await measure('quiz Next', () => page.getByRole('button', { name: /^Next/ }).click());
      }
      await page.getByRole('heading', { name: 'Check your answers' }).waitFor();
      await measure('quiz result', () => page.getByRole('button', { name: 'See my result' }).click());
      await page.locator('.quiz-headline').waitFor();
    });

    // The network-size estimator: keystrokes in a circle's field, then the method switch.
    await profile('estimator', async () => {
      seen.clear();
      await goto('tools/network-size/', '.estimator[data-hydrated="true"]');
      const input = page.getByLabel('1. Support clique', { exact: true });
      await input.click();
      await page.keyboard.press('Control+A');
      await settle();
      for (const key of ['1', '2', 'Backspace', '5', 'Backspace', 'Backspace', '7']) {
        await measure('estimator keystroke', () => page.keyboard.press(key));
      }
      for (const method of [
        'How many people do you know named …?',
        'Count your circles',
        'How many people do you know named …?',
        'Count your circles',
      ]) {
        await measure('estimator method switch', () => page.getByLabel(method, { exact: true }).click());
      }
    });

    // The promotion checklist: the form, "Build my plan", then ticks.
    await profile('checklist', async () => {
      seen.clear();
      await goto('tools/promotion-checklist/', '.cl[data-hydrated]');
      await page.getByLabel('Your name (optional)').fill('Ana Ruiz');
      await page.getByLabel('New role title').fill('Head of Sales');
      await page.getByLabel('Manager', { exact: true }).check();
      await page.getByLabel('Start date of the new role').fill('2027-01-04');
      for (const name of ['Accounting', 'Marketing', 'Engineering'])
        await page.getByRole('checkbox', { name, exact: true }).check();
      await settle();
      await measure('checklist build', () => page.getByRole('button', { name: 'Build my plan' }).click());
      await page.locator('.cl-plan').waitFor();
      const items = page.locator('.cl-plan input[type="checkbox"]');
      const count = Math.min(6, await items.count());
      for (let i = 0; i < count; i++) await measure('checklist tick', () => items.nth(i).click());
    });

    // Your data: erase everything the three tools just stored.
    await profile('your-data', async () => {
      seen.clear();
      await goto('your-data/', '.your-data, main');
      await page.getByRole('button', { name: 'Erase everything' }).click();
      await settle();
      await measure('Your data erase', () => page.getByRole('button', { name: 'Yes, erase everything' }).click());
      await page.getByText('This site keeps nothing in this browser right now.').waitFor();
    });

    await context.close();
    process.stderr.write(`bench: interactions run ${r + 1} of ${options.runs} done\n`);
  }
  return interactionRows(samples, options.runs);
}

try {
  const site = siteCopy();
  const date = new Date().toISOString().slice(0, 10);
  if (options.build) {
    const rows = await benchBuilds(site);
    console.log(
      `\nBuild time (${date}, median of ${options.runs} cold builds; per article = (build(N) − build(0)) ÷ N; bare = Astro + MDX alone, same articles, same run)\n`,
    );
    console.log(formatBuildTable(rows));
  }
  if (options.interactions) {
    // the site as published, without generated articles
    const siteDir = join(site, 'src/content/articles');
    for (const f of readdirSync(siteDir)) if (f.startsWith('bench-article-')) rmSync(join(siteDir, f));
    if (!options.build || options.sizes.at(-1) !== 0 || !existsSync(join(site, 'dist'))) await timeBuild(site);
    const base = await serve(site);
    const rows = await benchInteractions(base);
    console.log(
      `\nInteractions (${date}, Event Timing duration of each interaction, longest event per interactionId, Chromium at ${options.cpu}× CPU slowdown, ${options.runs} runs; < 16 = under the API's 16 ms threshold)\n`,
    );
    console.log(formatInteractionTable(rows));
    if (options.profile)
      console.log(
        `\nCPU profiles of the first run: ${options.profile}/*.cpuprofile (open in Chromium DevTools, Performance panel)`,
      );
  }
  cleanup();
} catch (error) {
  console.error(`bench: could not run: ${error.stack ?? error}`);
  cleanup();
  process.exit(1);
}
