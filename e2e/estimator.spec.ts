import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { axeTags as tags, expect, readPdf, seedStorage, storageKey, test } from './fixtures';

const TOOL = '/tools/network-size/';
const ARTICLE = '/articles/is-there-a-purpose-behind-your-networking/';
const KEY = storageKey('estimator');
/** what the estimator is, research and assumptions told apart */
const INTRO =
  'Three steps. Step 1 uses published research; step 2 compares your count with guidance drawn from the article, not a measurement; step 3 is a rough model whose starting numbers are assumptions for you to change. Your numbers stay in this browser.';

/** the island is hydrated, and its controls switched on, once it marks itself hydrated */
async function open(page: Page, path = TOOL) {
  await page.goto(path);
  // EstimatorPeopleIsland on the tool page, EstimatorIsland in the article
  await expect(page.locator('astro-island[component-url*="/Estimator"]')).not.toHaveAttribute('ssr', '');
  await expect(page.locator('.estimator')).toHaveAttribute('data-hydrated', 'true');
}

function field(page: Page, label: string): Locator {
  return page.getByLabel(label, { exact: true });
}

/** the inline message linked to an input by aria-describedby */
async function messageFor(page: Page, input: Locator): Promise<Locator> {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(' ');
  const errorId = ids.find((id) => id.endsWith('-error'));
  expect(errorId).toBeTruthy();
  const message = page.locator(`[id="${errorId}"]`);
  await expect(message).toHaveAttribute('aria-live', 'polite');
  return message;
}

test('count your circles: results update as the reader types, by keyboard alone', async ({ page }) => {
  await open(page);
  await field(page, '1. Support clique').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Tab'); // the next control in tab order is the next circle
  await page.keyboard.press('Control+A');
  await page.keyboard.type('10');
  await expect(page.locator('[data-result="circles"]')).toHaveText('Your circles add up to 15 people.');
  const row = page.getByRole('row', { name: /Sympathy group/ });
  await expect(row).toContainText('15');
  await expect(row).toContainText('close to typical');
});

test('the inputs of fields side by side line up, however long their prompts', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page);
  const fields = page.locator('.est-grid').first().locator('.est-field');
  const boxes = await fields.evaluateAll((els) =>
    els.map((el) => {
      const label = el.querySelector('label')!.getBoundingClientRect();
      const input = el.querySelector('input')!.getBoundingClientRect();
      return { row: Math.round(label.top), input: Math.round(input.top) };
    }),
  );
  const firstRow = boxes.filter((b) => b.row === boxes[0]!.row);
  expect(firstRow.length, 'several circles side by side at 1280 px').toBeGreaterThanOrEqual(3);
  // the prompts differ in length (one to three lines), the inputs still share one line
  expect(new Set(firstRow.map((b) => b.input)).size).toBe(1);
});

test('the name method gives the documented worked example: 20 people ≈ 259, as a range', async ({ page }) => {
  await open(page);
  await page.getByLabel('How many people do you know named …?').check();
  // 20 people spread over the twelve names
  const counts: Record<string, string> = {
    Michael: '4',
    James: '4',
    David: '3',
    Robert: '3',
    Jennifer: '2',
    Christopher: '2',
    Nicole: '2',
  };
  for (const [name, count] of Object.entries(counts)) await field(page, name).fill(count);
  await expect(page.locator('[data-result="names"]')).toHaveText(
    'You know somewhere between about 168 and 400 people.',
  );
  await expect(
    page.getByText(/250,000,000 people × 20 you know ÷ 19,285,000 people with these names ≈ 259, the middle/),
  ).toBeVisible();
  await expect(page.getByText(/how far chance alone could move the estimate/)).toBeVisible();
  // many people known: still a range, rounded as the reach results are, never "77,781"
  for (const name of ['Michael', 'James', 'David', 'Robert', 'Jennifer', 'Christopher', 'Nicole'])
    await field(page, name).fill('500');
  await expect(page.locator('[data-result="names"]')).toHaveText(
    'You know somewhere between about 44,000 and 47,000 people.',
  );
  await expect(page.getByText(/average of about 290/)).toBeVisible();
  await expect(page.getByText(/US figures from around 1990/)).toBeVisible();
});

