#!/usr/bin/env node
// `npm run bench`: two tables, never a pass or fail (the machine may be busy; the numbers are the result).
// 1. Build time as articles are added: this site (a copy, so src/content is never touched) against a
//    bare Astro + MDX project with the same articles, built in the same run, alternately.
// 2. Interaction latency in Chromium with the CPU slowed down (CDP), from the Event Timing API (the
//    data behind INP): the longest event of each interaction.
// 3. Your people with 10,000 people: an import until stored and listed, against the floor in the same
//    page (Papa Parse reading the same file plus one raw IndexedDB transaction writing the same
//    records); a search keystroke at the CPU slowdown; opening the tool until the first rows show.
//   npm run bench -- --sizes 0,100,1000 --runs 2 --cpu 4 --skip-build --skip-interactions --skip-people
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
let built = false;
/** the site as published (without generated articles), served, and a browser */
async function serve() {
  if (!built) build(site);
  built = true;
  const url = 'http://127.0.0.1:4397/';
  const args = ['preview', '--host', '127.0.0.1', '--port', '4397'];
  const server = spawn('astro', args, { cwd: site, env: { ...process.env, PATH }, stdio: 'ignore', detached: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  while (!(await fetch(url).catch(() => null))?.ok) await new Promise((r) => setTimeout(r, 200));
  const stop = async () => {
    await browser.close();
    process.kill(-server.pid);
  };
  return { url, browser, stop };
}

async function benchInteractions() {
  const { url, browser, stop } = await serve();
  const samples = {};
  try {
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
    await stop();
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

/** a LinkedIn export of n rows, as LinkedIn writes it (byte-order mark, "Notes:" lines, then the header) */
function linkedinExport(n) {
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
  ];
  lines.push('First Name,Last Name,URL,Email Address,Company,Position,Connected On');
  const companies = ['"Acme, Inc."', 'Globex', 'Initech', 'Umbrella', 'Stark Industries'];
  const titles = [
    '"VP, Engineering"',
    'Talent Partner',
    'Head of Sales',
    'Software Engineer',
    'Chief Operating Officer',
  ];
  for (let i = 0; i < n; i++)
    lines.push(
      `Person,Number ${i},https://www.linkedin.com/in/person-${i},${i % 3 ? '' : `person${i}@example.com`},${companies[i % 5]},${titles[(i >> 2) % 5]},0${(i % 9) + 1} Mar 2024`,
    );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/* global indexedDB, Papa -- in page.evaluate */
async function benchPeople() {
  const n = 10_000;
  const text = linkedinExport(n);
  const papa = readFileSync(join(root, 'node_modules/papaparse/papaparse.min.js'), 'utf8');
  const { url, browser, stop } = await serve();
  const rows = [];
  try {
    for (let r = 0; r < runs; r++) {
      const page = await browser.newPage({ baseURL: url, viewport: { width: 1280, height: 900 } });
      await page.goto('tools/your-people/');
      await page.locator('#people-import-file').waitFor();
      // the floor, in the same page: Papa Parse reads the file, one raw IndexedDB transaction writes the records
      await page.evaluate(papa);
      const floor = await page.evaluate(async (file) => {
        const start = performance.now();
        const { data } = Papa.parse(file.slice(file.indexOf('First Name')), { header: true, skipEmptyLines: true });
        // the records the tool stores (src/tools/people/person.ts), in a store with its indexes (db.ts)
        const records = data.map((row) => ({
          id: crypto.randomUUID(),
          name: `${row['First Name']} ${row['Last Name']}`,
          greetAs: '',
          organization: row.Company,
          title: row.Position,
          relation: null,
          former: false,
          networks: [],
          suggestion: null,
          closeness: null,
          notes: '',
          emails: row['Email Address'] ? [row['Email Address']] : [],
          phones: [],
          profileUrl: row.URL,
          connectedOn: null,
          source: 'linkedin',
          cadence: null,
          plannedContact: null,
          changed: {},
          createdAt: Date.now(),
        }));
        const db = await new Promise((resolve, reject) => {
          const open = indexedDB.open('bench-floor', 1);
          open.onupgradeneeded = () => {
            const store = open.result.createObjectStore('people', { keyPath: 'id' });
            for (const index of ['profileUrl', 'name', 'organization', 'relation']) store.createIndex(index, index);
            for (const index of ['emails', 'networks']) store.createIndex(index, index, { multiEntry: true });
          };
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        await new Promise((resolve, reject) => {
          const tx = db.transaction('people', 'readwrite');
          for (const record of records) tx.objectStore('people').put(record);
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
        return performance.now() - start;
      }, text);
      // the import: choose the file, see the preview, store; until the people are stored and listed
      const start = await page.evaluate(() => performance.now());
      await page
        .locator('#people-import-file')
        .setInputFiles({ name: 'Connections.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
      await page.getByRole('button', { name: /^Import .* new and update/ }).click({ timeout: 120_000 });
      // the list's count above the rows ("10,000 people.") once the database has them
      await page
        .locator('.people-count')
        .getByText(`${n.toLocaleString('en-US')} people.`, { exact: true })
        .waitFor({ timeout: 120_000 });
      const ours = (await page.evaluate(() => performance.now())) - start;

      // a search keystroke over 10,000 people, and opening the tool with them stored (the tool's list)
      const cdp = await page.context().newCDPSession(page);
      const search = page.getByRole('searchbox').first();
      let keystroke = null;
      let firstRows = null;
      if (await search.count()) {
        await page.evaluate(() => {
          window.events = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (e.interactionId) window.events.push(e.duration);
          }).observe({ type: 'event', durationThreshold: 16, buffered: false });
        });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
        for (const key of ['P', 'e', 'r', 'Backspace']) await search.press(key);
        await page.waitForTimeout(500);
        keystroke = Math.max(0, ...(await page.evaluate(() => window.events)));
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        await page.reload();
        firstRows = await page.evaluate(
          () =>
            new Promise((resolve) => {
              const look = () =>
                /Person Number \d/.test(document.querySelector('main')?.innerText ?? '')
                  ? resolve(performance.now())
                  : requestAnimationFrame(look);
              look();
            }),
        );
      }
      rows.push({ floor, ours, keystroke, firstRows });
      console.error(`bench: people run ${r + 1}: import ${Math.round(ours)} ms, floor ${Math.round(floor)} ms`);
      await page.close();
    }
  } finally {
    await stop();
  }
  const med = (k) => (rows.some((x) => x[k] === null) ? null : median(rows.map((x) => x[k])));
  const ms = (v) =>
    v === null ? 'not measured (no search box on this build)' : v < 16 ? '< 16' : String(Math.round(v));
  console.log(`\nYour people, ${n.toLocaleString('en-US')} people (median of ${runs} runs)\n`);
  console.log(
    table(
      ['measure', 'ms', 'floor ms', 'ratio'],
      [
        [
          'import until stored and listed (vs Papa Parse + one raw IndexedDB transaction)',
          ms(med('ours')),
          ms(med('floor')),
          (med('ours') / med('floor')).toFixed(1),
        ],
        [`search keystroke, ${cpu}× CPU slowdown (Event Timing)`, ms(med('keystroke')), '–', '–'],
        ['opening the tool until the first rows show', ms(med('firstRows')), '–', '–'],
      ],
    ),
  );
}

try {
  setUp();
  if (!process.argv.includes('--skip-build')) benchBuilds();
  if (!process.argv.includes('--skip-interactions')) await benchInteractions();
  if (!process.argv.includes('--skip-people')) await benchPeople();
} finally {
  rmSync(work, { recursive: true, force: true });
}
