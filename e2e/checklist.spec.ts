/**
 * The promotion checklist as a reader uses it, in Chromium against the built site: the form
 * by keyboard, ticks and names surviving a reload, validation, hostile names, print to PDF
 * (A4 and Letter, read back with pdftotext), the calendar download, corrupted storage,
 * erasing, the article embed and axe in both themes.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axeTags as tags, expect, openTool, readPdf, seedStorage, storageKey, test } from './fixtures';
import { savedChecklist } from '../test/support/saved-checklist';

const KEY = storageKey('checklist');
const TOOL = '/tools/promotion-checklist/';
const ARTICLE = '/articles/you-received-a-promotion-what-about-your-network/';
const HOSTILE = '<img src=x onerror=alert(1)>';

/** a typical saved checklist: manager level, three functions, two outside groups, a few ticks and names */
const saved = (overrides: Record<string, unknown> = {}) =>
  savedChecklist(
    { internal: ['accounting', 'marketing', 'engineering'], external: ['customers', 'industry-peers'], ...overrides },
    {
      done: ['past-thank', 'op-peers', 'op-function:accounting'],
      names: { 'past-thank': ['Mary Jones', 'Joe Bloggs'], 'op-peers': ['Sally Park'] },
    },
  );
// only before the first load of a test: a reload must show what the page saved
const seed = (page: Page, value: unknown) => seedStorage(page, { checklist: value });
const open = (page: Page, path = TOOL) => openTool(page, path, '.cl');

/** a name line: "Name {n} of {m}" inside the "Who:" group named by the item's text */
function nameLine(page: Page, item: RegExp, n: number, of: number) {
  return page
    .getByRole('group', { name: new RegExp(`^Who: ${item.source}`) })
    .getByRole('textbox', { name: `Name ${n} of ${of}`, exact: true });
}

/** the calendar file the page offers: its name and text */
async function download(page: Page) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** the page printed to PDF and read back: its text with runs of white space as one space, and its page count */
async function printed(page: Page, format: 'A4' | 'Letter' = 'A4') {
  await page.emulateMedia({ media: 'print' });
  const { text, pages } = readPdf(await page.pdf({ format }));
  return { flat: text.replace(/\s+/g, ' '), pages };
}

/** the text holds each of `present` and none of `absent` */
function expectText(text: string, present: readonly string[], absent: readonly string[] = []) {
  for (const expected of present) expect(text).toContain(expected);
  for (const unexpected of absent) expect(text).not.toContain(unexpected);
}

/** the messages of any dialog the page opens (none should open), each dismissed */
function failOnDialog(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => (dialogs.push(dialog.message()), await dialog.dismiss()));
  return dialogs;
}

