import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { encodeShare } from '../src/tools/quiz/share-code';
import { allQuestions } from '../src/tools/quiz/model';
import { leaning, loadQuestions } from '../test/support/quiz-model';
import { axeTags as tags, expect, test } from './fixtures';

const TOOL = '/tools/purpose-quiz/';
const ARTICLE = '/articles/is-there-a-purpose-behind-your-networking/';
const QUIZ_KEY = 'upproach:quiz:v1';
const model = loadQuestions();
const questions = allQuestions(model);
const total = questions.length;

/** Answers leaning to Personal Brand, with "only people I know well": a strategy that does not fit. */
const brandAnswers = leaning(model, 'brand', 'close');

const quiz = (page: Page) => page.locator('#purpose-quiz .quiz');

async function ready(page: Page) {
  await expect(quiz(page)).toHaveAttribute('data-hydrated', 'true');
}

/** Press Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    if (name.test(focused)) return;
  }
  throw new Error(`never reached ${name}`);
}

async function answerByKeyboard(page: Page, index: number, answerId: string) {
  const q = questions[index]!;
  const legend = page.locator('legend');
  await expect(legend).toContainText(`Question ${index + 1} of ${total}`);
  await expect(legend).toBeFocused();
  // Tab into the radio group, then arrow to the wanted answer (arrows select in a radio group)
  await page.keyboard.press('Tab');
  const target = q.answers.findIndex((a) => a.id === answerId);
  const current = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  let at = q.answers.findIndex((a) => a.id === current);
  if (at === target) await page.keyboard.press('Space');
  while (at < target) {
    await page.keyboard.press('ArrowDown');
    at++;
  }
  while (at > target) {
    await page.keyboard.press('ArrowUp');
    at--;
  }
  await expect(page.getByRole('radio', { name: q.answers[target]!.text })).toBeChecked();
  await tabTo(page, /^Next/);
  await page.keyboard.press('Enter');
}

async function seedResult(page: Page, answers: Record<string, string>) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [QUIZ_KEY, JSON.stringify({ v: 1, started: true, step: total + 1, answers })] as const,
  );
}

test('complete the quiz by keyboard only, with review and a result that is announced and focused', async ({ page }) => {
  await page.goto(TOOL);
  await ready(page);
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
  const review = page.getByRole('heading', { name: 'Check your answers' });
  await expect(review).toBeFocused();
  await expect(page.locator('.quiz-review-list > li')).toHaveCount(total);
  await tabTo(page, /^See my result$/);
  await page.keyboard.press('Enter');
  const headline = page.getByRole('heading', { name: 'Your network is mainly a Personal Brand network' });
  await expect(headline).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: 'Result: Your network is mainly a Personal Brand network.' }),
  ).toHaveCount(1);
  // five percentages that add up to 100
  // the profile loads with the result (a chunk of its own): wait for all five bars
  await expect(page.locator('.quiz-bar-value')).toHaveCount(5);
  const values = await page.locator('.quiz-bar-value').allTextContents();
  expect(values).toHaveLength(5);
  expect(values.reduce((a, v) => a + Number(v.replace('%', '')), 0)).toBe(100);
  await expect(page.locator('[data-fit="notFit"]')).toContainText('It does not fit.');
  await expect(page.getByRole('link', { name: /Read about the Personal Brand network/ })).toHaveAttribute(
    'href',
    `${ARTICLE}#personal-brand-building-network`,
  );
  await expect(page.locator('.quiz')).not.toContainText(/NaN|undefined|Infinity/);
  // the shared purpose is stored for the estimator and the checklist
  expect(await page.evaluate(() => localStorage.getItem('upproach:purpose:v1'))).toBe('{"v":1,"purpose":"brand"}');
  // the article section link lands on the heading
  await page.getByRole('link', { name: /Read about the Personal Brand network/ }).click();
  await expect(page.locator('#personal-brand-building-network')).toBeVisible();
});

/** Answers whose scores tie five ways (9, 9, 9, 8 and 8 points: 21, 21, 21, 19 and 18%). */
const fiveWayTie: Record<string, string> = {
  inviting: 'middle',
  share: 'family',
  reach: 'decision-makers',
  hope: 'answers',
  strangers: 'door-openers',
  'stranger-invite': 'accept-reach',
  message: 'catch-up',
  size: 'large',
  'know-well': 'worked-with',
  time: 'meet-deciders',
  'ask-of-them': 'be-there',
  spread: 'reactions',
  situation: 'new-job',
  give: 'insight',
};