test('the quiz’s purpose pre-fills step 2 and the page says so', async ({ page }) => {
  await seedStorage(page, { purpose: { v: 1, purpose: 'brand' } }, { everyLoad: true });
  await open(page);
  await expect(page.locator('[data-purpose-source="quiz"]')).toContainText(
    'Personal Brand, the purpose from your quiz result',
  );
  await expect(page.getByLabel('Compare with a purpose')).toHaveValue('brand');
  await page.getByLabel('How many people do you know named …?').check();
  await field(page, 'Michael').fill('20');
  // step 2 counts the people who serve the purpose, not everyone from step 1
  await expect(page.locator('[data-result="purpose"]')).toHaveText(
    'You have counted nobody for a Personal Brand network yet; its guidance range is about 500 to 30,000 people, so about 500 more would reach the bottom of it.',
  );
  await field(page, 'People in your Personal Brand network').fill('259');
  await expect(page.locator('[data-result="purpose"]')).toContainText(
    'You counted 259 people who serve a Personal Brand network; its guidance range is about 500 to 30,000 people',
  );
  await expect(page.getByText(/guidance derived from the article/)).toBeVisible();
});

test('without the quiz, step 2 offers a selector', async ({ page }) => {
  await open(page);
  await expect(page.locator('[data-purpose-source="none"]')).toContainText('have not taken the purpose quiz');
  await page.getByLabel('Your networking purpose').selectOption('resource');
  await field(page, 'People in your Resource/Operational network').fill('120');
  await expect(page.locator('[data-result="purpose"]')).toHaveText(
    'You counted 120 people who serve a Resource/Operational network, within its guidance range (about 15 to 150 people).',
  );
});

test('a newly promoted Resource/Operational reader: step 2 compares the people who serve it, with what to do, never “enough”', async ({
  page,
}) => {
  await seedStorage(page, { purpose: { v: 1, purpose: 'resource' } }, { everyLoad: true });
  await open(page);
  // 160 people known: close to Dunbar's typical 150 in step 1
  await field(page, '3. Good friends').fill('50');
  await field(page, '4. Meaningful contacts').fill('110');
  await expect(page.locator('[data-result="circles"]')).toHaveText('Your circles add up to 160 people.');
  const answer = page.locator('[data-result="purpose"]');
  await expect(answer).toHaveText(/^You have counted nobody for a Resource\/Operational network yet/);
  await field(page, 'People in your Resource/Operational network').fill('160');
  await expect(answer).toHaveText(
    'You counted 160 people who serve a Resource/Operational network, above its guidance range (about 15 to 150 people).',
  );
  const part = page.locator('.est-part').nth(1);
  await expect(part.getByRole('heading', { name: 'What to do' })).toBeVisible();
  await expect(part.locator('.est-next')).toContainText('contacts at the next level');
  await expect(part).not.toContainText(/enough people|more than enough|large enough|needs? more than/);
  await expect(part).not.toContainText(/people you actually work with|close colleagues/);
});

test('a three-way tie: step 2 says the tie and lets the reader pick among the tied purposes', async ({ page }) => {
  await seedStorage(
    page,
    { purpose: { v: 1, purpose: 'social', tied: ['social', 'strategic', 'brand'] } },
    { everyLoad: true },
  );
  await open(page);
  await expect(page.locator('[data-purpose-source="tie"]')).toHaveText(
    'Your quiz result is a tie between Social, Strategic/Perspective, and Personal Brand. Choose the one to compare with below.',
  );
  const menu = page.getByLabel('Compare with a purpose');
  await expect(menu).toHaveValue('');
  await expect(menu.locator('optgroup[label="Tied in your quiz result"] option')).toHaveText([
    'Social',
    'Strategic/Perspective',
    'Personal Brand',
  ]);
  await expect(page.locator('[data-result="purpose"]')).toHaveText(
    'Choose one of the tied purposes, or any other, to see what its network needs.',
  );
  await menu.selectOption('strategic');
  await expect(page.locator('[data-purpose-source="chosen"]')).toHaveText(
    'Using Strategic/Perspective, chosen here (your quiz result is a tie between Social, Strategic/Perspective, and Personal Brand).',
  );
  await field(page, 'People in your Strategic/Perspective network').fill('6');
  await expect(page.locator('[data-result="purpose"]')).toHaveText(
    'You counted 6 people who serve a Strategic/Perspective network, within its guidance range (about 5 to 15 people).',
  );
  // the choice stays after a reload
  await open(page);
  await expect(menu).toHaveValue('strategic');
});