test('fill the form by keyboard, tick items and write names, and find them after a reload', async ({ page }) => {
  const dialogs = failOnDialog(page);
  await open(page);
  await page.getByLabel('Your name (optional)').focus();
  await page.keyboard.type('Ana Ruiz');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('New role title')).toBeFocused();
  await page.keyboard.type('Head of Sales');
  await page.keyboard.press('Tab'); // the level radios: first one focused
  await expect(page.getByLabel('First-time supervisor')).toBeFocused();
  await page.keyboard.press('ArrowDown'); // → Manager
  await expect(page.getByLabel('Manager', { exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Start date of the new role')).toBeFocused();
  await page.keyboard.type('01042027');
  await expect(page.getByLabel('Start date of the new role')).toHaveValue('2027-01-04');
  // on through the date's segments and the organization radios to the first group
  const accounting = page.getByRole('checkbox', { name: 'Accounting', exact: true });
  for (let i = 0; i < 6 && !(await accounting.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(accounting).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('checkbox', { name: 'Marketing', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.getByLabel('Add a group of your own').focus();
  await page.keyboard.type('Legal');
  await page.keyboard.press('Enter'); // adds the group, does not submit
  await expect(page.getByRole('list', { name: 'Your own groups' })).toContainText('Legal');
  await expect(page.locator('.cl-plan')).toHaveCount(0);
  await page.getByRole('button', { name: 'Build my plan' }).focus();
  await page.keyboard.press('Enter');

  const title = page.getByRole('heading', { name: 'Ana Ruiz’s network plan' });
  await expect(title).toBeFocused();
  await expect(page.locator('.cl-for')).toHaveText('Head of Sales · starts Monday, January 4, 2027');
  await expect(page.getByRole('heading', { name: /The first 30 days · due Tue, Feb 2, 2027/ })).toBeVisible();
  const progress = page.locator('.cl-progress');
  await expect(progress).toHaveText(/^0 of \d+ done$/);
  const total = Number((await progress.textContent())!.match(/of (\d+)/)![1]);
  await expect(page.getByText('Find a contact in Legal who can help with day-to-day decisions.')).toBeVisible();

  const thank = page.getByRole('checkbox', { name: /Thank the people who helped you get here/ });
  await thank.focus();
  await page.keyboard.press('Space');
  await expect(thank).toBeChecked();
  await nameLine(page, /Thank the people/, 1, 3).fill('Mary Jones');
  const legal = page.getByRole('checkbox', { name: /Find a contact in Legal/ });
  await legal.focus();
  await page.keyboard.press('Space');
  await expect(progress).toHaveText(`2 of ${total} done`);

  await page.reload();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /Thank the people who helped you get here/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Find a contact in Legal/ })).toBeChecked();
  await expect(nameLine(page, /Thank the people/, 1, 3)).toHaveValue('Mary Jones');
  await expect(page.getByLabel('Manager', { exact: true })).toBeChecked();
  await expect(page.locator('.cl-progress')).toHaveText(`2 of ${total} done`);
  expect(dialogs).toEqual([]);
});

test('changing the profile regenerates the plan and keeps ticks and names', async ({ page }) => {
  await seed(page, saved());
  await open(page);
  await expect(page.locator('.cl-progress')).toHaveText('3 of 27 done');
  const accounting = page.getByRole('checkbox', { name: 'Accounting', exact: true });
  await accounting.uncheck();
  await expect(page.getByRole('checkbox', { name: /Find a contact in accounting/ })).toHaveCount(0);
  await expect(page.locator('.cl-progress')).toHaveText('2 of 26 done');
  await page.getByRole('radio', { name: 'Executive' }).check();
  // an executive's strategic network has the board; board members are not an operational group
  await expect(page.getByRole('checkbox', { name: 'Board members', exact: true })).toHaveCount(0);
  await expect(
    page.getByText('Arrange time with board members to learn how they see the company’s future.'),
  ).toBeVisible();
  await accounting.check();
  await expect(page.getByRole('checkbox', { name: /Find a contact in accounting/ })).toBeChecked();
  await page.getByLabel('Start date of the new role').fill('2028-01-31');
  await expect(page.getByRole('heading', { name: /The first 30 days · due Tue, Feb 29, 2028/ })).toBeVisible();
  await expect(nameLine(page, /Meet your new peers/, 1, 1)).toHaveCount(0);
  await expect(nameLine(page, /Meet your new peers/, 1, 3)).toHaveValue('Sally Park');
});

test('missing answers get clear messages and nothing is lost', async ({ page }) => {
  await open(page);
  await page.getByLabel('Your name (optional)').fill('Sam');
  await page.getByRole('button', { name: 'Build my plan' }).click();
  const summary = page.locator('.cl-error-summary');
  await expect(summary).toContainText('3 things to fix');
  await expect(summary).toContainText('Write the new role’s title');
  await expect(summary).toContainText('Choose the level of the new role.');
  await expect(summary).toContainText('Enter the date the new role starts');
  await expect(page.getByLabel('New role title')).toBeFocused();
  await expect(page.getByLabel('New role title')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.cl-plan')).toHaveCount(0);
  await page.getByLabel('New role title').fill('Team lead');
  await page.getByLabel('First-time supervisor').check();
  await expect(summary).toContainText('One thing to fix');
  await page.getByLabel('Start date of the new role').fill('2026-12-01');
  await expect(summary).toBeEmpty();
  await expect(page.getByRole('heading', { name: 'Sam’s network plan' })).toBeVisible();
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('Sam');
  // a group name that is empty, too long or a duplicate is refused with a message
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.locator('.cl-add-group .field-error')).toHaveText('Type the group’s name before adding it.');
  await page.getByLabel('Add a group of your own').fill('sales');
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.locator('.cl-add-group .field-error')).toHaveText('That group is already on the list.');
});

test('when the level is the first thing to fix, focus lands on its first radio, also from the summary link', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('New role title').fill('Team lead');
  await page.getByLabel('Start date of the new role').fill('2027-01-04');
  await page.getByRole('button', { name: 'Build my plan' }).focus();
  await page.keyboard.press('Enter');
  const summary = page.locator('.cl-error-summary');
  await expect(summary).toContainText('One thing to fix');
  const first = page.getByRole('radio', { name: 'First-time supervisor' });
  await expect(first).toBeFocused();
  const group = page.getByRole('radiogroup', { name: 'Level of the new role' });
  await expect(group).toHaveAttribute('aria-invalid', 'true');
  await page.getByLabel('New role title').focus();
  await summary.getByRole('link', { name: 'Choose the level of the new role.' }).click();
  await expect(first).toBeFocused();
  // by keyboard too
  await page.getByLabel('New role title').focus();
  await summary.getByRole('link', { name: 'Choose the level of the new role.' }).focus();
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Manager', exact: true })).toBeChecked();
});

test('a hostile name is shown literally on screen, in print and in the calendar, and runs nothing', async ({
  page,
}) => {
  const dialogs = failOnDialog(page);
  await page.addInitScript(() => {
    (window as unknown as { __printed: number }).__printed = 0;
    window.print = () => {
      (window as unknown as { __printed: number }).__printed += 1;
    };
  });
  await open(page);
  await page.getByLabel('Your name (optional)').fill(HOSTILE);
  await page.getByLabel('New role title').fill(`Lead ${HOSTILE}`);
  await page.getByLabel('Manager', { exact: true }).check();
  await page.getByLabel('Start date of the new role').fill('2027-01-04');
  await page.getByRole('button', { name: 'Build my plan' }).click();
  await expect(page.getByRole('heading', { name: `${HOSTILE}’s network plan` })).toBeVisible();
  await nameLine(page, /Thank the people/, 1, 3).fill(`<script>alert(2)</script>`);
  await page.getByLabel('Add a group of your own').fill('<b>Legal</b>');
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.getByText('Find a contact in <b>Legal</b> who can help with day-to-day decisions.')).toBeVisible();
  await expect(page.locator('.cl img, .cl script, .cl b')).toHaveCount(0);

  await page.getByRole('button', { name: 'Print my checklist' }).click();
  expect(await page.evaluate(() => (window as unknown as { __printed: number }).__printed)).toBe(1);
  expectText((await printed(page)).flat, [HOSTILE, '<script>alert(2)</script>']);

  await page.emulateMedia({ media: 'screen' });
  const ics = (await download(page)).text;
  expect(ics.replace(/\r\n /g, '')).toContain(
    `SUMMARY:Network plan: first-day items due (${HOSTILE}\\, Lead ${HOSTILE})`,
  );
  // the island has handled the click to its end (it announces the file) before dialogs are counted
  await expect(page.locator('.cl [role="status"]').last()).toContainText('Calendar file promotion-checklist-');
  expect(dialogs).toEqual([]);
});

