import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeShare } from '../src/tools/quiz/share-code';
import { allQuestions } from '../src/tools/quiz/state';
import { leaning, loadQuestions } from '../test/support/quiz-model';
import { axeTags as tags, expect, openTool, seedStorage, storageKey, test } from './fixtures';

const TOOL = '/tools/purpose-quiz/';
const ARTICLE = '/articles/is-there-a-purpose-behind-your-networking/';
const QUIZ_KEY = storageKey('quiz');
const PURPOSE_KEY = storageKey('purpose');
const model = loadQuestions();
const questions = allQuestions(model);
const total = questions.length;
const BRAND = 'Your network is mainly a Personal Brand network';

/** Answers leaning to Personal Brand, with "only people I know well": a strategy that does not fit. */
const brandAnswers = leaning(model, 'brand', 'close');
const code = encodeShare(model, brandAnswers)!;
/** the code with its first answer changed: its check no longer matches */
const tampered = code.replace(/\.(\w)/, (_, d: string) => `.${d === '0' ? '1' : '0'}`);

const open = (page: Page, path = TOOL) => openTool(page, path, '#purpose-quiz .quiz');
/** answers saved before the first load, on the result (or at `step`) */
const seedAnswers = (page: Page, answers: Record<string, string>, step = total + 1) =>
  seedStorage(page, { quiz: { v: 1, started: true, step, answers } });
const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const headline = (page: Page) => page.locator('.quiz-headline');

/** Press Tab until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    if (name.test(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ''))) return;
  }
  throw new Error(`never reached ${name}`);
}

async function answerByKeyboard(page: Page, index: number, answerId: string) {
  const q = questions[index]!;
  await expect(page.locator('legend')).toContainText(`Question ${index + 1} of ${total}`);
  await expect(page.locator('legend')).toBeFocused();
  // Tab into the radio group, then arrow to the wanted answer (arrows select in a radio group)
  await page.keyboard.press('Tab');
  const target = q.answers.findIndex((a) => a.id === answerId);
  const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  let at = q.answers.findIndex((a) => a.id === current);
  if (at === target) await page.keyboard.press('Space');
  for (; at < target; at++) await page.keyboard.press('ArrowDown');
  for (; at > target; at--) await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('radio', { name: q.answers[target]!.text })).toBeChecked();
  await tabTo(page, /^Next/);
  await page.keyboard.press('Enter');
}

test('complete the quiz by keyboard only, with review and a result that is announced and focused', async ({ page }) => {
  await open(page);
  await expect(page.locator('.quiz-purposes li')).toHaveCount(5);
  await page.getByRole('button', { name: 'Start the quiz' }).focus();
  await page.keyboard.press('Enter');
  // Next without an answer is refused with a message
  await page.keyboard.press('Tab');
  await tabTo(page, /^Next/);
  await page.keyboard.press('Enter');
  await expect(page.getByText('Choose an answer to continue.')).toBeVisible();
  await page.locator('legend').focus();
  for (let i = 0; i < total; i++) await answerByKeyboard(page, i, brandAnswers[questions[i]!.id]!);
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
  await expect(page.locator('.quiz-review-list > li')).toHaveCount(total);
  await tabTo(page, /^See my result$/);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: BRAND })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `Result: ${BRAND}.` })).toHaveCount(1);
  const values = await page.locator('.quiz-bar-value').allTextContents();
  expect(values.reduce((a, v) => a + Number(v.replace('%', '')), 0)).toBe(100);
  await expect(page.locator('[data-fit="notFit"]')).toContainText('It does not fit.');
  await expect(page.locator('.quiz')).not.toContainText(/NaN|undefined|Infinity/);
  // the shared purpose is stored for the estimator and the checklist
  expect(await stored(page, PURPOSE_KEY)).toBe('{"v":1,"purpose":"brand"}');
  // the article section link lands on the heading
  const about = page.getByRole('link', { name: /Read about the Personal Brand network/ });
  await expect(about).toHaveAttribute('href', `${ARTICLE}#personal-brand-building-network`);
  await about.click();
  await expect(page.locator('#personal-brand-building-network')).toBeVisible();
});

test('See my result shows the whole result at once: no script is fetched after the click', async ({ page }) => {
  await seedAnswers(page, brandAnswers, total);
  await open(page);
  await page.waitForLoadState('networkidle');
  const scripts: string[] = [];
  page.on('request', (r) => new URL(r.url()).pathname.endsWith('.js') && scripts.push(r.url()));
  // how many percentages the page holds when the heading first appears
  await page.evaluate(() => {
    const island = document.querySelector('#purpose-quiz')!;
    new MutationObserver((_, observer) => {
      if (!island.querySelector('.quiz-headline')) return;
      island.setAttribute('data-bars-with-heading', String(island.querySelectorAll('.quiz-bar-value').length));
      observer.disconnect();
    }).observe(island, { childList: true, subtree: true });
  });
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.locator('#purpose-quiz')).toHaveAttribute('data-bars-with-heading', '5');
  await expect(page.locator('.quiz-bar-value')).toHaveText(Array.from({ length: 5 }, () => /^\d+%$/));
  await expect(page.locator('.quiz-bar-value').last()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
});

/** Answers whose scores tie five ways (9, 9, 9, 8 and 8 points: 21, 21, 21, 19 and 18%), in question order. */
const fiveWayTie = Object.fromEntries(
  'middle family decision-makers answers door-openers accept-reach catch-up large worked-with meet-deciders be-there reactions new-job insight'
    .split(' ')
    .map((answer, i) => [questions[i]!.id, answer]),
);