test('a five-way tie says no purpose stands out and asks the reader to choose; the estimator and the checklist use the choice', async ({
  page,
}) => {
  // every answer given, on the review: the reader presses "See my result"
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [QUIZ_KEY, JSON.stringify({ v: 1, started: true, step: total, answers: fiveWayTie })] as const,
  );
  await page.goto(TOOL);
  await ready(page);
  await page.getByRole('button', { name: 'See my result' }).click();
  const headline = page.getByRole('heading', { name: 'No single purpose stands out' });
  await expect(headline).toBeFocused();
  await expect(page.locator('.quiz-bar-value')).toHaveText(['21%', '21%', '21%', '19%', '18%']);
  await expect(page.locator('.quiz')).not.toContainText(/mainly|main purpose/);
  // no full set of the six answers until the reader chooses, and no purpose passed on yet
  await expect(page.locator('.quiz-dilemmas')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('upproach:purpose:v1'))).toBeNull();
  const choose = page.getByRole('group', { name: 'Which purpose do you want to plan for?' });
  await expect(choose.getByRole('radio')).toHaveCount(5);
  // by keyboard: into the group, then arrow to Personal Brand (the last of the five)
  await choose.getByRole('radio', { name: 'Social network' }).focus();
  await page.keyboard.press('Space');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(choose.getByRole('radio', { name: 'Personal Brand network' })).toBeChecked();
  await expect(choose.getByRole('radio', { name: 'Personal Brand network' })).toBeFocused();
  await expect(choose.getByRole('status')).toHaveText(/now plan for your Personal Brand network/);
  await expect(page.locator('.quiz-dilemmas')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /Your Personal Brand network: the six questions/ })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('upproach:purpose:v1'))).toBe('{"v":1,"purpose":"brand"}');
  // the choice survives a reload
  await page.reload();
  await ready(page);
  await expect(
    page
      .getByRole('group', { name: 'Which purpose do you want to plan for?' })
      .getByRole('radio', { name: 'Personal Brand network' }),
  ).toBeChecked();
  // the estimator starts from it
  await page.goto('/tools/network-size/');
  await expect(page.locator('.est-island')).toContainText('Using Personal Brand, the purpose from your quiz result.');
});

test('reloading mid-way resumes at the same question with the answers kept', async ({ page }) => {
  await page.goto(TOOL);
  await ready(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  for (let i = 0; i < 3; i++) {
    const q = questions[i]!;
    await page.getByRole('radio', { name: q.answers[1]!.text }).check();
    await page.getByRole('button', { name: /^Next/ }).click();
  }
  await expect(page.locator('legend')).toContainText(`Question 4 of ${total}`);
  await page.reload();
  await ready(page);
  await expect(page.locator('legend')).toContainText(`Question 4 of ${total}`);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('radio', { name: questions[2]!.answers[1]!.text })).toBeChecked();
});