for (const format of ['A4', 'Letter'] as const) {
  test(`prints a clean ${format} checklist of at most two pages`, async ({ page }) => {
    await seed(page, saved());
    await open(page);
    const { flat, pages } = await printed(page, format);
    expect(pages).toBeLessThanOrEqual(2);
    expectText(
      flat,
      [
        'Ana Ruiz’s network plan',
        'Head of Sales · starts Monday, January 4, 2027',
        '3 of 27 done',
        'Before and at the start · due Mon, Jan 4, 2027',
        'The first 30 days · due Tue, Feb 2, 2027',
        'Days 31 to 60 · due Thu, Mar 4, 2027',
        'The 90-day review · due Mon, Apr 5, 2027',
        'Mary Jones',
        'Joe Bloggs',
        'Sally Park',
        '✓',
      ],
      // the form, the buttons and the navigation are not printed, nor the placeholder site
      [
        'upproach.example',
        'New role title',
        'Build my plan',
        'Go to my plan',
        'Print my checklist',
        'Erase my checklist',
      ],
    );
    expectText(flat, [], ['Download calendar', 'About this checklist', 'Skip to content']);
    // the printed address is the page's own (the build has no SITE_URL), never the placeholder
    expect(flat.replace(/ /g, '')).toContain(`${new URL(page.url()).origin}/tools/promotion-checklist/`);
  });
}

/**
 * the largest plan there can be (test/unit/checklist/plan-rules.test.ts finds it): a director's
 * with every group offered, six of the reader's own and every network reviewed on a rhythm (45
 * items), made by their manager (the longer wording); the three-step start is not printed
 */
function largest() {
  return {
    ...saved({
      audience: 'manager',
      role: 'Director of Operations',
      level: 'director',
      internal: ['accounting', 'human-resources', 'sales', 'marketing', 'engineering', 'administration'],
      customInternal: [
        'Legal and compliance',
        'Procurement',
        'Supercalifragilisticexpialidociousgroups',
        'Facilities',
        'Customer success',
        'Information technology',
      ],
      external: [
        'vendors',
        'customers',
        'consultants',
        'industry-experts',
        'smes',
        'industry-peers',
        'peers-other-industries',
      ],
      newToNetworking: true,
    }),
    rhythms: { past: 'quarter', operational: 'two-weeks', strategic: 'month' },
    done: ['past-thank', 'op-peers'],
    names: {
      'past-thank': ['Mary Jones', 'Joe Bloggs', 'Sally Park'],
      'op-peers': ['Sam Lee'],
      'review-rhythm': ['Dana Cole'],
    },
  };
}