test('at 320 px the method choices keep full-size radio buttons beside their wrapped labels', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page);
  for (const name of ['Count your circles', 'How many people do you know named …?']) {
    const box = (await page.getByLabel(name, { exact: true }).boundingBox())!;
    expect([box.width, box.height], name).toEqual([20, 20]);
  }
});

test('on phones the tables fit without scrolling and the chart’s text stays readable', async ({ page }) => {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 800 });
    await open(page);
    await field(page, '5. Acquaintances').fill('10000'); // the widest numbers in the circles table
    await expect(page.locator('[data-result="circles"]')).toHaveText('Your circles add up to 10,000 people.');
    const wraps = page.locator('.est-table-wrap');
    expect(await wraps.count()).toBe(2);
    for (const wrap of await wraps.all()) {
      const size = await wrap.evaluate((el) => {
        const table = el.querySelector('table')!;
        return {
          wrap: [el.scrollWidth, el.clientWidth],
          table: [table.scrollWidth, table.clientWidth],
          caption: table.caption!.scrollWidth - table.caption!.clientWidth,
        };
      });
      const name = await wrap.getAttribute('aria-label');
      expect(size.wrap[0], `${name}: its box does not scroll at ${width} px`).toBeLessThanOrEqual(size.wrap[1]!);
      expect(size.table[0], `${name}: the table fits at ${width} px`).toBeLessThanOrEqual(size.table[1]!);
      expect(size.table[1], `${name}: the table is no wider than its box at ${width} px`).toBeLessThanOrEqual(
        size.wrap[1]!,
      );
      expect(size.caption, `${name}: the caption wraps at ${width} px`).toBeLessThanOrEqual(0);
    }
    // every layer's numbers are still there, with their column's name, row by row
    const row = page.getByRole('table', { name: /Dunbar’s typical layers/ }).locator('tr[data-layer="acquaintances"]');
    await expect(row).toContainText('Acquaintances');
    await expect(row).toContainText('10,000');
    await expect(row).toContainText('more than typical');
    // chart labels: at least 12 px on screen (font size times the svg's scale)
    const sizes = await page
      .locator('.est-chart text')
      .evaluateAll((texts) =>
        texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a),
      );
    expect(sizes.length).toBeGreaterThanOrEqual(4);
    for (const size of sizes) expect(size, `chart text at ${width} px`).toBeGreaterThanOrEqual(12);
    // the purpose selector stays inside its part
    const overflow = await page
      .locator('.estimator select')
      .evaluate((el) => el.getBoundingClientRect().right - el.closest('.est-part')!.getBoundingClientRect().right);
    expect(overflow, `purpose selector at ${width} px`).toBeLessThanOrEqual(0);
    // and nothing on the page is wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.evaluate((key) => localStorage.removeItem(key), KEY);
  }
});

