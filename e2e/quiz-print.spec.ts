/**
 * The purpose quiz's largest results on paper: a segmentation plan on screen, and printed on at
 * most two pages of A4 and US Letter, with the site's name and the day, no controls, and no box
 * split across a page; on the tool page and in the article that embeds the quiz.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import type { PurposeId } from '../src/purposes/ids';
import { advise, scoreQuiz, type Advice } from '../src/tools/quiz/scoring';
import { allQuestions } from '../src/tools/quiz/state';
import { words } from '../src/tools/quiz/words';
import { loadPurposeModel } from '../test/support/purpose-model';
import { completeAnswers, loadQuestions, loadTexts } from '../test/support/quiz-model';
import { expect, readPdf, seedStorage, test } from './fixtures';

const TOOL = '/tools/purpose-quiz/';
const ARTICLE = '/articles/is-there-a-purpose-behind-your-networking/';
const model = loadQuestions();
const texts = loadTexts();
const purposes = loadPurposeModel();
const total = allQuestions(model).length;

/** Answers found by a seeded search (the same every run) whose advice passes `wanted`, the largest by `size`. */
function search(wanted: (a: Advice) => boolean, size: (a: Advice) => number) {
  const found = fc
    .sample(completeAnswers(model), { numRuns: 20_000, seed: 13 })
    .flatMap((answers) => {
      const scored = scoreQuiz(model, answers, texts.tieMargin);
      return scored.ok ? [{ answers, advice: advise(scored.result, purposes) }] : [];
    })
    .filter((f) => wanted(f.advice));
  if (!found.length) throw new Error('no answers give the wanted result');
  return found.reduce((best, f) => (size(f.advice) > size(best.advice) ? f : best));
}

/** Two leading purposes that must be kept in separate networks (Social and Personal Brand). */
const twoApart = search(
  (a) => a.mode === 'two' && a.recommendation === 'separate',
  (a) => (a.fit.kind === 'partly' ? 1 : 0),
);
/** Three or more purposes tied, with the most conflicts among them: the largest "choose" result. */
const tied = search(
  (a) => a.mode === 'choose',
  (a) => a.leading.length * 10 + a.conflicts.length,
);
/** the tied purpose whose six answers are the longest: the reader chooses it */
const longest = [...tied.advice.leading].sort(
  (a, b) =>
    Object.values(purposes.purposes[b].dilemmas).join('').length -
    Object.values(purposes.purposes[a].dilemmas).join('').length,
)[0]!;

async function seed(page: Page, answers: Record<string, string>) {
  await seedStorage(page, { quiz: { v: 1, started: true, step: total + 1, answers } });
  // the day the page is printed, fixed so the printed line can be read back
  await page.clock.setFixedTime(new Date(2026, 11, 1, 12, 0, 0));
}

const network = (p: PurposeId) => purposes.purposes[p].inSentence;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** a box's words without the spaces and colons, which the page and the paper place differently */
const bare = (s: string) => s.replace(/[\s:]+/g, '');

/** Each printed page's text in the order it was drawn (pdftotext -raw), so that a box's lines stay together, whatever the columns. */
function pagesInReadingOrder(pdf: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'upproach-pdf-')), 'printed.pdf');
  writeFileSync(file, pdf);
  const text = execFileSync('/usr/bin/pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return text.split('\f').map(bare);
}

test('two conflicting purposes: a plan for each network, and how to keep them apart', async ({ page }) => {
  const [a, b] = twoApart.advice.leading as [PurposeId, PurposeId];
  await seed(page, twoApart.answers);
  await page.goto(TOOL);
  const plan = page.locator('.quiz-plan');
  await expect(plan.getByRole('heading', { name: texts.plan.heading.separate })).toBeVisible();
  // separate networks: the article's words on needing more than one network, nothing on segmenting
  await expect(plan).toContainText('you need to have more than one network');
  await expect(plan).not.toContainText('segmenting and controlling');
  const boxes = plan.locator('.quiz-segment');
  await expect(boxes).toHaveCount(2);
  for (const [p, other] of [
    [a, b],
    [b, a],
  ] as const) {
    const box = page.getByRole('region', { name: `Your ${network(p)}`, exact: true });
    await expect(box).toBeVisible();
    for (const line of ['who', 'howWell', 'share', 'never'] as const) {
      await expect(box).toContainText(texts.plan.labels[line]);
      await expect(box).toContainText(purposes.purposes[p].plan[line]);
    }
    await expect(box.locator('[data-line="apart"] dd')).toHaveText(
      `From your ${network(other)}: ${texts.plan.keepApart.privatePublic}.`,
    );
  }
});