for (const format of ['A4', 'Letter'] as const) {
  test(`prints the largest possible plan (45 items) on at most two ${format} pages`, async ({ page }) => {
    await seed(page, largest());
    await open(page);
    await expect(page.locator('.cl-item')).toHaveCount(45);
    await page.emulateMedia({ media: 'print' });
    // legible: the items' text is at least 9pt, the why lines at least 8pt (1pt = 4/3 CSS px)
    const sizes = await page.evaluate(() => ({
      text: parseFloat(getComputedStyle(document.querySelector('.cl-item-text')!).fontSize),
      why: parseFloat(getComputedStyle(document.querySelector('.cl-why')!).fontSize),
    }));
    expect(sizes.text).toBeGreaterThanOrEqual(12); // 9pt
    expect(sizes.why).toBeGreaterThanOrEqual(10.6); // 8pt
    const { flat, pages } = await printed(page, format);
    expect(pages).toBeLessThanOrEqual(2);
    expectText(
      flat,
      [
        'Ana Ruiz’s network plan',
        '2 of 45 done',
        'Review Ana Ruiz’s strategic network with them',
        'from Mon, May 3, 2027',
        'The 90-day review · due Mon, Apr 5, 2027',
        'Supercalifragilisticexpialidociousgroups',
        'Director of Operations · starts Monday, January 4, 2027',
        'Book the next review',
        'Sally Park',
        'Dana Cole',
      ],
      // the three-step start and the rhythm's choices are for the screen
      ['A three-step start', 'Not in my calendar'],
    );
  });

  test(`printing a built plan from the article prints the plan alone (${format}, at most two pages)`, async ({
    page,
  }) => {
    await seed(page, saved());
    await page.goto(ARTICLE);
    await page.locator('[data-tool="promotion-checklist"]').scrollIntoViewIfNeeded();
    await expect(page.locator('.cl[data-hydrated] .cl-plan')).toBeVisible();
    const { flat, pages } = await printed(page, format);
    expect(pages).toBeLessThanOrEqual(2);
    expectText(
      flat,
      ['Ana Ruiz’s network plan', 'Head of Sales · starts Monday, January 4, 2027', '3 of 27 done', 'Mary Jones'],
      // the article around it is not printed: its opening, its headings, the table of contents, the author box
      [
        'Have you or someone that works for you received a promotion lately?',
        'Don’t Forget About Your Network',
        'On this page',
        'About the author',
        'So where to start',
        'Build my plan',
      ],
    );
  });
}

test('without a built plan the article still prints as text, with the checklist as a pointer', async ({ page }) => {
  await page.goto(ARTICLE);
  const { flat } = await printed(page);
  expectText(
    flat,
    ['Have you or someone that works for you received a promotion lately?', 'So where to start'],
    ['New role title'],
  );
});

for (const width of [320, 375]) {
  test(`at ${width}px “Who:” has its own line above full-width name lines, and each due date stays whole`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 740 });
    await seed(page, saved());
    await open(page);
    const group = page.getByRole('group', { name: /^Who: Thank the people/ });
    const label = await group.locator('.cl-who-label').boundingBox();
    const inputs = await Promise.all([1, 2, 3].map((n) => nameLine(page, /Thank the people/, n, 3).boundingBox()));
    expect(label!.y + label!.height).toBeLessThanOrEqual(inputs[0]!.y);
    // one under the other, all as wide as the first, starting where the label starts
    for (const box of inputs) {
      expect(Math.abs(box!.width - inputs[0]!.width)).toBeLessThan(1);
      expect(Math.abs(box!.x - label!.x)).toBeLessThan(1);
    }
    expect(inputs[1]!.y).toBeGreaterThan(inputs[0]!.y);
    // the due date is a line of its own, in one piece, and no line starts with the separator
    for (const due of await page.locator('.cl-due').all()) {
      const lines = await due.evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
      });
      expect(lines).toBe(1);
      await expect(due.locator('.cl-due-sep')).toBeHidden();
    }
    await page.screenshot({ path: test.info().outputPath(`checklist-${width}.png`), fullPage: false });
  });
}

test('a right-to-left name keeps its place in the title, isolated in <bdi>', async ({ page }) => {
  await seed(page, saved({ name: 'محمد 2' }));
  await open(page);
  const title = page.getByRole('heading', { name: 'محمد 2’s network plan' });
  await expect(title.locator('bdi')).toHaveText('محمد 2');
  await expect(page.locator('.cl-for bdi')).toHaveText('Head of Sales');
});

