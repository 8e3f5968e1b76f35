/**
 * Messages to send, under the promotion checklist's plan, as a reader uses them in Chromium
 * against the built site: one message per person named in the plan, each greeting that person
 * by the name the reader greets them with (edited, and kept after a reload), Copy puts the
 * message on the clipboard (read back) and says so, hostile names stay text, the reader's wording
 * survives a reload, a refused copy selects the text and says how to copy it, keyboard only,
 * print and axe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { axeTags as tags, expect, openTool, readPdf, seedStorage, storageKey, test } from './fixtures';
import { problemsOf } from '../test/support/message-rules';
import { savedChecklist } from '../test/support/saved-checklist';

const KEY = storageKey('checklist');
const TOOL = '/tools/promotion-checklist/';
const HOSTILE = '<img src=x onerror=alert(1)>';

const saved = (names: Record<string, string[]> = { 'op-peers': ['Sally Park'] }, extra: Record<string, unknown> = {}) =>
  savedChecklist({ internal: ['accounting'], external: ['vendors'] }, { names, ...extra });
const seed = (page: Page, value: unknown) => seedStorage(page, { checklist: value });
const open = (page: Page) => openTool(page, TOOL, '.cl');

const PEER = 'Message to a new peer: Sally Park';

async function showMessages(page: Page, label = PEER) {
  await page.getByRole('button', { name: 'Show messages to send' }).click();
  const peer = page.getByRole('textbox', { name: label, exact: true });
  await expect(peer).toBeVisible();
  return peer;
}

/** the n-th "Who:" line of "Meet your new peers" */
const peerName = (page: Page, n: number) =>
  page.getByRole('group', { name: /^Who: Meet your new peers/ }).getByRole('textbox', { name: `Name ${n} of 3` });
const itemOf = (page: Page, label: string) =>
  page.locator('.cl-msg').filter({ has: page.getByRole('textbox', { name: label, exact: true }) });

/** the messages of any dialog the page opens (none should open), each dismissed */
function failOnDialog(page: Page) {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => (dialogs.push(dialog.message()), await dialog.dismiss()));
  return dialogs;
}

test('one message per person: three names on an item are three messages, each greeting one person; copy one', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await open(page);
  await page.getByLabel('Your name (optional)').fill('Ana Ruiz');
  await page.getByLabel('New role title').fill('Head of Sales');
  await page.getByLabel('Manager', { exact: true }).check();
  await page.getByLabel('Start date of the new role').fill('2027-01-04');
  await page.getByRole('button', { name: 'Build my plan' }).click();
  await peerName(page, 1).fill('Mary Jones');
  await peerName(page, 2).fill('Sally Park');
  await peerName(page, 3).fill('Acme Inc.');
  await showMessages(page);
  const peers = page.getByRole('textbox', { name: /^Message to a new peer: / });
  await expect(peers).toHaveCount(3);
  const texts = await peers.evaluateAll((boxes) => boxes.map((b) => (b as HTMLTextAreaElement).value));
  expect(texts.map((t) => t.split('\n')[0])).toEqual([
    'Hi Mary,',
    'Hi Sally,',
    'I have just started as Head of Sales, and I am glad to be working alongside you.',
  ]);
  for (const text of texts) {
    expect(text).toMatch(/Thanks,\nAna Ruiz$/);
    expect(text).not.toMatch(/^Hi\s*,/);
    // a greeting names one person, never the list of them
    const greeting = text.startsWith('Hi ') ? text.split('\n')[0]! : '';
    expect(greeting).not.toMatch(/ and |Mary Jones|Sally Park|Acme/);
  }
  expect(problemsOf(texts)).toEqual([]);
  await expect(itemOf(page, 'Message to a new peer: Acme Inc.')).toContainText(
    'looks like the name of an organization',
  );
  // copy one: the button keeps the focus and the page says it was copied
  const copy = itemOf(page, PEER).getByRole('button', { name: 'Copy message' });
  await copy.click();
  await expect(itemOf(page, PEER).getByRole('status')).toHaveText('Copied. Paste the message into your email or chat.');
  await expect(copy).toBeFocused();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(texts[1]);
  // a name written after the messages were shown gets its own message at once
  await peerName(page, 3).fill('Sam Lee');
  await expect(page.getByRole('textbox', { name: 'Message to a new peer: Sam Lee' })).toHaveValue(/^Hi Sam,\n\n/);
  await expect(peers).toHaveCount(3);
});