for (const format of ['A4', 'Letter'] as const) {
  for (const [where, path] of [
    ['the tool page', TOOL],
    ['the article', ARTICLE],
  ] as const) {
    for (const [name, found, chosen] of [
      ['two conflicting purposes', twoApart, null],
      [`${tied.advice.leading.length} tied purposes`, tied, longest],
    ] as const) {
      test(`${name} from ${where}: at most two ${format} pages, every box whole`, async ({ page }) => {
        await seed(page, found.answers);
        await page.goto(path);
        const island = page.locator('#purpose-quiz .quiz');
        await island.scrollIntoViewIfNeeded();
        await expect(island).toHaveAttribute('data-hydrated', 'true');
        await expect(page.locator('.quiz-plan')).toBeVisible();
        if (chosen) {
          await page
            .getByRole('group', { name: words.result.chooseLegend })
            .getByRole('radio', { name: network(chosen) })
            .check();
          await expect(page.locator('.quiz-dilemmas')).toHaveCount(1);
        }
        // a tie not settled by a choice prints every leading purpose's six answers; a choice prints its own
        const planFor = chosen;
        // what the boxes say on screen, to find each on paper
        const boxTexts = await page
          .locator('.quiz-result :is(.notice, .quiz-conflict, .quiz-segment)')
          .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
        expect(boxTexts.length).toBeGreaterThanOrEqual(found.advice.leading.length + found.advice.conflicts.length);

        await page.emulateMedia({ media: 'print' });
        const pdf = await page.pdf({ format });
        const { text, pages } = readPdf(pdf);
        expect(pages).toBeLessThanOrEqual(2);
        const flat = squash(text);
        expect(flat).toContain('Printed from UPPROACH on December 1, 2026');
        // headline, profile with values, strategy fit, the plan, the six answers, sources
        expect(flat).toContain(words.result.profileHeading);
        for (const p of found.advice.leading)
          expect(flat).toMatch(new RegExp(`${purposes.purposes[p].label.replace('/', '/\\s*')}`));
        expect(flat).toMatch(/\d+%/);
        expect(flat).toContain(words.result.strategyHeading);
        expect(flat).toContain(texts.plan.heading[found.advice.recommendation as 'segment' | 'separate']);
        for (const p of planFor ? [planFor] : found.advice.leading)
          expect(flat).toContain(squash(`${network(p)}: the six questions answered`));
        // the choice is printed; the request to choose is not
        if (planFor) expect(flat).toContain(squash(`You plan for your ${network(planFor)}`));
        expect(flat).not.toContain('Choose below');
        for (const label of Object.values(texts.dilemmaLabels)) expect(flat).toContain(label);
        expect(flat).toContain(words.result.sourcesHeading);
        // only the chosen purpose's six answers
        if (planFor)
          for (const p of found.advice.leading.filter((p) => p !== planFor))
            expect(flat).not.toContain(`${network(p)}: the six questions answered`);
        // no controls, no page frame
        for (const control of [
          words.copyLink,
          words.retakeConfirm.start,
          words.erase,
          words.result.tableToggle,
          words.result.chooseLegend,
          'Dark theme',
          'Skip to content',
        ])
          expect(flat).not.toContain(control);
        // every box (tie notice, conflicts, plan parts) whole on one page
        const printed = pagesInReadingOrder(pdf);
        for (const box of boxTexts) {
          const whole = bare(box);
          expect(
            printed.some((p) => p.includes(whole)),
            `box split across pages or missing: ${box.slice(0, 60)}…`,
          ).toBe(true);
        }
      });
    }
  }
}