test('a start date from which a due date would not exist is refused, with the range, and builds no plan', async ({
  page,
}) => {
  await open(page);
  await page.getByLabel('New role title').fill('Head of Sales');
  await page.getByRole('radio', { name: 'Manager', exact: true }).check();
  const start = page.getByLabel('Start date of the new role');
  await expect(start).toHaveAttribute('max', '2199-12-29');
  await expect(page.getByText('Choose a date from January 1, 1900 to December 29, 2199.')).toBeVisible();
  await start.fill('2200-10-04');
  await page.getByRole('button', { name: 'Build my plan' }).click();
  await expect(page.locator('.cl-error-summary')).toContainText(
    'Enter a real date from January 1, 1900 to December 29, 2199.',
  );
  await expect(page.getByRole('button', { name: 'Download calendar (.ics)' })).toHaveCount(0);
  await expect(page.locator('.cl')).not.toContainText(/due\s*$|NaN|undefined/m);
});

test('a pasted over-long name is cut at a whole character and the reader is told; a non-Latin role names the file', async ({
  page,
}) => {
  await seed(page, saved({ name: '', role: 'مديرة المبيعات' }));
  await open(page);
  const name = page.getByLabel('Your name (optional)');
  await name.focus();
  // 79 letters, then a family emoji that would straddle the limit of 80, then more
  await page.keyboard.insertText(`${'a'.repeat(79)}👨‍👩‍👧‍👦${'b'.repeat(420)}`);
  await expect(name).toHaveValue('a'.repeat(79));
  await expect(page.getByText('That was too long, so it was shortened to 80 characters.')).toBeVisible();
  expect((await download(page)).name).toBe(`promotion-checklist-${'a'.repeat(60)}.ics`);
  await name.fill('');
  expect((await download(page)).name).toBe('promotion-checklist-مديرة-المبيعات.ics');
});

test('downloads an iCalendar file with one all-day event per phase', async ({ page }) => {
  await seed(page, saved());
  await open(page);
  const { name, text: ics } = await download(page);
  expect(name).toBe('promotion-checklist-ana-ruiz-head-of-sales.ics');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
  for (const date of ['20270104', '20270202', '20270304', '20270405'])
    expect(ics).toContain(`DTSTART;VALUE=DATE:${date}`);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  // the events link to the page the plan lives on, at the site's own origin (no SITE_URL in this build)
  expect(ics.replace(/\r\n /g, '')).toContain(`\r\nURL:${new URL(page.url()).origin}/tools/promotion-checklist/\r\n`);
  expect(ics).not.toContain('upproach.example');
  await expect(page.locator('.cl [role="status"]').last()).toContainText(
    'Calendar file promotion-checklist-ana-ruiz-head-of-sales.ics downloaded: 4 milestones.',
  );
});

test('tampered values are refused, not shown: an impossible date gets a message', async ({ page }) => {
  await seed(page, saved({ startDate: '2027-02-31' }));
  await open(page);
  await expect(page.locator('.cl-error-summary')).toContainText(
    'Enter a real date from January 1, 1900 to December 29, 2199.',
  );
  await expect(page.locator('.cl')).not.toContainText(/NaN|Infinity|undefined/);
});