// (the results used to keep the last valid number; they now wait for the wrong field and say which)
test('every kind of bad input gets its own message and the results wait for the field', async ({ page }) => {
  await open(page);
  const support = field(page, '1. Support clique');
  await support.fill('5');
  const result = page.locator('[data-result="circles"]');
  await expect(result).toHaveText('Your circles add up to 5 people.');
  const message = await messageFor(page, support);
  const cases: [string, RegExp][] = [
    ['', /Enter a number \(0 if none\)/],
    ['-3', /can’t be negative/],
    ['2.5', /whole number/],
    ['99999999', /enter up to 100 people/],
  ];
  for (const [value, expected] of cases) {
    await support.fill(value);
    await expect(message).toHaveText(expected);
    await expect(support).toHaveAttribute('aria-invalid', 'true');
    await expect(result).toHaveText('Waiting for a valid number in “1. Support clique”.');
  }
  // pasted text: the browser keeps it on screen but cannot read it as a number
  await support.fill('5');
  await expect(message).toHaveText('');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(() => navigator.clipboard.writeText('about twelve people'));
  await support.selectText();
  await page.keyboard.press('Control+V');
  await expect(message).toHaveText(/digits only/);
  await expect(result).toHaveText('Waiting for a valid number in “1. Support clique”.');
  await expect(page.getByText(/The results that use them wait until they are fixed/)).toBeVisible();
  // bad text, then cleared: the input's value was '' and stays '', yet the message follows
  await support.selectText();
  await page.keyboard.press('Backspace');
  await expect(message).toHaveText('Enter a number (0 if none).');
  await expect(support).toHaveAttribute('aria-invalid', 'true');
  // a number too large for the browser to read (1e309) is bad input too: the message gives the range
  await support.fill('5');
  await expect(message).toHaveText('');
  await support.selectText();
  await page.keyboard.type('1e309');
  await expect(message).toHaveText('Use digits only: enter a number from 0 to 100 people.');
  // typed key by key, the "1" before the "e" is not a result: the results wait
  await expect(result).toHaveText('Waiting for a valid number in “1. Support clique”.');
  // nor is the "99" of a longer number typed past the field's maximum
  await support.selectText();
  await page.keyboard.type('99999999999');
  await expect(message).toHaveText(/enter up to 100 people/);
  await expect(result).toHaveText('Waiting for a valid number in “1. Support clique”.');
  await expect(page.locator('.estimator')).not.toContainText('99 people');
  await support.selectText();
  await page.keyboard.press('Delete');
  await expect(message).toHaveText('Enter a number (0 if none).');
  // the audience ceiling stops at the population the page cites
  const ceiling = field(page, 'Audience ceiling');
  await ceiling.fill('10000000000');
  await expect(await messageFor(page, ceiling)).toHaveText(/enter up to 250,000,000 people/);
  await expect(page.locator('[data-result="reach"]')).toHaveText('Waiting for a valid number in “Audience ceiling”.');
  // a 45-digit number is too large, not "not digits"
  await ceiling.fill('9'.repeat(45));
  await expect(await messageFor(page, ceiling)).toHaveText(/enter up to 250,000,000 people/);
  // below the minimum of 1, -5 and 0 state the same rule
  await ceiling.fill('-5');
  await expect(await messageFor(page, ceiling)).toHaveText('Enter at least 1 person.');
  await ceiling.fill('0');
  await expect(await messageFor(page, ceiling)).toHaveText('Enter at least 1 person.');
  await ceiling.fill('1000000');
  await expect(page.locator('[data-result="reach"]')).toHaveText(
    'In this rough model, a message could reach about 140,000 people within three steps.',
  );
  // a percentage, and more hubs than connections
  await field(page, 'Overlap between networks').fill('150');
  await expect(await messageFor(page, field(page, 'Overlap between networks'))).toHaveText(/up to 100%/);
  // fewer connections than hubs: said on the field the reader changed; Hubs, untouched, stays as it is
  await field(page, 'Your first-degree connections').fill('0');
  await expect(await messageFor(page, field(page, 'Your first-degree connections'))).toHaveText(
    'Your hubs are among these connections: enter at least 2, or fewer hubs.',
  );
  await expect(await messageFor(page, field(page, 'Hubs who pass it on'))).toHaveText('');
  await expect(field(page, 'Hubs who pass it on')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.estimator')).not.toContainText(/NaN|Infinity|undefined/);
});

test('reload keeps the values; corrupted storage starts fresh and says so', async ({ page }) => {
  await open(page);
  await page.getByLabel('How many people do you know named …?').check();
  await field(page, 'Michael').fill('20');
  await field(page, 'People who pass it on').fill('10');
  await expect(page.locator('[data-result="names"]')).toHaveText(/^You know somewhere between about 168 and 400/);
  await page.reload();
  await expect(page.getByLabel('How many people do you know named …?')).toBeChecked();
  await expect(field(page, 'Michael')).toHaveValue('20');
  await expect(field(page, 'People who pass it on')).toHaveValue('10');
  await expect(page.locator('[data-result="names"]')).toHaveText(/^You know somewhere between about 168 and 400/);

  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"method":'), KEY);
  await page.reload();
  await expect(page.getByText('Your saved numbers could not be read, so the estimator started fresh.')).toBeVisible();
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
  // read once, the message does not come back: the unreadable data is gone
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
  await page.reload();
  await expect(page.locator('[data-result="circles"]')).toBeVisible();
  await expect(page.getByText(/could not be read/)).toHaveCount(0);
});

test('two tabs: numbers typed in one show in the other, which says so', async ({ page, context }) => {
  await open(page);
  const other = await context.newPage();
  await open(other);
  await field(page, '1. Support clique').fill('5');
  await expect(other.locator('[data-result="circles"]')).toHaveText('Your circles add up to 5 people.');
  await expect(field(other, '1. Support clique')).toHaveValue('5');
  await expect(
    other.getByText('Your numbers were changed on another page of this site; this page now shows them.'),
  ).toBeVisible();
});

test('reach: overlap lowers it, the ceiling bounds it, with a chart and a table', async ({ page }) => {
  await open(page);
  const answer = page.locator('[data-result="reach"]');
  await expect(answer).toHaveText(
    'In this rough model, a message could reach about 140,000 people within three steps.',
  );
  await expect(page.getByRole('img', { name: /People reached within 1, 2, and 3 steps/ })).toBeVisible();
  const table = page.getByRole('table', { name: /Reach of a message/ });
  await expect(table.getByRole('row', { name: /1st degree/ })).toContainText('150');
  await field(page, 'Overlap between networks').fill('90');
  // by hand: 2nd degree ≈ 0.05 × 148 × 14.9 + 2 × 2,999.8 ≈ 6,110; 3rd ≈ 0.05 × 6,090 × 14.9 ≈ 4,540
  await expect(answer).toContainText('about 11,000 people');
  await field(page, 'Audience ceiling').fill('5000');
  await expect(answer).toContainText(/about 4,\d00 people/);
  const bounded = Number((await answer.textContent())!.match(/about ([\d,]+)/)![1]!.replace(/,/g, ''));
  expect(bounded).toBeLessThanOrEqual(5000);
  await expect(page.getByText(/The audience ceiling of 5,000 people limits this result/)).toBeVisible();
  await expect(page.getByText(/This is a rough model, not a forecast/)).toBeVisible();
});

test('every number input is wide enough for its largest number, on a wide and a narrow screen', async ({ page }) => {
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await open(page);
    for (const method of ['Count your circles', 'How many people do you know named …?']) {
      await page.getByLabel(method, { exact: true }).check();
      const inputs = page.locator('.estimator input[type="number"]');
      const count = await inputs.count();
      expect(count, `${method}: the method's fields and the reach fields`).toBeGreaterThanOrEqual(12);
      for (let i = 0; i < count; i++) {
        const input = inputs.nth(i);
        const max = (await input.getAttribute('max'))!;
        await input.fill(max);
        await input.blur();
        const { scroll, client } = await input.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
        expect(scroll, `${await input.getAttribute('name')} holding ${max} at ${width} px`).toBeLessThanOrEqual(client);
      }
    }
    await page.evaluate((key) => localStorage.removeItem(key), KEY);
  }
});