test('greet as: the reader changes how a person is greeted, and it survives a reload', async ({ page }) => {
  await seed(page, saved({ 'op-peers': ['Park Ji-sung', 'Dr. Chen'] }));
  await open(page);
  const park = await showMessages(page, 'Message to a new peer: Park Ji-sung');
  await expect(park).toHaveValue(/^Hi Park,/);
  await expect(page.getByRole('textbox', { name: 'Message to a new peer: Dr. Chen' })).toHaveValue(/^Hi Dr\. Chen,/);
  const greet = page.getByRole('textbox', { name: 'Greet Park Ji-sung as' });
  await expect(greet).toHaveValue('Park');
  await greet.fill('Ji-sung');
  await expect(park).toHaveValue(/^Hi Ji-sung,\n\nI have just started as Head of Sales/);
  const give = itemOf(page, 'Message to a new peer: Park Ji-sung').getByRole('combobox', { name: 'What you offer' });
  await give.selectOption({ label: 'An early heads-up' });
  await expect(park).toHaveValue(/early heads-up whenever something on my side/);
  await page.reload();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  const again = await showMessages(page, 'Message to a new peer: Park Ji-sung');
  await expect(page.getByRole('textbox', { name: 'Greet Park Ji-sung as' })).toHaveValue('Ji-sung');
  await expect(again).toHaveValue(/^Hi Ji-sung,\n\n[^]*early heads-up/);
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
  expect(stored.messageChoices).toEqual({ greetAs: { 'Park Ji-sung': 'Ji-sung' }, gives: { 'op-peers': 'heads-up' } });
});

test('a hostile name stays literal in the message and on the clipboard, and runs nothing', async ({
  page,
  context,
  baseURL,
}) => {
  const dialogs = failOnDialog(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await seed(page, saved({ 'op-peers': [HOSTILE, '{role}'] }, { profile: { ...saved().profile, name: HOSTILE } }));
  await open(page);
  const label = `Message to a new peer: ${HOSTILE}`;
  const peer = await showMessages(page, label);
  // neither name starts with a letter: nobody is greeted until the reader says how
  await expect(peer).toHaveValue(/^I have just started as Head of Sales/);
  await expect(page.getByRole('textbox', { name: 'Message to a new peer: {role}' })).toHaveValue(/^I have just/);
  await page.getByRole('textbox', { name: `Greet ${HOSTILE} as` }).fill(`Bo ${HOSTILE}`);
  const greeted = `Hi Bo ${HOSTILE},\n\nI have just started`;
  await expect(peer).toHaveValue(new RegExp(`^${greeted.replace(/[()]/g, '\\$&')}`));
  await itemOf(page, label).getByRole('button', { name: 'Copy message' }).click();
  await expect(itemOf(page, label).getByRole('status')).toHaveText(/^Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.startsWith(`Hi Bo ${HOSTILE},\n\n`)).toBe(true);
  expect(copied.endsWith(`Thanks,\n${HOSTILE}`)).toBe(true);
  await expect(page.locator('.cl img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('the reader’s wording survives a reload; “Use the suggested text” brings the suggestion back', async ({
  page,
}) => {
  await seed(page, saved());
  await open(page);
  let peer = await showMessages(page);
  const suggested = await peer.inputValue();
  await peer.fill('Hi Sally,\n\nMy own words.');
  await expect(itemOf(page, PEER)).toContainText('You changed this message');
  await page.reload();
  await expect(page.locator('.cl[data-hydrated]')).toBeVisible();
  peer = await showMessages(page);
  await expect(peer).toHaveValue('Hi Sally,\n\nMy own words.');
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), KEY);
  expect(stored.messages).toEqual({ 'op-peers': 'Hi Sally,\n\nMy own words.' });
  await itemOf(page, PEER).getByRole('button', { name: 'Use the suggested text' }).click();
  await expect(peer).toHaveValue(suggested);
  await expect(peer).toBeFocused();
  await expect(itemOf(page, PEER).getByRole('status')).toHaveText('The suggested text is back.');
});