test('“Erase my checklist” asks once, then removes everything', async ({ page }) => {
  await seed(page, saved());
  await open(page);
  await page.getByRole('button', { name: 'Erase my checklist' }).click();
  await page.getByRole('button', { name: 'Keep it' }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).not.toBeNull();
  await expect(page.getByRole('button', { name: 'Erase my checklist' })).toBeFocused();
  await page.getByRole('button', { name: 'Erase my checklist' }).click();
  await page.getByRole('button', { name: 'Yes, erase my checklist' }).click();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await expect(page.getByLabel('Your name (optional)')).toHaveValue('');
  await expect(page.locator('.cl-plan')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Erase my checklist' })).toBeFocused();
  await page.reload();
  await expect(page.getByLabel('New role title')).toHaveValue('');
});

test('the quiz purpose is noted and its network marked in the reader’s own plan, never in a manager’s', async ({
  page,
}) => {
  await seedStorage(page, { checklist: saved({ audience: 'manager' }), purpose: { v: 1, purpose: 'strategic' } });
  await open(page);
  const island = page.locator('.cl');
  const note = page.locator('.cl-purpose-note');
  await expect(page.getByRole('heading', { name: 'Ana Ruiz’s network plan' })).toBeVisible();
  await expect(
    page.getByText(
      'List the people Ana Ruiz should meet first, from your own network too, and offer to introduce them.',
    ),
  ).toBeVisible();
  for (const absent of [/your quiz result/i, 'fits your purpose', /report to you/])
    await expect(island).not.toContainText(absent);
  await expect(note).toHaveCount(0);
  // the same inputs as the reader's own plan: the quiz note is the reader's, so it shows there
  await page.getByRole('radio', { name: 'I was promoted' }).check();
  await expect(note).toContainText(
    'Your quiz result is Strategic/Perspective. The promotion article’s strategic network',
  );
  const item = (text: string) => page.locator('li', { hasText: text });
  await expect(item('Find directors or executives inside the organization')).toContainText('fits your purpose');
  await expect(item('Meet your new peers')).not.toContainText('fits your purpose');
  await page.reload();
  await expect(page.locator('.cl[data-hydrated] .cl-purpose-note')).toBeVisible();
  await page.getByRole('radio', { name: 'Someone who reports to me was promoted' }).check();
  await expect(island).not.toContainText(/your quiz result/i);
});

test('supervisor and executive plans with otherwise equal inputs differ', async ({ page }) => {
  const items = () => page.locator('.cl-item .cl-item-text').allTextContents();
  await seed(page, saved({ level: 'supervisor' }));
  await open(page);
  await expect(page.getByText('Meet your new peers, the other supervisors and team leads, one by one.')).toBeVisible();
  await expect(
    page.getByText('Meet one or two managers or senior managers, a step or two above your new level.'),
  ).toBeVisible();
  const supervisor = await items();
  expect(supervisor.join('\n')).not.toMatch(/executive|board/i);
  await page.getByRole('radio', { name: 'Executive' }).check();
  await expect(
    page.getByText('Meet your new peers, the other members of the executive team, one by one.'),
  ).toBeVisible();
  const executive = await items();
  expect(executive).not.toEqual(supervisor);
  expect(executive.join('\n')).not.toMatch(/step or two above|one or two steps/i);
  expect(executive).toContain('Arrange time with board members to learn how they see the company’s future.');
  expect(executive).toContain(
    'Talk with one or two executives outside the organization about where the industry is heading.',
  );
  // the ticks and names of the items both plans share stay
  await expect(page.getByRole('checkbox', { name: /Thank the people who helped you get here/ })).toBeChecked();
  await expect(nameLine(page, /Meet your new peers/, 1, 3)).toHaveValue('Sally Park');
});

test('in the article the checklist hydrates only when scrolled near, and shows the saved plan', async ({ page }) => {
  await seed(page, saved());
  await page.goto(ARTICLE);
  const island = page.locator('[data-tool="promotion-checklist"]');
  await expect(island).toHaveCount(1);
  // the checklist's own island, hydrated only near the viewport
  await expect(page.locator('astro-island[client="visible"]').filter({ has: page.locator('.cl') })).toHaveCount(1);
  await expect(page.locator('astro-island[client="load"]').filter({ has: page.locator('.cl') })).toHaveCount(0);
  // placed after the article's conclusion, never between "So where to start…" and its answer
  const around = await page.evaluate(() => {
    const el = document.querySelector('[data-tool="promotion-checklist"]');
    const question = [...document.querySelectorAll('article p')].find(
      (p) => p.textContent?.trim() === 'So where to start…',
    );
    return {
      before: el?.previousElementSibling?.textContent?.trim(),
      afterQuestion: question?.nextElementSibling?.textContent?.trim(),
    };
  });
  expect(around.before).toMatch(/^When careers take a turn by promotion .* a formula for disaster\.$/);
  expect(around.afterQuestion).toBe('Their Operational Network Must Change');
  await expect(island.locator('.cl-sources')).toContainText('The First 90 Days');
  // the sources are a section of the frame (its title is an h2 in the article)
  await expect(island.locator('.cl-sources').getByRole('heading', { level: 3, name: 'Sources' })).toBeVisible();
  // server-rendered but not hydrated while it is far below the fold
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.cl[data-hydrated]')).toHaveCount(0);
  await expect(island.getByLabel('New role title')).toHaveValue('');
  await island.scrollIntoViewIfNeeded();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Ana Ruiz’s network plan' })).toBeVisible();
});

test('fits a 320px-wide phone without sideways scrolling, with 24px controls', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seed(page, saved());
  await open(page);
  await expect(page.locator('.cl-plan')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const box = await page.getByRole('checkbox', { name: /Thank the people/ }).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
  await page.goto(ARTICLE);
  await page.locator('[data-tool="promotion-checklist"]').scrollIntoViewIfNeeded();
  await expect(page.locator('.cl[data-hydrated] .cl-plan')).toBeVisible();
  const overflow = await page.evaluate(() => {
    const tool = document.querySelector('[data-tool="promotion-checklist"]')!.getBoundingClientRect();
    return tool.right - document.documentElement.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
});

test('at 320px a long group name of the reader’s own wraps instead of scrolling the page sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page);
  const long = 'Supercalifragilisticexpialidociousgroups'; // 40 characters, the limit
  await page.getByLabel('New role title').fill('Head of Sales');
  await page.getByRole('radio', { name: 'Manager', exact: true }).check();
  await page.getByLabel('Start date of the new role').fill('2027-01-04');
  await page.getByLabel('Add a group of your own').fill(long);
  await page.getByRole('button', { name: 'Add group' }).click();
  await expect(page.getByRole('list', { name: 'Your own groups' })).toContainText(long);
  await page.getByRole('button', { name: 'Build my plan' }).click();
  const item = page.getByRole('checkbox', {
    name: `Find a contact in ${long} who can help with day-to-day decisions.`,
  });
  await expect(item).toBeVisible();
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
  // the Remove button next to the group stays on screen
  const remove = await page.getByRole('button', { name: `Remove ${long}` }).boundingBox();
  expect(remove!.x + remove!.width).toBeLessThanOrEqual(widths.client);
});

test('the same start date gives the same due dates in every browser time zone', async ({ browser, baseURL }) => {
  const seen: string[] = [];
  for (const timezoneId of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Europe/Berlin']) {
    const context = await browser.newContext({ timezoneId, baseURL });
    const page = await context.newPage();
    await seed(page, saved({ startDate: '2028-02-28' }));
    await open(page);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(timezoneId);
    seen.push(
      [await page.locator('.cl-for').textContent(), ...(await page.locator('.cl-phase-title').allTextContents())].join(
        ' | ',
      ),
    );
    await context.close();
  }
  expect(new Set(seen).size).toBe(1);
  expect(seen[0]).toBe(
    'Head of Sales · starts Monday, February 28, 2028 | Before and at the start · due Mon, Feb 28, 2028 | The first 30 days · due Tue, Mar 28, 2028 | Days 31 to 60 · due Thu, Apr 27, 2028 | The 90-day review · due Mon, May 29, 2028',
  );
});

test('without JavaScript the page says what the tool needs, shows the plan’s items, and its fields look switched off', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(TOOL);
  await expect(page.locator('noscript')).toHaveCount(1);
  const note = page.locator('.cl-noscript');
  await expect(note.locator('p').first()).toHaveText(
    'The promotion checklist needs JavaScript to build your plan from your answers, date it, keep your ticks and names in this browser, print it, and make the calendar file. Nothing is sent anywhere.',
  );
  await expect(note.locator('p').nth(1)).toHaveText(
    'Without JavaScript, here is the plan for a manager promoted within the same organization, without due dates; with JavaScript it follows your level, your groups, and your start date.',
  );
  // the useful static part: the plan's items, by phase, in the sources' order
  await expect(note.getByRole('heading')).toHaveText([
    'Before and at the start',
    'The first 30 days',
    'Days 31 to 60',
    'The 90-day review',
  ]);
  await expect(note.locator('li').first()).toHaveText(
    'Map whose support you most need: supporters, opponents, and the “convincibles.”',
  );
  await expect(note.locator('li').nth(1)).toHaveText(
    'Agree with your manager, in a meeting of its own, what they expect of you and by when.',
  );
  expect(await note.locator('li').count()).toBeGreaterThan(15);
  await expect(page.getByLabel('New role title')).toBeVisible();
  await expect(page.locator('.cl-preview')).toHaveText(
    'Your plan will have four parts, each with due dates counted from your start date: before and at the start, the first 30 days, days 31 to 60, and a 90-day review. A due date that falls on a Saturday or Sunday moves to the following Monday. Each item has a box to tick, the reason for it, and lines for the names of the people you will approach.',
  );
  // the form is shown but switched off: typing and "Build my plan" would reload the page and lose it
  await expect(page.getByRole('button', { name: 'Build my plan' })).toBeDisabled();
  await expect(page.getByLabel('New role title')).toBeDisabled();
  await expect(page.getByRole('radio', { name: 'Manager', exact: true })).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Accounting', exact: true })).toBeDisabled();
  // a switched-off text box does not look like a working one: dashed and shaded, with a not-allowed cursor
  for (const field of [page.getByLabel('New role title'), page.getByLabel('Add a group of your own')]) {
    const look = await field.evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: style.borderTopStyle, cursor: style.cursor };
    });
    expect(look).toEqual({ border: 'dashed', cursor: 'not-allowed' });
  }
  await page.getByRole('button', { name: 'Build my plan' }).click({ force: true });
  expect(new URL(page.url()).search).toBe('');
  await context.close();
});