test('a count of one is one person, in the result and in the ceiling’s note', async ({ page }) => {
  await open(page);
  await field(page, 'Audience ceiling').fill('1');
  await expect(page.locator('[data-result="reach"]')).toHaveText(
    'In this rough model, a message could reach about 1 person within three steps.',
  );
  await expect(page.getByText('The audience ceiling of 1 person limits this result', { exact: false })).toBeVisible();
  await field(page, 'Audience ceiling').fill('1000000');
  await field(page, 'Your first-degree connections').fill('1');
  await field(page, 'Hubs who pass it on').fill('0');
  await field(page, 'Overlap between networks').fill('100');
  await expect(page.locator('[data-result="reach"]')).toHaveText(
    'In this rough model, a message could reach about 1 person within three steps.',
  );
  await expect(page.locator('.estimator')).not.toContainText(/\b1 people\b/);
});

test('a step 1 estimate over the connection limit: the button says it is capped and copies the limit', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('How many people do you know named …?').check();
  const names = page.getByRole('group', { name: 'How many people do you know named …?' }).locator('input');
  for (let i = 0; i < (await names.count()); i++) await names.nth(i).fill('500');
  await expect(page.locator('[data-result="names"]')).toHaveText(
    'You know somewhere between about 76,000 and 80,000 people.',
  );
  await expect(page.getByRole('button', { name: /Use my step 1 estimate/ })).toHaveText(
    'Use my step 1 estimate, capped at the 30,000 limit, as my connections',
  );
  await page
    .getByRole('button', { name: 'Use my step 1 estimate, capped at the 30,000 limit, as my connections' })
    .click();
  await expect(field(page, 'Your first-degree connections')).toHaveValue('30000');
  // under the limit the button shows the estimate itself
  for (let i = 0; i < (await names.count()); i++) await names.nth(i).fill('0');
  await field(page, 'Michael').fill('20');
  await expect(page.getByRole('button', { name: 'Use my step 1 estimate (259) as my connections' })).toBeVisible();
});