test('a share link (a preview page) in a fresh browser shows the same result without storing it', async ({
  page,
  browser,
  baseURL,
}) => {
  await seedResult(page, brandAnswers);
  await page.goto(TOOL);
  await ready(page);
  await expect(page.locator('.quiz-headline')).toHaveText('Your network is mainly a Personal Brand network');
  const mine = await page.locator('.quiz-bars').innerText();
  // the plain link keeps the purpose out of the address
  await page.getByRole('button', { name: 'Copy a link without my purpose' }).click();
  await expect(page.getByLabel('Link to your result')).toHaveValue(
    `${baseURL}${TOOL}#${encodeShare(model, brandAnswers)}`,
  );
  expect(await page.getByLabel('Link to your result').inputValue()).not.toMatch(/%|brand|percent/);
  // the link offered first is the leading purpose's preview page; the button says what it reveals
  const copy = page.getByRole('button', { name: 'Copy link to my result' });
  await expect(copy).toHaveAccessibleDescription(/shows your leading purpose in its address.*never send/);
  await copy.click();
  await expect(page.getByLabel('Link to your result')).toHaveValue(
    `${baseURL}${TOOL}brand/#${encodeShare(model, brandAnswers)}`,
  );
  const link = await page.getByLabel('Link to your result').inputValue();
  expect(new URL(link).hash).not.toMatch(/%|brand|percent/);

  const other = await browser.newContext();
  const visitor = await other.newPage();
  const problems: string[] = [];
  visitor.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  visitor.on('pageerror', (e) => problems.push(e.message));
  await visitor.goto(link);
  await expect(visitor.locator('.quiz-headline')).toHaveText('Your network is mainly a Personal Brand network');
  await expect(visitor.getByText(/Someone shared this result with you/)).toBeVisible();
  expect(await visitor.locator('.quiz-bars').innerText()).toBe(mine);
  expect(await visitor.evaluate(() => Object.keys(localStorage))).toEqual([]);
  await visitor.getByRole('button', { name: 'Keep this as my result' }).click();
  await expect(visitor.getByRole('button', { name: 'Copy link to my result' })).toBeVisible();
  expect(await visitor.evaluate((k) => localStorage.getItem(k), QUIZ_KEY)).toContain(`"step":${total + 1}`); // past the questions and the review: the result
  expect(new URL(visitor.url()).hash).toBe('');
  expect(problems).toEqual([]);
  await other.close();
});

test('Back leaves a shared result for the reader’s own quiz, and Forward opens it again', async ({ page }) => {
  await page.goto(TOOL);
  await ready(page);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  // the link pasted into the address bar of the open page
  await page.goto(`${TOOL}#${encodeShare(model, brandAnswers)}`);
  const sharedNote = page.getByText(/Someone shared this result with you/);
  await expect(sharedNote).toBeVisible();
  await expect(page.locator('.quiz-headline')).toHaveText('Your network is mainly a Personal Brand network');
  await page.goBack();
  expect(new URL(page.url()).hash).toBe('');
  await expect(sharedNote).toHaveCount(0);
  await expect(page.locator('.quiz-headline')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  await expect(page.locator('.quiz')).toHaveAttribute('data-screen', 'intro');
  await page.goForward();
  await expect(sharedNote).toBeVisible();
  await expect(page.locator('.quiz-headline')).toHaveText('Your network is mainly a Personal Brand network');
  // a jump within the page (the skip link) is not leaving the shared result
  await page.getByRole('link', { name: 'Skip to content' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(sharedNote).toBeVisible();
  // nothing of the shared result was stored
  expect(await page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY)).toBeNull();
});

test('corrupted saved answers start fresh and say so once', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"v":1,"answers":'); // truncated JSON
      sessionStorage.setItem('seeded', '1');
    }
  }, QUIZ_KEY);
  await page.goto(TOOL);
  await ready(page);
  await expect(page.getByText(/so the quiz has started fresh/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeEnabled();
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText(/so the quiz has started fresh/)).toHaveCount(0);
  await page.reload();
  await ready(page);
  await expect(page.getByText(/so the quiz has started fresh/)).toHaveCount(0);
});

test('a share link with what a chat app or a sentence adds after it still opens the result', async ({ page }) => {
  const code = encodeShare(model, brandAnswers)!;
  for (const tail of ['.', ')', '/', '%20', '&utm_source=chat']) {
    await page.goto(`${TOOL}#${code}${tail}`);
    await ready(page);
    await expect(page.locator('.quiz-headline'), tail).toHaveText('Your network is mainly a Personal Brand network');
    await expect(page.getByRole('alert')).toHaveCount(0);
  }
});