test('“Build my plan” on an empty form stores nothing: no “Go to my plan” and no “3 things to fix” on the next visit', async ({
  page,
}) => {
  await open(page);
  await page.getByRole('button', { name: 'Build my plan' }).click();
  await expect(page.locator('.cl-error-summary')).toContainText('3 things to fix');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await expect(page.getByRole('button', { name: 'Erase my checklist' })).toBeDisabled();
  await page.reload();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Build my plan' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Go to my plan' })).toHaveCount(0);
  await expect(page.locator('.cl-error-summary')).toBeEmpty();
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
});

test('a manager’s plan without a name speaks of “the new leader” and “their” networks, never “your report” or “Your past network”', async ({
  page,
}) => {
  await seed(page, saved({ audience: 'manager', name: '' }));
  await open(page);
  await expect(page.getByRole('heading', { name: 'The new leader’s network plan' })).toBeVisible();
  const plan = page.locator('.cl-plan');
  await expect(plan).toContainText('Former peers may now report to the new leader or rely on them');
  await expect(page.locator('li', { hasText: 'reset the working relationship' }).locator('.cl-section')).toHaveText(
    'Their past network',
  );
  await expect(plan).not.toContainText(/your report/i);
  await expect(plan).not.toContainText('Your past network');
  await expect(plan).toContainText('Suggest that the new leader ask their new team who they rely on outside the team.');
});