test('a five-way tie asks the reader to choose; the estimator and the checklist use the choice', async ({ page }) => {
  // every answer given, on the review: the reader presses "See my result"
  await seedAnswers(page, fiveWayTie, total);
  await open(page);
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { name: 'No single purpose stands out' })).toBeFocused();
  await expect(page.locator('.quiz-bar-value')).toHaveText(['21%', '21%', '21%', '19%', '18%']);
  await expect(page.locator('.quiz')).not.toContainText(/mainly|main purpose/);
  // no full set of the six answers until the reader chooses, and no purpose passed on yet
  await expect(page.locator('.quiz-dilemmas')).toHaveCount(0);
  // the other tools are told of the tie: its first purpose, with all five tied
  const tie = JSON.parse((await stored(page, PURPOSE_KEY))!) as { purpose: string; tied: string[] };
  expect(tie.tied).toHaveLength(5);
  expect(tie.purpose).toBe(tie.tied[0]);
  const choose = page.getByRole('group', { name: 'Which purpose do you want to plan for?' });
  await expect(choose.getByRole('radio')).toHaveCount(5);
  // by keyboard: into the group, then arrow to Personal Brand (the last of the five)
  await choose.getByRole('radio', { name: 'Social network' }).focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  const brand = choose.getByRole('radio', { name: 'Personal Brand network' });
  await expect(brand).toBeChecked();
  await expect(brand).toBeFocused();
  await expect(page.locator('.quiz-choice')).toHaveText(/^You plan for your Personal Brand network/);
  // one coherent headline: the tie and the choice
  await expect(headline(page)).toHaveText('No single purpose stands out, and you plan for your Personal Brand network');
  await expect(page.locator('.quiz')).not.toContainText(/mostly/);
  await expect(page.locator('.quiz-dilemmas')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /Your Personal Brand network: the six questions/ })).toBeVisible();
  expect(await stored(page, PURPOSE_KEY)).toBe('{"v":1,"purpose":"brand"}');
  // the choice survives a reload, and the estimator starts from it
  await page.reload();
  await expect(
    page
      .getByRole('group', { name: 'Which purpose do you want to plan for?' })
      .getByRole('radio', { name: 'Personal Brand network' }),
  ).toBeChecked();
  await page.goto('/tools/network-size/');
  await expect(page.locator('.est-island')).toContainText('Using Personal Brand, the purpose from your quiz result.');
});