test('tampered, truncated and future-version links each give a clear message and an offer to take the quiz', async ({
  page,
}) => {
  const code = encodeShare(model, brandAnswers)!;
  const cases: [string, RegExp][] = [
    [code.replace(/\.(\w)/, (_, d: string) => `.${d === '0' ? '1' : '0'}`), /does not check out/],
    // cut short: the last answer digit and the whole check are gone, so it is not a complete code
    [code.slice(0, -6), /incomplete or damaged/],
    [code.replace('v1.', 'v9.'), /newer version/],
  ];
  for (const [fragment, message] of cases) {
    await page.goto(`${TOOL}#${fragment}`);
    await ready(page);
    await expect(page.getByRole('alert')).toContainText(message);
    await expect(page.locator('.quiz-headline')).toHaveCount(0);
  }
  await page.getByRole('button', { name: 'Take the quiz' }).click();
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
});

test('a share link opened on load focuses the result’s heading, or the broken link’s', async ({ page }) => {
  const code = encodeShare(model, brandAnswers)!;
  await page.goto(`${TOOL}#${code}`);
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Your network is mainly a Personal Brand network' })).toBeFocused();
  const tampered = code.replace(/\.(\w)/, (_, d: string) => `.${d === '0' ? '1' : '0'}`);
  await page.goto(`${TOOL}#${tampered}`);
  await page.reload(); // a new page load, not a fragment change
  await ready(page);
  await expect(page.getByRole('heading', { name: 'This result link can’t be used' })).toBeFocused();
});

test('keeping a shared result asks before it replaces the reader’s own result', async ({ page }) => {
  // the reader's own result leans to Strategic/Perspective; the shared one is Personal Brand
  const strategic = leaning(model, 'strategic', 'middle');
  await seedResult(page, strategic);
  await page.goto(`${TOOL}#${encodeShare(model, brandAnswers)}`);
  await ready(page);
  await expect(page.locator('.quiz-headline')).toHaveText('Your network is mainly a Personal Brand network');
  await page.getByRole('button', { name: 'Keep this as my result' }).click();
  const ask = page.getByRole('group', { name: 'Replace your own answers?' });
  await expect(ask).toContainText('This browser already holds your own quiz answers');
  await expect(ask.getByRole('button', { name: 'Keep my own answers' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toHaveCount(0);
  expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY))!)).toMatchObject({
    answers: strategic,
  });
  await page.getByRole('button', { name: 'Keep this as my result' }).click();
  await ask.getByRole('button', { name: 'Replace my answers' }).click();
  await expect(page.getByRole('heading', { name: 'Your network is mainly a Personal Brand network' })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Copy link to my result' })).toBeVisible();
  const kept = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY))!);
  expect(kept).toMatchObject({ step: total + 1, answers: brandAnswers });
  expect(new URL(page.url()).hash).toBe('');
});