test('when copying is refused, the text is selected, the page says how to copy it, and the focus stays', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator.clipboard, 'writeText', {
      value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')),
    });
  });
  await seed(page, saved());
  await open(page);
  const peer = await showMessages(page);
  await itemOf(page, PEER).getByRole('button', { name: 'Copy message' }).click();
  await expect(itemOf(page, PEER).getByRole('status')).toHaveText(
    'This browser did not let the page copy the message. It is selected now; press Ctrl+C (⌘C on a Mac) to copy it.',
  );
  await expect(peer).toBeFocused();
  // all of it selected
  expect(
    await peer.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.value.length - el.selectionEnd]),
  ).toEqual([0, 0]);
});

test('keyboard only: show the messages, change one, copy it, go back to the suggestion, hide them', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await seed(page, saved());
  await open(page);
  const toggle = page.getByRole('button', { name: 'Show messages to send' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const first = page.getByRole('textbox', { name: 'Message to someone who helped you get here' });
  await expect(first).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide messages to send' })).toBeFocused();
  // the plan's first message, to the reader's manager about expectations: what to offer, the text, Copy
  const boss = itemOf(page, 'Message to your manager about expectations');
  await page.keyboard.press('Tab');
  await expect(boss.getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(boss.getByRole('textbox')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(boss.getByRole('button', { name: 'Copy message' })).toBeFocused();
  // nobody is named on the next: no greeting to set, but what to offer
  await page.keyboard.press('Tab');
  await expect(itemOf(page, 'Message to someone who helped you get here').getByRole('combobox')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' See you soon.');
  await page.keyboard.press('Tab');
  const copy = itemOf(page, 'Message to someone who helped you get here').getByRole('button', { name: 'Copy message' });
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(itemOf(page, 'Message to someone who helped you get here').getByRole('status')).toHaveText(/^Copied/);
  await expect(copy).toBeFocused();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/See you soon\.$/);
  await page.keyboard.press('Tab');
  const reset = page.getByRole('button', { name: 'Use the suggested text' });
  await expect(reset).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  await expect(first).not.toHaveValue(/See you soon/);
  // hiding them keeps the focus on the button
  await page.getByRole('button', { name: 'Hide messages to send' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Show messages to send' })).toBeFocused();
  await expect(first).toBeHidden();
});

test('shown messages print as text on a page of their own after the plan, without buttons', async ({ page }) => {
  await seed(page, saved({ 'op-peers': ['Sally Park', 'Joe Brown'], 'past-thank': ['Mary Jones'] }));
  await open(page);
  // not shown: not printed
  await page.emulateMedia({ media: 'print' });
  let printed = readPdf(await page.pdf({ format: 'A4' }));
  expect(printed.text).not.toContain('Messages to send');
  await page.emulateMedia({ media: 'screen' });
  await showMessages(page);
  await page.emulateMedia({ media: 'print' });
  printed = readPdf(await page.pdf({ format: 'A4' }));
  const pages = printed.text.split('\f');
  const at = pages.findIndex((p) => p.includes('Messages to send'));
  expect(at).toBeGreaterThan(0);
  expect(at).toBeLessThanOrEqual(2);
  expect(pages.slice(0, at).join('')).toContain('Ana Ruiz’s network plan');
  const messages = pages.slice(at).join(' ').replace(/\s+/g, ' ');
  for (const expected of [
    'Message to a new peer: Sally Park',
    'Hi Sally,',
    'Message to a new peer: Joe Brown',
    'Hi Joe,',
    'Message to someone who helped you get here: Mary Jones',
    'Hi Mary,',
    'Ana Ruiz',
  ]) {
    expect(messages).toContain(expected);
  }
  for (const absent of [
    'Copy message',
    'Hide messages to send',
    'Use the suggested text',
    'Change the words',
    'Greet Sally Park as',
    'What you offer',
  ]) {
    expect(printed.text).not.toContain(absent);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: no WCAG 2.2 AA violations with the messages shown (${theme})`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('upproach:theme', t), theme);
    await seed(page, saved(undefined, { messages: { 'op-peers': 'Mine' } }));
    await open(page);
    await showMessages(page);
    const results = await new AxeBuilder({ page }).include('.cl-msgs').withTags(tags).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  });
}