test('unreadable numbers planted in saved data show as empty fields with their messages, without browser warnings', async ({
  page,
}) => {
  const fields = {
    'layer.support': 'NaN',
    'layer.sympathy': 'Infinity',
    'layer.affinity': '1e400',
    'reach.population': '-Infinity',
    'layer.active': '12',
  };
  await seedStorage(page, { estimator: { v: 1, method: 'circles', purpose: null, fields } }, { everyLoad: true });
  await open(page);
  for (const [label, message] of [
    ['1. Support clique', /digits only/],
    ['2. Sympathy group', /digits only/],
    ['3. Good friends', /enter up to 1,000 people/],
    ['Audience ceiling', /digits only/],
  ] as const) {
    const input = field(page, label);
    await expect(input).toHaveValue('');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(await messageFor(page, input)).toHaveText(message);
  }
  await expect(field(page, '4. Meaningful contacts')).toHaveValue('12');
  // the results wait for the first wrong field instead of counting the valid ones alone (they
  // used to say 12 people, from a count the reader could not see was partial)
  await expect(page.locator('[data-result="circles"]')).toHaveText(
    'Waiting for a valid number in “1. Support clique”.',
  );
  await expect(page.locator('[data-result="reach"]')).toHaveText('Waiting for a valid number in “Audience ceiling”.');
  // the fixture fails the test on any console warning, such as “The specified value … cannot be parsed”
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [TOOL, ARTICLE]) {
    test(`the estimator's controls are switched off and the note says it needs JavaScript (${path})`, async ({
      page,
    }) => {
      await page.goto(path);
      const estimator = page.locator('.estimator');
      const controls = estimator.locator('input, select, button');
      expect(await controls.count()).toBeGreaterThanOrEqual(16);
      for (const control of await controls.all()) await expect(control).toBeDisabled();
      await expect(page.getByText(/The estimator needs JavaScript to calculate/)).toBeVisible();
      // the intro promises nothing that needs JavaScript
      await expect(estimator.locator('.est-intro')).toHaveText(INTRO, { useInnerText: true });
      await expect(estimator.getByText(/update as you type/)).toBeHidden();
      // no instruction the switched-off fields cannot follow, and no button with nothing to do
      await expect(estimator.getByRole('button', { name: 'Clear my numbers' })).toBeHidden();
      for (const text of [/enter how many people/, /Choose a purpose to see/, /Not enough information/])
        await expect(estimator.getByText(text)).toBeHidden();
      // the useful static part: the questions, the name method by hand, each purpose's range
      await expect(field(page, '1. Support clique')).toBeVisible();
      await expect(page.getByText('People you would call in a crisis.')).toBeVisible();
      await expect(page.getByRole('table', { name: /Estimate = 250,000,000/ })).toBeVisible();
      const ranges = page.getByRole('table', { name: 'The guidance range for each purpose (step 2)' });
      await expect(ranges.getByRole('row', { name: /Resource\/Operational/ })).toHaveText(
        'Resource/Operationalabout 15 to 150 people',
      );
    });
  }
});

test('with JavaScript, the intro says the results update as you type', async ({ page }) => {
  await open(page);
  await expect(page.locator('.est-intro')).toHaveText(`${INTRO} The results update as you type.`);
});

test('the article embeds the estimator, hydrated only near the viewport, with its sources', async ({ page }) => {
  await page.goto(ARTICLE);
  const island = page.locator('astro-island[component-url*="EstimatorIsland"]');
  await expect(island).toHaveAttribute('client', 'visible');
  await expect(island).toHaveAttribute('ssr', ''); // not hydrated while far below the fold
  const frame = page.locator('#network-size');
  await expect(frame.getByRole('heading', { level: 2, name: 'Network-size estimator' })).toBeVisible();
  await expect(frame.getByRole('heading', { level: 3, name: 'Sources' })).toBeAttached();
  // before hydration the controls are there but switched off
  await expect(field(page, '1. Support clique')).toBeDisabled();
  await frame.scrollIntoViewIfNeeded();
  await expect(island).not.toHaveAttribute('ssr', '');
  await expect(field(page, '1. Support clique')).toBeEnabled();
  await field(page, '1. Support clique').fill('4');
  await expect(page.locator('[data-result="circles"]')).toHaveText('Your circles add up to 4 people.');
});