test('a broken link offers the reader’s saved result rather than a fresh quiz', async ({ page }) => {
  await seedResult(page, brandAnswers);
  await page.goto(`${TOOL}#${encodeShare(model, brandAnswers)!.replace('v1.', 'v9.')}`);
  await ready(page);
  await expect(page.getByRole('alert')).toContainText(/newer version/);
  await expect(page.getByRole('button', { name: 'Take the quiz' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show my result' }).click();
  await expect(page.locator('.quiz-headline')).toHaveText('Your network is mainly a Personal Brand network');
});

for (const width of [375, 320]) {
  test(`at ${width}px the result, with its table open, never scrolls sideways`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await seedResult(page, brandAnswers);
    await page.goto(TOOL);
    await ready(page);
    await page.getByText('Show the scores as a table').click();
    await expect(page.getByRole('table')).toBeVisible();
    const { scroll, viewport } = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    }));
    expect(scroll).toBeLessThanOrEqual(viewport);
    // the table itself fits too: no column is cut off
    const table = await page.getByRole('table').boundingBox();
    expect(table!.x + table!.width).toBeLessThanOrEqual(viewport);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [TOOL, ARTICLE]) {
    test(`the quiz shows the five purposes and says what it needs, with no button or promise it cannot keep (${path})`, async ({
      page,
    }) => {
      await page.goto(path);
      const island = page.locator('#purpose-quiz .quiz-island');
      await expect(island.locator('.quiz-purposes li')).toHaveCount(5);
      await expect(island.locator('.quiz-purposes li').first()).toBeVisible();
      await expect(island.getByText(/The quiz needs JavaScript/)).toBeVisible();
      // what needs JavaScript is there but hidden (toBeHidden alone would pass on nothing found)
      const needsJs = island.locator('.quiz-needs-js');
      await expect(needsJs).toHaveCount(3);
      for (const element of await needsJs.all()) await expect(element).not.toBeVisible();
      const hidden = [
        needsJs.locator('button', { hasText: 'Start the quiz' }),
        needsJs.filter({ hasText: /Your answers stay in this browser/ }),
        needsJs.filter({ hasText: /short questions, one at a time/ }),
      ];
      for (const element of hidden) {
        await expect(element).toHaveCount(1);
        await expect(element).not.toBeVisible();
      }
    });
  }
});

test('erase my answers removes the answers and the shared purpose', async ({ page }) => {
  await seedResult(page, brandAnswers);
  await page.goto(TOOL);
  await ready(page);
  await page.getByRole('button', { name: 'Erase my answers' }).click();
  await expect(page.getByText(/Your answers and result are erased/)).toBeVisible();
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('upproach:quiz') || k.startsWith('upproach:purpose')),
    ),
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
  await ready(page);
  expect(scripts.length).toBeGreaterThan(0);
  await island.getByRole('button', { name: 'Start the quiz' }).click();
  await expect(island.locator('legend')).toContainText(`Question 1 of ${total}`);
});

test('printing the result shows it in black on white, even in the dark theme, without the buttons', async ({
  page,
}) => {
  await seedResult(page, brandAnswers);
  await page.addInitScript(() => localStorage.setItem('upproach:theme', 'dark'));
  await page.goto(TOOL);
  await ready(page);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.quiz-headline')).toBeVisible();
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
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
      if (ownText) texts.add(style.color);
    }
    return { texts: [...texts], backgrounds: [...backgrounds] };
  });
  expect(colours.texts).toEqual(['rgb(0, 0, 0)']);
  expect(colours.backgrounds.filter((b) => b !== 'rgba(0, 0, 0, 0)').every((b) => b === 'rgb(255, 255, 255)')).toBe(
    true,
  );
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
});

