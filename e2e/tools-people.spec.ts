/**
 * The estimator and the quiz read the reader's own people, against the built site: people
 * brought in from a generated LinkedIn export through Your people's import, their suggested
 * networks accepted, and one person added by hand in two networks that must be kept apart.
 * With the list erased, each tool is exactly what a fresh browser shows.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { encodeShare } from '../src/tools/quiz/share-code';
import { allQuestions } from '../src/tools/quiz/state';
import { linkedinExport } from '../test/support/people-fixtures';
import { loadQuestions, threeWayTieAnswers } from '../test/support/quiz-model';
import { axeTags, expect, seedStorage, test } from './fixtures';
import { storedPeople } from './people-helpers';

const ESTIMATOR = '/tools/network-size/';
const QUIZ = '/tools/purpose-quiz/';
const model = loadQuestions();
const questions = allQuestions(model);
const threeWayTie = threeWayTieAnswers(model);
const quizState = { v: 1, started: true, step: questions.length + 1, answers: threeWayTie };
/** the person added by hand, in Social and Personal Brand: networks the plan keeps apart */
const BOTH = 'Rosa Okafor';
const NETWORKS = [
  'Social',
  'Career/Business Opportunity',
  'Resource/Operational',
  'Strategic/Perspective',
  'Personal Brand',
];
const IDS = ['social', 'career', 'resource', 'strategic', 'brand'] as const;

// thirty people are imported and sorted through the tool's own screens
test.describe.configure({ timeout: 120_000 });

/** Import 30 connections as a reader does (working at Globex), accept every suggestion, add Rosa Okafor by hand. */
async function importPeople(page: Page) {
  await page.goto('/tools/your-people/');
  const about = page.getByRole('form', { name: 'About you' });
  await about.getByLabel('Your organization').fill('Globex');
  await about.getByLabel('Your role title').fill('Engineering Manager');
  await about.getByRole('button', { name: 'Save' }).click();
  await page.getByLabel('Choose a file').setInputFiles({
    name: 'Connections.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(linkedinExport({ distinct: 30 }).text),
  });
  await expect(page.getByRole('heading', { name: 'Before anything is stored' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: /^Import .* new and update/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported from/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('.people-count')).toHaveText('30 people.');
  // the suggestions are accepted all at once
  await page.getByRole('button', { name: 'Select the 30 people shown' }).click();
  await page
    .getByRole('group', { name: 'Change many at once' })
    .getByRole('button', { name: 'Accept the suggestions' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: /^Accepted the suggestions for \d+ people\.$/ }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Clear the selection' }).click();
  // one person by hand, in two networks the plan keeps apart
  await page.getByRole('button', { name: 'Add a person' }).click();
  const form = page.getByRole('form', { name: 'Add a person' });
  await form.getByLabel('Name', { exact: true }).fill(BOTH);
  await form.getByRole('checkbox', { name: 'Social' }).check();
  await form.getByRole('checkbox', { name: 'Personal Brand' }).check();
  await form.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: `Saved ${BOTH}.` })).toBeVisible();
  const people = await storedPeople(page);
  expect(people).toHaveLength(31);
  return Object.fromEntries(IDS.map((id) => [id, people.filter((p) => p.networks.includes(id)).length]));
}

/** Erase the people on Your data, as a reader does. */
async function erasePeople(page: Page) {
  await page.goto('/your-data/');
  await page.getByRole('button', { name: 'Erase your people' }).click();
  await expect(page.getByRole('button', { name: 'Erase your people' })).toHaveCount(0);
}

const estimatorHtml = async (page: Page) => {
  await page.goto(ESTIMATOR);
  await expect(page.locator('.estimator')).toHaveAttribute('data-hydrated', 'true');
  // the people are read just after hydration: give them the time to show, if they would
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page.locator('.est-island').innerHTML();
};
const quizHtml = async (page: Page) => {
  await page.goto(QUIZ);
  await expect(page.locator('#purpose-quiz .quiz[data-hydrated]')).toBeVisible();
  await expect(page.locator('.quiz-plan')).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  return page.locator('.quiz-island').innerHTML();
};