test('at 320 px the Remove button of a group of one’s own stays one word on one line', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await open(page);
  await page.getByLabel('Add a group of your own').fill('Supercalifragilisticexpialidocious');
  await page.getByRole('button', { name: 'Add group' }).click();
  const remove = page.getByRole('button', { name: /^Remove Supercalifragilisticexpialidocious/ });
  await expect(remove).toBeVisible();
  const lines = await remove.evaluate((button) => {
    const range = document.createRange();
    range.selectNodeContents(button.firstChild!);
    return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
  });
  expect(lines).toBe(1);
  expect((await remove.boundingBox())!.x + (await remove.boundingBox())!.width).toBeLessThanOrEqual(320);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.2 AA violations, empty and filled in (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('upproach:theme', t), theme);
    await open(page);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    await page.getByRole('button', { name: 'Build my plan' }).click(); // error state
    let results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(saved())] as const);
    await page.addInitScript(() =>
      localStorage.setItem('upproach:purpose:v1', JSON.stringify({ v: 1, purpose: 'resource' })),
    );
    await page.reload();
    await expect(page.locator('.cl-plan')).toBeVisible();
    results = await new AxeBuilder({ page }).withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}

test('damaged saved data starts fresh with a message, once; by keyboard, OK and Remove on a group of your own hand the focus on', async ({
  page,
}) => {
  await seed(page, '{"v":1,"profile":{"role":');
  await open(page);
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  await expect(page.getByLabel('New role title')).toHaveValue('');
  await notice.getByRole('button', { name: 'OK' }).focus();
  await page.keyboard.press('Enter');
  await expect(notice).toHaveCount(0);
  // the next thing in the tool: the form's first question (its legend; Tab then reaches its choices)
  await expect(page.locator('legend', { hasText: 'Who is the plan for?' })).toBeFocused();
  // read once, the message does not come back on the next visit
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
  await page.reload();
  await expect(page.locator('.cl')).toHaveAttribute('data-hydrated', 'true');
  await expect(notice).toHaveCount(0);

  const add = page.getByLabel('Add a group of your own');
  for (const name of ['Guild', 'Choir']) {
    await add.fill(name);
    await add.press('Enter');
  }
  const remove = (name: string) => page.getByRole('button', { name: `Remove ${name}` });
  await remove('Guild').focus();
  await page.keyboard.press('Enter');
  await expect(remove('Guild')).toHaveCount(0);
  // the next group's Remove, then, with none left, the field for adding one
  await expect(remove('Choir')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(remove('Choir')).toHaveCount(0);
  await expect(add).toBeFocused();
});

test('a save from a newer version of the site is kept untouched; the checklist says so and works from memory', async ({
  page,
}) => {
  const raw = '{"v":2,"plan":{"anything":true}}';
  await seed(page, raw);
  await open(page);
  await expect(page.getByRole('status').filter({ hasText: 'saved by a newer version of this site' })).toBeVisible();
  await page.getByLabel('New role title').fill('Head of Sales');
  expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBe(raw);
});