test('when the browser refuses to save, the quiz still works and says the answers will not be kept', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto(TOOL);
  await ready(page);
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  const first = questions[0]!;
  await page.getByRole('radio', { name: first.answers[1]!.text }).check();
  await expect(page.getByRole('radio', { name: first.answers[1]!.text })).toBeChecked();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.locator('legend')).toContainText(`Question 2 of ${total}`);
  const alert = page.getByRole('alert').filter({ hasText: 'would not let the site save' });
  await expect(alert).toHaveCount(1);
  await expect(alert).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY)).toBeNull();
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: intro, question with error, review and result have no violations (${theme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.addInitScript((t) => localStorage.setItem('upproach:theme', t), theme);
    const check = async (state: string) => {
      const results = await new AxeBuilder({ page }).include('#purpose-quiz').withTags(tags).analyze();
      expect(results.violations.map((v) => `${state}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    };
    await page.goto(TOOL);
    await ready(page);
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

test('a preview page names its purpose for link previews, and describes it when opened without a result', async ({
  page,
}) => {
  await page.goto(`${TOOL}strategic/`);
  await ready(page);
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
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute('href', /\/tools\/purpose-quiz\/strategic\/$/);
  await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveCount(1);
  // the quiz itself is there to take
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeEnabled();
  const axe = await new AxeBuilder({ page }).withTags(tags).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('a preview page shows the result its answers score, never the address’s claim', async ({ page }) => {
  // Personal Brand answers under the Strategic/Perspective address
  await page.goto(`${TOOL}strategic/#${encodeShare(model, brandAnswers)}`);
  await ready(page);
  await expect(page.locator('.quiz-headline')).toHaveText('Your network is mainly a Personal Brand network');
  await expect(page.getByRole('heading', { name: 'About the Strategic/Perspective purpose' })).toBeHidden();
  await expect(
    page
      .getByText(/Strategic\/Perspective/)
      .filter({ visible: true })
      .first(),
  ).toBeVisible(); // in the chart, as one of five
});

test('a tampered link on a preview page gets the same clear message', async ({ page }) => {
  const code = encodeShare(model, brandAnswers)!;
  const tampered = code.replace(/\.(\w)/, (_, d: string) => `.${d === '0' ? '1' : '0'}`);
  await page.goto(`${TOOL}brand/#${tampered}`);
  await ready(page);
  await expect(page.getByRole('alert')).toContainText(/does not check out/);
  await expect(page.locator('.quiz-headline')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'About the Personal Brand purpose' })).toBeHidden();
});

const PURPOSE_KEY = 'upproach:purpose:v1';

/** a saved Personal Brand result and its shared purpose, as the quiz leaves them */
async function saveBrandResult(page: Page) {
  await page.goto(TOOL);
  await page.evaluate(
    ([qk, q, pk]) => {
      localStorage.setItem(qk, q);
      localStorage.setItem(pk, '{"v":1,"purpose":"brand"}');
    },
    [QUIZ_KEY, JSON.stringify({ v: 1, started: true, step: total + 1, answers: brandAnswers }), PURPOSE_KEY] as const,
  );
  await page.reload();
  await ready(page);
}

test('two tabs: Retake asks first; then neither the estimator nor the checklist claims a quiz result', async ({
  page,
  context,
}) => {
  test.slow(); // three pages hydrate in one browser
  await saveBrandResult(page);
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
  expect(await page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY)).not.toBeNull();
  await confirm.getByRole('button', { name: 'Yes, start again' }).click();
  await expect(page.locator('legend')).toContainText(`Question 1 of ${total}`);
  expect(await page.evaluate((k) => localStorage.getItem(k), PURPOSE_KEY)).toBeNull();

  await expect(estimator.locator('.est-source')).toContainText('You have not taken the');
  await expect(estimator.locator('.estimator')).not.toContainText('from your quiz result');
  await expect(checklist.locator('.cl-purpose-note')).toHaveCount(0);
});

test('a save from a newer version of the site is kept untouched; the quiz says so and works from memory', async ({
  page,
}) => {
  const raw = '{"v":2,"answers":{"future":"yes"}}';
  await page.goto(TOOL);
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [QUIZ_KEY, raw] as const);
  await page.reload();
  await ready(page);
  await expect(page.getByText(/saved by a newer version of this site/)).toBeVisible();
  await page.getByRole('button', { name: 'Start the quiz' }).click();
  await page.locator('input[type=radio]').first().check();
  await page.getByRole('button', { name: /^Next/ }).click();
  await expect(page.locator('legend')).toContainText('Question 2 of');
  expect(await page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY)).toBe(raw);
  await page.reload();
  await ready(page);
  await expect(page.getByText(/saved by a newer version of this site/)).toBeVisible();
  expect(await page.evaluate((k) => localStorage.getItem(k), QUIZ_KEY)).toBe(raw);
});

test('keyboard: OK on the “started fresh” notice moves focus into the quiz, never to the page', async ({ page }) => {
  await page.goto(TOOL);
  await page.evaluate((k) => localStorage.setItem(k, '{"v":1,"answers":'), QUIZ_KEY);
  await page.reload();
  await ready(page);
  await expect(page.getByText(/so the quiz has started fresh/)).toBeVisible();
  await tabTo(page, /^OK$/);
  await page.keyboard.press('Enter');
  await expect(page.getByText(/so the quiz has started fresh/)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the quiz' })).toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});