/** a browser with what `page` keeps in local storage, and no people */
async function freshWith(context: BrowserContext, page: Page) {
  const stored = await page.evaluate(() => Object.entries(localStorage));
  const fresh = await context.browser()!.newContext();
  await fresh.addInitScript((entries) => {
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, stored);
  return fresh.newPage();
}

test('the estimator and the quiz show the real people per network, and exactly what they show today once the list is erased', async ({
  page,
  context,
}) => {
  await seedStorage(page, { quiz: quizState });
  const counts = await importPeople(page);
  // LinkedIn's titles and the reader's organization: 18 senior people, 6 talent partners, 5 at Globex
  expect(counts).toEqual({ social: 1, career: 6, resource: 5, strategic: 18, brand: 1 });

  // the estimator: the count per network, beside the range step 2 uses
  await page.goto(ESTIMATOR);
  const part = page.locator('.est-people');
  await expect(part.getByRole('heading', { name: 'Your people in each network' })).toBeVisible();
  await expect(part).toContainText('From Your people: you keep 31 people in this browser.');
  await expect(part).toContainText('suggestions you have not accepted are not counted');
  // the five software engineers outside Globex have no suggestion, so no network
  await expect(part.locator('[data-unsorted]')).toHaveText(
    '5 people are in no network yet, so not counted here. Put them in networks in Your people',
  );
  await expect(part.getByRole('link', { name: 'Put them in networks in Your people' })).toHaveAttribute(
    'href',
    '/tools/your-people/',
  );
  for (const [i, id] of IDS.entries())
    await expect(part.getByRole('row', { name: new RegExp(`^${NETWORKS[i]!.replace('/', '\\/')} `) })).toContainText(
      String(counts[id]),
    );
  await expect(part.getByRole('row', { name: /^Strategic\/Perspective / })).toContainText('5 to 15above the range');
  await expect(part.getByRole('row', { name: /^Social / })).toContainText('5 to 50below the range');
  // no quiz result seen yet, so step 2 has no purpose: choosing one offers the real count, by keyboard
  await expect(part.getByRole('button', { name: /^Use my count/ })).toHaveCount(0);
  await page.getByLabel('Your networking purpose', { exact: true }).selectOption({ label: 'Strategic/Perspective' });
  const use = part.getByRole('button', { name: 'Use my count: 18' });
  await expect(part).toContainText(
    'Step 2 compares with Strategic/Perspective: your Strategic/Perspective network in Your people has 18 people.',
  );
  // by keyboard: from the last field of step 3, Tab reaches it
  await page.getByLabel('Audience ceiling', { exact: true }).focus();
  for (let i = 0; i < 10 && !(await use.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(use).toBeFocused();
  await page.keyboard.press('Enter');
  const step2 = page.getByLabel('People in your Strategic/Perspective network', { exact: true });
  await expect(step2).toHaveValue('18');
  await expect(step2).toBeFocused();
  await expect(page.locator('[data-result="purpose"]')).toContainText(
    'You counted 18 people who serve a Strategic/Perspective network, above its guidance range',
  );
  await expect(use).toHaveCount(0);
  await expect(part).toContainText('Step 2 uses the count of your Strategic/Perspective network in Your people.');

  // the quiz: the reader's own result says how many sit in each network and names Rosa Okafor
  await page.goto(QUIZ);
  const plan = page.locator('.quiz-plan');
  await expect(plan).toHaveAttribute('data-plan', 'separate');
  const people = plan.locator('.quiz-people');
  await expect(people.getByRole('heading', { name: 'Your people in this plan' })).toBeVisible();
  await expect(people.locator('[data-segment-count]')).toHaveText([
    'Social network: 1 person',
    'Strategic/Perspective network: 18 people',
    'Personal Brand network: 1 person',
  ]);
  await expect(people.locator('.quiz-people-apart')).toContainText(
    '1 person sits in two networks this plan keeps apart.',
  );
  await expect(people.locator('.quiz-people-apart li')).toHaveText([`${BOTH}: Social and Personal Brand`]);
  await expect(people.getByRole('link', { name: 'Your people', exact: true })).toHaveAttribute(
    'href',
    '/tools/your-people/',
  );

  // printed: the counts and the names, not the link
  await page.emulateMedia({ media: 'print' });
  await expect(people.locator('.quiz-people-apart li')).toBeVisible();
  await expect(people.getByRole('link', { name: 'Your people', exact: true })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  // a result opened from a link is someone else's: the reader's people are not shown under it
  await page.goto(`${QUIZ}#${encodeShare(model, threeWayTie)}`);
  await expect(page.getByText(/^Someone shared this result with you./)).toBeVisible();
  await expect(page.locator('.quiz-plan')).toBeVisible();
  await expect(page.locator('.quiz-people')).toHaveCount(0);

  // erased: each tool is what a browser with the same numbers and answers, and no people, shows
  await erasePeople(page);
  const fresh = await freshWith(context, page);
  expect(await estimatorHtml(page)).toBe(await estimatorHtml(fresh));
  await expect(page.locator('.est-people')).toHaveCount(0);
  expect(await quizHtml(page)).toBe(await quizHtml(fresh));
  await expect(page.locator('.quiz-people')).toHaveCount(0);
  await fresh.context().close();
});

test('axe on the people in the estimator and in the quiz at 320 px, in both themes; nothing wider than the screen', async ({
  page,
}) => {
  await seedStorage(page, { quiz: quizState });
  await importPeople(page);
  await page.setViewportSize({ width: 320, height: 800 });
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => localStorage.setItem('upproach:theme', t), theme);
    for (const [path, part] of [
      [ESTIMATOR, '.est-people'],
      [QUIZ, '.quiz-people'],
    ] as const) {
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator(part)).toBeVisible();
      // the estimator's step 2 on a purpose, so its button to use the count shows
      if (path === ESTIMATOR) {
        await page
          .getByLabel(/^(Your networking purpose|Compare with a purpose)$/)
          .selectOption({ label: 'Strategic/Perspective' });
        await expect(page.getByRole('button', { name: 'Use my count: 18' })).toBeVisible();
      }
      await page.locator(part).scrollIntoViewIfNeeded();
      const { violations } = await new AxeBuilder({ page }).include(part).withTags(axeTags).analyze();
      expect(
        violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`),
        `${path} ${theme}`,
      ).toEqual([]);
      // every target at least 24 × 24 px, but a link inside a sentence
      const small = await page.locator(part).evaluate((root) =>
        [...root.querySelectorAll('a[href], button, summary')].flatMap((el) => {
          const { width, height } = el.getBoundingClientRect();
          const inSentence =
            getComputedStyle(el).display === 'inline' &&
            el.parentElement!.textContent!.trim() !== el.textContent!.trim();
          return !inSentence && (width < 24 || height < 24) ? [el.outerHTML] : [];
        }),
      );
      expect(small, `${path} ${theme}`).toEqual([]);
      // nothing makes the page scroll sideways
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  }
});