test('clearing asks first, keeps focus on the controls and says what happened', async ({ page }) => {
  await open(page);
  await field(page, '1. Support clique').fill('5');
  const result = page.locator('[data-result="circles"]');
  await expect(result).toHaveText('Your circles add up to 5 people.');
  const clear = page.getByRole('button', { name: 'Clear my numbers' });
  await clear.click();
  await expect(page.getByText(/cannot be undone/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(clear).toBeFocused();
  await expect(result).toHaveText('Your circles add up to 5 people.');
  await clear.click();
  await page.getByRole('button', { name: 'Yes, clear my numbers' }).click();
  await expect(result).toHaveText(/Not enough information yet/);
  await expect(field(page, '1. Support clique')).toHaveValue('0');
  await expect(page.locator('.estimator > p[role="status"]')).toHaveText(
    'Your numbers were cleared from this browser.',
  );
  await expect(clear).toBeFocused();
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBeNull();
});

test('prints the estimate on paper: the worked example and its tables are in the printed text', async ({ page }) => {
  await open(page);
  await field(page, '1. Support clique').fill('5');
  await field(page, '4. Meaningful contacts').fill('100');
  await expect(page.locator('[data-result="circles"]')).toHaveText('Your circles add up to 105 people.');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Clear my numbers' })).toBeHidden();
  await expect(page.locator('[data-result="circles"]')).toBeVisible();
  let text = readPdf(await page.pdf({ format: 'A4' })).text.replace(/\s+/g, ' '); // words and cells, wrapped lines joined
  expect(text).toContain('Your circles add up to 105 people.');
  // the circles table, row by row: layer, you, typical, compared
  expect(text).toMatch(/Support clique 5 5 close to typical/);
  expect(text).toMatch(/Meaningful contacts 105 150 close to typical/);
  expect(text).toMatch(/Acquaintances 105 500 fewer than typical/);
  // the reach table with the default numbers
  expect(text).toMatch(/1st degree 150 150/);
  expect(text).toContain('could reach about 140,000 people within three steps');

  // the documented worked example: 20 people with these names ≈ 259
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('How many people do you know named …?').check();
  await field(page, 'Michael').fill('20');
  await expect(page.locator('[data-result="names"]')).toHaveText(
    'You know somewhere between about 168 and 400 people.',
  );
  await page.emulateMedia({ media: 'print' });
  text = readPdf(await page.pdf({ format: 'A4' })).text.replace(/\s+/g, ' ');
  expect(text).toContain('You know somewhere between about 168 and 400 people.');
  expect(text).toMatch(/250,000,000 people × 20 you know ÷ 19,285,000 people with these names ≈ 259/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the tool page has no WCAG 2.2 AA violations (${theme}, with results and errors)`, async ({ page }) => {
    await seedStorage(page, { theme, purpose: { v: 1, purpose: 'brand' } }, { everyLoad: true });
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await field(page, '1. Support clique').fill('-1');
    await field(page, '4. Meaningful contacts').fill('120');
    await page.getByLabel('Compare with a purpose').selectOption('career');
    let results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
    await page.getByLabel('How many people do you know named …?').check();
    await field(page, 'Michael').fill('20');
    results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the estimator inside the article has no WCAG 2.2 AA violations (${theme})`, async ({ page }) => {
    await seedStorage(page, { theme }, { everyLoad: true });
    await page.goto(ARTICLE);
    const island = page.locator('astro-island[component-url*="EstimatorIsland"]');
    await page.locator('#network-size').scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', '');
    await field(page, '1. Support clique').fill('-1');
    const results = await new AxeBuilder({ page }).include('#network-size').withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  });
}

test('keyboard: OK on the “could not be read” notice moves focus to the first step, never to the page', async ({
  page,
}) => {
  await page.goto(TOOL);
  await page.evaluate((key) => localStorage.setItem(key, '{"v":1,"method":'), KEY);
  await open(page);
  const ok = page.getByRole('button', { name: 'OK' });
  await ok.focus();
  await page.keyboard.press('Enter');
  await expect(ok).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 2, name: /^1\. / })).toBeFocused();
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test('a save from a newer version of the site is kept untouched; the estimator says so and works from memory', async ({
  page,
}) => {
  const raw = '{"v":2,"fields":{"layer.support":"7"}}';
  await page.goto(TOOL);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [KEY, raw] as const);
  await open(page);
  await expect(page.getByText(/saved by a newer version of this site/)).toBeVisible();
  await field(page, '1. Support clique').fill('5');
  await expect(page.locator('[data-result="circles"]')).toContainText('5');
  expect(await page.evaluate((key) => localStorage.getItem(key), KEY)).toBe(raw);
});