test('reloading mid-way resumes at the same question with the answers kept', async ({ page }) => {
  await open(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (const q of questions.slice(0, 3)) {
    await page.getByRole('radio', { name: q.answers[1]!.text }).check();
    await page.getByRole('button', { name: /^Next/ }).click();
  }
  await expect(page.locator('legend')).toContainText(`Question 4 of ${total}`);
  await page.reload();
  await expect(page.locator('#purpose-quiz .quiz')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.locator('legend')).toContainText(`Question 4 of ${total}`);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: questions[2]!.answers[1]!.text })).toBeChecked();
});

test('a preview link in a fresh browser shows the same result, storing nothing', async ({ page, browser, baseURL }) => {
  await seedAnswers(page, brandAnswers);
  await open(page);
  await expect(headline(page)).toHaveText(BRAND);
  const mine = await page.locator('.quiz-bars').innerText();
  const link = page.getByLabel('Link to your result');
  // the plain link keeps the purpose out of the address
  await page.getByRole('button', { name: 'Copy a link without my purpose' }).click();
  await expect(link).toHaveValue(`${baseURL}${TOOL}#${code}`);
  // the link offered first is the leading purpose's preview page; the button says what it reveals
  const copy = page.getByRole('button', { name: 'Copy link to my result' });
  await expect(copy).toHaveAccessibleDescription(
    /Both links open your whole result.*never send.*names your purpose, Personal Brand, in the address/,
  );
  await copy.click();
  await expect(link).toHaveValue(`${baseURL}${TOOL}brand/#${code}`);
  expect(new URL(await link.inputValue()).hash).not.toMatch(/%|brand|percent/);

  const other = await browser.newContext();
  const visitor = await other.newPage();
  const problems: string[] = [];
  visitor.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  visitor.on('pageerror', (e) => problems.push(e.message));
  await visitor.goto(await link.inputValue());
  await expect(headline(visitor)).toHaveText(BRAND);
  await expect(visitor.getByText(/Someone shared this result with you/)).toBeVisible();
  expect(await visitor.locator('.quiz-bars').innerText()).toBe(mine);
  expect(await visitor.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await visitor.getByRole('button', { name: 'Keep this as my result' }).click();
  await expect(visitor.getByRole('button', { name: 'Copy link to my result' })).toBeVisible();
  expect(JSON.parse((await stored(visitor, QUIZ_KEY))!)).toMatchObject({ step: total + 1, answers: brandAnswers });
  expect(new URL(visitor.url()).hash).toBe('');
  expect(problems).toEqual([]);
  await other.close();
});

test('Back leaves a shared result for the reader’s own quiz, and Forward opens it again', async ({ page }) => {
  await open(page);
  // the link pasted into the address bar of the open page
  await page.goto(`${TOOL}#${code}`);
  const sharedNote = page.getByText(/Someone shared this result with you/);
  await expect(sharedNote).toBeVisible();
  await expect(headline(page)).toHaveText(BRAND);
  await page.goBack();
  expect(new URL(page.url()).hash).toBe('');
  await expect(sharedNote).toHaveCount(0);
  await expect(headline(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(page.locator('.quiz')).toHaveAttribute('data-screen', 'intro');
  await page.goForward();
  await expect(sharedNote).toBeVisible();
  await expect(headline(page)).toHaveText(BRAND);
  // a jump within the page (the skip link) is not leaving the shared result
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(sharedNote).toBeVisible();
  // nothing of the shared result was stored
  expect(await stored(page, QUIZ_KEY)).toBeNull();
});

test('damaged saved answers start fresh and say so once; OK by keyboard focuses the quiz', async ({ page }) => {
  await seedStorage(page, { quiz: '{"v":1,"answers":' }); // truncated JSON
  await open(page);
  const notice = page.getByText(/so the quiz has started fresh/);
  await expect(notice).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeEnabled();
  await tabTo(page, /^OK$/);
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  // the focus goes on to the intro's heading, the next thing on the screen
  await expect(page.getByRole('heading', { name: 'The five purposes the quiz measures' })).toBeFocused();
  await page.reload();
  await expect(page.locator('#purpose-quiz .quiz')).toHaveAttribute('data-hydrated', 'true');
  await expect(notice).toHaveCount(0);
});

test('a share link with what a chat app or a sentence adds after it still opens the result', async ({ page }) => {
  for (const tail of ['.', ')', '/', '%20', '&utm_source=chat']) {
    await open(page, `${TOOL}#${code}${tail}`);
    await expect(headline(page), tail).toHaveText(BRAND);
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
});

test('tampered, truncated and future links each say what is wrong and offer the quiz', async ({ page }) => {
  for (const [path, message] of [
    [`${TOOL}#${tampered}`, /does not check out/],
    // cut short: the last answer digit and the whole check are gone, so it is not a complete code
    [`${TOOL}#${code.slice(0, -6)}`, /incomplete or damaged/],
    [`${TOOL}#${code.replace('v1.', 'v9.')}`, /newer version/],
    // a preview page gets the same message, and hides the purpose its address names
    [`${TOOL}brand/#${tampered}`, /does not check out/],
  ] as const) {
    await open(page, path);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.getByText(/You can take the quiz yourself: \d+ questions/)).toBeVisible();
    await expect(headline(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'About the Personal Brand purpose' })).toBeHidden();
  }
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('a share link opened on load focuses the result’s heading, or the broken link’s', async ({ page }) => {
  await open(page, `${TOOL}#${code}`);
  await expect(page.getByRole('heading', { name: BRAND })).toBeFocused();
  await page.goto(`${TOOL}#${tampered}`);
  await page.reload(); // a new page load, not a fragment change
  await expect(page.getByRole('heading', { name: 'This result link can’t be used' })).toBeFocused();
});

test('keeping a shared result asks before it replaces the reader’s own result', async ({ page }) => {
  // the reader's own result leans to Strategic/Perspective; the shared one is Personal Brand
  const strategic = leaning(model, 'strategic', 'middle');
  await seedAnswers(page, strategic);
  await open(page, `${TOOL}#${code}`);
  await expect(headline(page)).toHaveText(BRAND);
  // leaving goes back to the reader's own result, and says so
  await expect(page.getByRole('button', { name: 'Show my result' })).toBeVisible();
  await page.getByRole('button', { name: 'Keep this as my result' }).click();
  const ask = page.getByRole('group', { name: 'Replace your own answers?' });
  await expect(ask).toContainText('This browser already holds your own quiz answers');
  await expect(ask.getByRole('button', { name: 'Keep my own answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  expect(JSON.parse((await stored(page, QUIZ_KEY))!)).toMatchObject({ answers: strategic });
  await page.getByRole('button', { name: 'Keep this as my result' }).click();
  await ask.getByRole('button', { name: 'Replace my answers' }).click();
  await expect(page.getByRole('heading', { name: BRAND })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Copy link to my result' })).toBeVisible();
  expect(JSON.parse((await stored(page, QUIZ_KEY))!)).toMatchObject({ step: total + 1, answers: brandAnswers });
  expect(new URL(page.url()).hash).toBe('');
});

test('a broken link offers the reader’s saved result rather than a fresh quiz', async ({ page }) => {
  await seedAnswers(page, brandAnswers);
  await open(page, `${TOOL}#${code.replace('v1.', 'v9.')}`);
  await expect(page.getByRole('alert')).toContainText(/newer version/);
  await expect(page.getByRole('button', { name: 'Take the quiz' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show my result' }).click();
  await expect(headline(page)).toHaveText(BRAND);
});

for (const width of [375, 320]) {
  test(`at ${width}px the result, with its table open, never scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await seedAnswers(page, brandAnswers);
    await open(page);
    await page.getByText('Show the scores as a table').click();
    const table = await page.getByRole('table').boundingBox();
    const { scroll, viewport } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(viewport);
    // the table itself fits too: no column is cut off
    expect(table!.x + table!.width).toBeLessThanOrEqual(viewport);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [TOOL, ARTICLE]) {
    test(`the five purposes and what the quiz needs, no button it cannot keep (${path})`, async ({ page }) => {
      await page.goto(path);
      const island = page.locator('#purpose-quiz .quiz-island');
      await expect(island.locator('.quiz-purposes li')).toHaveCount(5);
      await expect(island.locator('.quiz-purposes li').first()).toBeVisible();
      await expect(island.getByText(/The quiz needs JavaScript/)).toBeVisible();
      // the useful static part: the questions, to think over
      const list = island.locator('.quiz-noscript-questions');
      await expect(list.locator('summary')).toHaveText('The questions the quiz asks');
      await list.locator('summary').click();
      await expect(island.locator('.quiz-noscript-questions li')).toHaveCount(total);
      await expect(island.locator('.quiz-noscript-questions li').first()).toHaveText(questions[0]!.prompt);
      // what needs JavaScript is there but hidden (toBeHidden alone would pass on nothing found)
      const needsJs = island.locator('.quiz-needs-js');
      await expect(needsJs).toHaveCount(3);
      for (const element of [
        needsJs.locator('button', { hasText: 'Start the quiz' }),
        needsJs.filter({ hasText: /Your answers stay in this browser/ }),
        needsJs.filter({ hasText: /short questions, one at a time/ }),
      ]) {
        await expect(element).toHaveCount(1);
        await expect(element).not.toBeVisible();
      }
    });
  }
});

test('erase my answers removes the answers and the shared purpose', async ({ page }) => {
  await seedAnswers(page, brandAnswers);
  await open(page);
  await page.getByRole('button', { name: 'Erase my answers' }).click();
  await expect(page.getByText(/Your answers and result are erased/)).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => /^upproach:(quiz|purpose)/.test(k))),
  ).toEqual([]);
});

test('in the article the quiz waits until it is near the viewport, then works', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.url().includes('QuizIsland') && scripts.push(r.url()));
  await page.goto(ARTICLE);
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  const island = page.locator('#purpose-quiz');
  await expect(island.locator('.quiz-purposes li')).toHaveCount(5); // server-rendered
  await island.scrollIntoViewIfNeeded();
  await expect(island.locator('.quiz')).toHaveAttribute('data-hydrated', 'true');
  expect(scripts.length).toBeGreaterThan(0);
  await island.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(island.locator('legend')).toContainText(`Question 1 of ${total}`);
});

test('the printed result is black on white, even in the dark theme, without the buttons', async ({ page }) => {
  await seedAnswers(page, brandAnswers);
  await page.addInitScript(() => localStorage.setItem('upproach:theme', 'dark'));
  await open(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  await expect(headline(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy link to my result' })).toBeHidden();
  await expect(page.locator('.quiz-sources')).toBeVisible();
  // every visible text in the result prints black, on a white page (no element paints another background)
  const colours = await page.locator('.quiz-result').evaluate((root) => {
    const texts = new Set<string>();
    const backgrounds = new Set<string>();
    for (let el: Element | null = root; el; el = el.parentElement)
      backgrounds.add(getComputedStyle(el).backgroundColor);
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if ((el as HTMLElement).closest('details:not([open]) > :not(summary)')) continue;
      backgrounds.add(style.backgroundColor);
      if ([...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== ''))
        texts.add(style.color);
    }
    return { texts: [...texts], backgrounds: [...backgrounds] };
  });
  expect(colours.texts).toEqual(['rgb(0, 0, 0)']);
  expect(colours.backgrounds.filter((b) => b !== 'rgba(0, 0, 0, 0)').every((b) => b === 'rgb(255, 255, 255)')).toBe(
    true,
  );
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('when the browser refuses to save, the quiz works and says answers will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await open(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const first = page.getByRole('radio', { name: questions[0]!.answers[1]!.text });
  await first.check();
  await expect(first).toBeChecked();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.locator('legend')).toContainText(`Question 2 of ${total}`);
  const alert = page.getByRole('alert').filter({ hasText: 'would not let the site save' });
  await expect(alert).toHaveCount(1);
  await expect(alert).toBeVisible();
  expect(await stored(page, QUIZ_KEY)).toBeNull();
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: intro, question with error, review and result have no violations (${theme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript((t) => localStorage.setItem('upproach:theme', t), theme);
    const check = async (state: string) => {
      const results = await new AxeBuilder({ page }).include('#purpose-quiz').withTags(tags).analyze();
      expect(results.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    };
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await check('intro');
    await page.getByRole('button', { name: 'Start the quiz' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Choose an answer to continue.')).toBeVisible();
    await check('question');
    for (const q of questions) {
      await page.getByRole('radio', { name: q.answers.find((a) => a.id === brandAnswers[q.id])!.text }).check();
      await page.getByRole('button', { name: /^Next/ }).click();
    }
    await check('review');
    await page.getByRole('button', { name: 'See my result' }).click();
    await page.locator('.quiz-table summary').click();
    await page.getByRole('button', { name: 'Copy link to my result' }).click();
    await expect(page.getByLabel('Link to your result')).toBeVisible();
    await check('result');
    const whole = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(whole.violations.map((v) => v.id)).toEqual([]);
  });
}

test('a preview page names its purpose, and describes it when opened without a result', async ({ page }) => {
  await open(page, `${TOOL}strategic/`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    'My networking purpose: Strategic/Perspective',
  );
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/og\/tools\/purpose-quiz\/strategic\.png$/,
  );
  await expect(page).toHaveTitle(/^My networking purpose: Strategic\/Perspective/);
  await expect(page.getByRole('heading', { name: 'About the Strategic/Perspective purpose' })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Read about the Strategic/Perspective network in the article' }),
  ).toBeVisible();
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/tools\/purpose-quiz\/strategic\/$/);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  // the quiz itself is there to take
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeEnabled();
  const axe = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a preview page shows the result its answers score, never the address’s claim', async ({ page }) => {
  // Personal Brand answers under the Strategic/Perspective address
  await open(page, `${TOOL}strategic/#${code}`);
  await expect(headline(page)).toHaveText(BRAND);
  await expect(page.getByRole('heading', { name: 'About the Strategic/Perspective purpose' })).toBeHidden();
  await expect(
    page
      .getByText(/Strategic\/Perspective/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible(); // in the chart, as one of five
});

test('two tabs: Retake asks first; then no other tool claims a quiz result', async ({ page, context }) => {
  test.slow(); // three pages hydrate in one browser
  await seedAnswers(page, brandAnswers);
  await seedStorage(page, { purpose: { v: 1, purpose: 'brand' } });
  await open(page);
  await expect(page.getByText('(set to Personal Brand)')).toBeVisible();
  const estimator = await context.newPage();
  await estimator.goto('/tools/network-size/');
  await expect(estimator.locator('.est-source')).toHaveText('Using Personal Brand, the purpose from your quiz result.');
  const checklist = await context.newPage();
  await checklist.goto('/tools/promotion-checklist/');
  await expect(checklist.locator('.cl-purpose-note')).toContainText('Personal Brand');

  await page.bringToFront();
  await page.getByRole('button', { name: 'Retake the quiz' }).click();
  // nothing is erased until the reader says so; Cancel has the focus
  const confirm = page.getByRole('group', { name: 'Confirm retaking the quiz' });
  await expect(confirm.getByRole('button', { name: 'Keep my result' })).toBeFocused();
  expect(await stored(page, QUIZ_KEY)).not.toBeNull();
  await confirm.getByRole('button', { name: 'Yes, start again' }).click();
  await expect(page.locator('legend')).toContainText(`Question 1 of ${total}`);
  expect(await stored(page, PURPOSE_KEY)).toBeNull();

  await expect(estimator.locator('.est-source')).toContainText('You have not taken the');
  await expect(estimator.locator('.estimator')).not.toContainText('from your quiz result');
  await expect(checklist.locator('.cl-purpose-note')).toHaveCount(0);
});

test('a newer version’s save is kept untouched; the quiz says so and works from memory', async ({ page }) => {
  const raw = '{"v":2,"answers":{"future":"yes"}}';
  await seedStorage(page, { quiz: raw });
  await open(page);
  await expect(page.getByText(/saved by a newer version of this site/)).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('input[type=radio]').first().check();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.locator('legend')).toContainText('Question 2 of');
  expect(await stored(page, QUIZ_KEY)).toBe(raw);
  await page.reload();
  await expect(page.getByText(/saved by a newer version of this site/)).toBeVisible();
  expect(await stored(page, QUIZ_KEY)).toBe(raw);
});

/** answers (in question order) whose result ties, with the reader's inviting strategy first */
const answersOf = (ids: string) => Object.fromEntries(ids.split(' ').map((answer, i) => [questions[i]!.id, answer]));
/** Social, Strategic/Perspective and Personal Brand at 23% each: a pair that needs separate networks and pairs that could share one */
const threeWayTie = answersOf(
  'close family audience advice door-openers accept-skills catch-up board trust-judgement meet-deciders endorse useful launching support',
);
/** Personal Brand 29% and Strategic/Perspective 26% */
const brandStrategicTie = answersOf(
  'open expertise audience advice knowledgeable accept-opportunity ask-lead large very-well publish be-there useful looking insight',
);

test('a three-way tie with a pair that needs separate networks: one verdict, separate networks, a network for each', async ({
  page,
}) => {
  await seedAnswers(page, threeWayTie);
  await open(page);
  await expect(headline(page)).toHaveText('No single purpose stands out');
  await expect(page.locator('[data-recommendation]')).toHaveAttribute('data-recommendation', 'separate');
  // outside the article's own words (in quotation marks), nothing says to segment
  const said = (await page.locator('.quiz-result').innerText()).replace(/“[^”]*”/g, '');
  expect(said).toContain('Keep separate networks');
  expect(said).not.toMatch(/segment|one platform for both|lists or audiences in one network/i);
  await expect(page.getByRole('heading', { name: 'A plan for each of your networks' })).toBeVisible();
  await expect(page.locator('.quiz-segment')).toHaveCount(3);
  await expect(page.locator('.quiz-conflict .quiz-advice-intro')).toHaveText(
    Array.from({ length: 2 }, () => 'How to keep separate networks:'),
  );
});

test('fit words follow the article: Strategic/Perspective with people you know well fits', async ({ page }) => {
  await seedAnswers(page, leaning(model, 'strategic', 'close'));
  await open(page);
  await expect(page.locator('[data-fit]')).toHaveAttribute('data-fit', 'fits');
  await expect(page.locator('[data-fit]')).not.toContainText(/change whom|does not fit/i);
});

test('fit words follow the article: Personal Brand inviting anyone fits, and is never “choosing deliberately”', async ({
  page,
}) => {
  await seedAnswers(page, leaning(model, 'brand', 'open'));
  await open(page);
  await expect(headline(page)).toHaveText(BRAND);
  await expect(page.locator('[data-fit]')).toHaveAttribute('data-fit', 'fits');
  await expect(page.locator('[data-fit]')).not.toContainText(/deliberate/);
});

test('a tie: choose the second purpose, Strategic/Perspective, share it; the opener sees the choice, not a chooser; “Take the quiz yourself” leaves the friend’s page for good', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // two browsers
  await seedAnswers(page, brandStrategicTie);
  await open(page);
  await expect(page.locator('.quiz-tie')).toHaveText(
    /^These two purposes have shares within 3 percentage points of each other/,
  );
  await page
    .getByRole('group', { name: 'Which purpose do you want to plan for?' })
    .getByRole('radio', { name: 'Strategic/Perspective network' })
    .check();
  await page.getByRole('button', { name: 'Copy link to my result' }).click();
  const link = await page.getByLabel('Link to your result').inputValue();
  expect(link).toBe(`${baseURL}${TOOL}strategic/#${encodeShare(model, brandStrategicTie)}`);

  const other = await browser.newContext();
  const friend = await other.newPage();
  // the friend has a Social result of their own
  await seedAnswers(friend, leaning(model, 'social', 'close'));
  await friend.goto(link);
  await expect(friend.locator('#purpose-quiz .quiz')).toHaveAttribute('data-hydrated', 'true');
  await expect(friend).toHaveTitle(/^My networking purpose: Strategic\/Perspective/);
  await expect(friend.locator('.quiz-choice')).toHaveText(
    'The person who shared this result chose to plan for the Strategic/Perspective network.',
  );
  await expect(friend.getByRole('group', { name: 'Which purpose do you want to plan for?' })).toHaveCount(0);
  await expect(friend.locator('.quiz')).not.toContainText(/Choose below/);

  await friend.getByRole('button', { name: 'Show my result' }).click();
  const mine = friend.getByRole('heading', { name: 'Your network is mainly a Social network' });
  await expect(mine).toBeFocused();
  // focus on a heading the reader can see: never an empty, zero-height element
  expect((await mine.boundingBox())!.height).toBeGreaterThan(0);
  await expect(friend).toHaveURL(`${baseURL}${TOOL}`);
  await expect(friend).toHaveTitle('Networking purpose quiz · UPPROACH');
  await expect(friend.getByRole('heading', { name: /About the .* purpose/ })).toBeHidden();
  await friend.reload();
  await expect(friend.locator('#purpose-quiz .quiz')).toHaveAttribute('data-hydrated', 'true');
  await expect(friend).toHaveTitle('Networking purpose quiz · UPPROACH');
  await expect(friend.getByRole('heading', { name: /About the .* purpose/ })).toHaveCount(0);
  await other.close();
});

test('a friend’s preview link, no result of one’s own: “Take the quiz yourself” focuses the quiz’s first heading, on the tool’s own page', async ({
  page,
  baseURL,
}) => {
  await open(page, `${TOOL}career/#${encodeShare(model, leaning(model, 'career', 'middle'))}`);
  await page.getByRole('button', { name: 'Take the quiz yourself' }).click();
  const heading = page.getByRole('heading', { name: 'The five purposes the quiz measures' });
  await expect(heading).toBeFocused();
  expect((await heading.boundingBox())!.height).toBeGreaterThan(0);
  await expect(page).toHaveURL(`${baseURL}${TOOL}`);
  await expect(page).toHaveTitle('Networking purpose quiz · UPPROACH');
  await expect(page.getByRole('heading', { name: 'About the Career/Business Opportunity purpose' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'About the Career/Business Opportunity purpose' })).toHaveCount(0);
});

test('a tie not chosen: the link names no purpose, and the opener is told none was chosen', async ({
  page,
  baseURL,
}) => {
  await seedAnswers(page, brandStrategicTie);
  await open(page);
  await expect(page.getByRole('button', { name: 'Copy link to my result' })).toHaveAccessibleDescription(
    /neither link names a purpose/,
  );
  await page.getByRole('button', { name: 'Copy link to my result' }).click();
  const link = await page.getByLabel('Link to your result').inputValue();
  expect(link).toBe(`${baseURL}${TOOL}#${encodeShare(model, brandStrategicTie)}`);
  await page.evaluate(() => localStorage.clear());
  await page.goto(link);
  await expect(page.locator('.quiz-choice')).toHaveText(
    'The person who shared this result did not choose one of these purposes to plan for.',
  );
});

test('change one answer from the result: the review, every other answer kept, a new result', async ({ page }) => {
  await seedAnswers(page, brandAnswers);
  await open(page);
  await page.getByRole('button', { name: 'Change an answer' }).click();
  await expect(page.getByRole('heading', { name: 'Check your answers' })).toBeFocused();
  await page.getByRole('button', { name: /^Change answer 1:/ }).click();
  await page.getByRole('radio', { name: 'I invite anyone, and I let anyone in.' }).check();
  await page.getByRole('button', { name: 'Back to the review' }).click();
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(headline(page)).toBeFocused();
  await expect(page.locator('[data-fit]')).toHaveAttribute('data-fit', 'fits');
  const saved = JSON.parse((await stored(page, QUIZ_KEY))!) as { answers: Record<string, string> };
  expect(saved.answers).toEqual({ ...brandAnswers, inviting: 'open' });
});

test('the printed tied result shows the choice, not the request to choose', async ({ page }) => {
  await seedAnswers(page, brandStrategicTie);
  await seedStorage(page, { purpose: { v: 1, purpose: 'brand' } });
  await open(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quiz-choice')).toBeVisible();
  await expect(page.locator('.quiz-choice')).toHaveText(/^You plan for your Personal Brand network/);
  await expect(page.getByRole('group', { name: 'Which purpose do you want to plan for?' })).toBeHidden();
});
