/**
 * Bringing people in from files, against the built site: LinkedIn's export as a CSV and as its
 * archive, a newer export over edited people, vCard 2.1 and 3.0, Google Contacts CSV, files
 * that cannot be read, and storage running out half-way (Chromium's quota override). What the
 * database holds is read back over IndexedDB.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { axeTags, expect, seedStorage, test } from './fixtures';
import { googleCsv, linkedinArchive, linkedinExport, vcard21, vcard30 } from '../test/support/people-fixtures';

interface StoredPerson {
  id: string;
  name: string;
  organization: string;
  title: string;
  notes: string;
  networks: string[];
  emails: string[];
  profileUrl: string;
  changed: Record<string, number>;
}

/**
 * Open the tool as a reader does: it first asks their own organization and role title, which
 * they give (`self`) or put off ("Not now"), then offers the import.
 */
async function open(page: Page, self?: { organization: string; title: string }) {
  await page.goto('tools/your-people/');
  const about = page.getByRole('form', { name: 'About you' });
  if (self) {
    await about.getByLabel('Your organization').fill(self.organization);
    await about.getByLabel('Your role title').fill(self.title);
    await about.getByRole('button', { name: 'Save' }).click();
  } else await about.getByRole('button', { name: 'Not now' }).click();
  await expect(about).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Bring people in from a file' })).toBeVisible();
}

/** the count above the list: "No one yet. …" or "1,978 people." */
const peopleCount = (page: Page) => page.locator('.people-count');

/** every person stored, read straight from IndexedDB */
function stored(page: Page): Promise<StoredPerson[]> {
  return page.evaluate(
    () =>
      new Promise<StoredPerson[]>((resolve, reject) => {
        const request = indexedDB.open('upproach-people');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const all = request.result.transaction('people').objectStore('people').getAll();
          all.onsuccess = () => {
            request.result.close();
            resolve(all.result as StoredPerson[]);
          };
        };
      }),
  );
}

async function choose(page: Page, name: string, content: string | Uint8Array) {
  const buffer = Buffer.from(typeof content === 'string' ? new TextEncoder().encode(content) : content);
  await page.getByLabel('Choose a file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

async function preview(page: Page) {
  const heading = page.getByRole('heading', { name: 'Before anything is stored' });
  await expect(heading).toBeVisible({ timeout: 20_000 });
  await expect(heading).toBeFocused();
  const count = async (kind: string) =>
    Number((await page.locator(`[data-count="${kind}"]`).textContent())!.replace(/,/g, ''));
  return { added: await count('added'), updated: await count('updated'), skipped: await count('skipped') };
}

/** store what the preview shows; the result message says what was done and takes the focus */
async function store(page: Page) {
  await page.getByRole('button', { name: /^Import .* new and update/ }).click();
  const done = page.getByRole('status').filter({ hasText: /^Imported from/ });
  await expect(done).toBeVisible({ timeout: 90_000 });
  await expect(done).toBeFocused();
  await expect(page.getByRole('button', { name: 'Undo this import' })).toBeVisible();
}

const file = linkedinExport({ distinct: 1960, repeats: 20, lookalikes: 20 });

// thousands of people are read and written: room for a busy machine (never a gate on time)
test.describe.configure({ timeout: 120_000 });

test.describe('a LinkedIn export of 2,000 rows', () => {
  test('as Connections.csv: counts, merges, and the people stored as written', async ({ page }) => {
    await open(page);
    await expect(peopleCount(page)).toHaveText('No one yet. Add a person by hand, or bring people in from a file.');
    await choose(page, 'Connections.csv', file.text);
    expect(await preview(page)).toEqual({ added: 1980, updated: 0, skipped: 20 });
    await expect(page.getByText(/^The same person as earlier in the file, merged with it: lines/)).toBeVisible();
    const duplicates = page.locator('.people-import-duplicates > li');
    await expect(duplicates).toHaveCount(20);
    // the reader merges two lookalikes and keeps the others apart
    for (const i of [0, 1]) await duplicates.nth(i).getByLabel('Merge').check();
    await expect(page.locator('[data-count="added"]')).toHaveText('1,978');
    await store(page);
    await expect(peopleCount(page)).toHaveText('1,978 people.');

    const people = await stored(page);
    expect(people).toHaveLength(1978);
    expect(new Set(people.map((p) => p.profileUrl)).size).toBe(1978);
    const names = new Set(people.map((p) => p.name));
    for (const name of ['Zoë 🌟 Jones 2', 'ليلى Jones 3', 'נועה Jones 4']) expect(names).toContain(name);
    expect(people.find((p) => p.name === 'Mary Jones 0')).toMatchObject({
      organization: 'Acme, Inc.',
      title: 'VP, Engineering and mentor',
    });
    const undo = await page.evaluate(
      () =>
        new Promise<{ added: string[] }[]>((resolve) => {
          const request = indexedDB.open('upproach-people');
          request.onsuccess = () => {
            const all = request.result.transaction('undo').objectStore('undo').getAll();
            all.onsuccess = () => resolve(all.result as { added: string[] }[]);
          };
        }),
    );
    expect(undo.map((u) => u.added.length)).toEqual([1978]);
  });

  test('as LinkedIn’s data archive (a zip with other files)', async ({ page }) => {
    await open(page);
    await choose(page, 'Basic_LinkedInDataExport_12-07-2026.zip', linkedinArchive(file.text));
    expect(await preview(page)).toEqual({ added: 1980, updated: 0, skipped: 20 });
    await expect(page.getByText(/\(LinkedIn’s data archive\) holds 2,000 people\./)).toBeVisible();
    await store(page);
    expect(await stored(page)).toHaveLength(1980);
  });

  test('a newer export over edited people: no duplicate, what the reader added kept', async ({ page }) => {
    await open(page);
    await choose(page, 'Connections.csv', linkedinExport({ distinct: 300 }).text);
    await preview(page);
    await store(page);
    // the reader's own notes and networks on every seventh person (as the tool's editor writes them)
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open('upproach-people');
          request.onsuccess = () => {
            const tx = request.result.transaction('people', 'readwrite');
            const table = tx.objectStore('people');
            const all = table.getAll();
            all.onsuccess = () => {
              for (const p of all.result as StoredPerson[])
                if (Number(p.name.split(' ').at(-1)) % 7 === 0)
                  table.put({
                    ...p,
                    notes: `Notes on ${p.name}`,
                    networks: ['strategic'],
                    changed: { notes: 1, networks: 1 },
                  });
            };
            tx.oncomplete = () => {
              request.result.close();
              resolve();
            };
          };
        }),
    );
    await choose(page, 'Connections (1).csv', linkedinExport({ distinct: 320, version: 2 }).text);
    // every tenth person moved (another company and title); twenty are new
    expect(await preview(page)).toEqual({ added: 20, updated: 30, skipped: 270 });
    await store(page);
    await expect(peopleCount(page)).toHaveText('320 people.');
    const people = await stored(page);
    expect(new Set(people.map((p) => p.profileUrl)).size).toBe(320);
    const edited = people.filter(
      (p) => Number(p.name.split(' ').at(-1)) % 7 === 0 && Number(p.name.split(' ').at(-1)) < 300,
    );
    expect(edited).toHaveLength(43);
    for (const p of edited) expect([p.notes, p.networks]).toEqual([`Notes on ${p.name}`, ['strategic']]);
    expect(people.find((p) => p.name === 'Mary Mensah 70')).toMatchObject({
      organization: 'New Horizons, LLC',
      notes: 'Notes on Mary Mensah 70',
    });
  });
});

test('vCard 2.1 and 3.0 files and a Google Contacts CSV', async ({ page }) => {
  await open(page);
  await choose(page, 'outlook.vcf', vcard21);
  expect(await preview(page)).toEqual({ added: 2, updated: 0, skipped: 0 });
  await store(page);
  await choose(page, 'iphone.vcf', vcard30);
  expect(await preview(page)).toEqual({ added: 3, updated: 0, skipped: 1 });
  await expect(page.getByText('A card that does not end (no END:VCARD), so it cannot be read: card 2.')).toBeVisible();
  await store(page);
  await choose(page, 'contacts.csv', googleCsv);
  expect(await preview(page)).toEqual({ added: 3, updated: 0, skipped: 0 });
  await store(page);
  const people = await stored(page);
  expect(people.map((p) => p.name).sort()).toEqual(
    [
      'Ann Smith',
      'Ana Lima',
      'Ben Q Okafor',
      'Chloé Dubois',
      'Jürgen Müller',
      'Kenji Sato',
      'only.email@example.com',
      'only.email@example.net',
    ].sort(),
  );
  expect(people.find((p) => p.name === 'Jürgen Müller')!.title).toBe('Leiter Forschung – Europa');
  expect(people.find((p) => p.name === 'Chloé Dubois')!.emails).toEqual([
    'chloe@example.fr',
    'chloe.dubois@example.org',
  ]);
});

test('imported people get the sorting rules’ suggestions, and accepting them all assigns the networks', async ({
  page,
}) => {
  await open(page, { organization: 'Initech', title: 'Engineer' });
  const csv = [
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
    'Tara,Patel,https://www.linkedin.com/in/tara-patel,,Hire Co,Talent Partner,05 Mar 2024',
    'Victor,Ng,https://www.linkedin.com/in/victor-ng,,Globex,"VP, Product",06 Mar 2024',
    'Olga,Berg,https://www.linkedin.com/in/olga-berg,,Initech,Engineer,07 Mar 2024',
    'Sam,Cole,https://www.linkedin.com/in/sam-cole,,Umbrella,Engineer,08 Mar 2024',
  ].join('\r\n');
  await choose(page, 'Connections.csv', csv);
  expect(await preview(page)).toEqual({ added: 4, updated: 0, skipped: 0 });
  await store(page);
  await expect(peopleCount(page)).toHaveText('4 people.');
  const list = page.getByRole('list', { name: 'People, sorted by name' });
  const row = (name: string) => list.getByRole('listitem').filter({ hasText: name });
  await expect(row('Tara Patel')).toContainText('Suggested: Career/Business Opportunity');
  await expect(row('Victor Ng')).toContainText('Suggested: Strategic/Perspective');
  await expect(row('Olga Berg')).toContainText('Suggested: Resource/Operational');
  await expect(row('Sam Cole')).not.toContainText('Suggested:');

  await page.getByRole('button', { name: 'Select the 4 people shown' }).click();
  await page.getByRole('button', { name: 'Accept the suggestions' }).click();
  await expect(list).not.toContainText('Suggested:');
  await expect(row('Tara Patel')).toContainText('Networks: Career/Business Opportunity');
  const networks = Object.fromEntries((await stored(page)).map((p) => [p.name, p.networks]));
  expect(networks).toEqual({
    'Tara Patel': ['career'],
    'Victor Ng': ['strategic'],
    'Olga Berg': ['resource'],
    'Sam Cole': [],
  });
});

test('an import can be undone from its result message, which the reader finds focused', async ({ page }) => {
  await open(page);
  await choose(page, 'Connections.csv', linkedinExport({ distinct: 30 }).text);
  await preview(page);
  await store(page);
  await expect(page.getByRole('status').filter({ hasText: /^Imported from/ })).toHaveText(
    'Imported from “Connections.csv”: 30 people added, 0 people updated.',
  );
  await expect(peopleCount(page)).toHaveText('30 people.');
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await expect(peopleCount(page)).toHaveText('No one yet. Add a person by hand, or bring people in from a file.');
  await expect(page.getByRole('heading', { name: 'People', exact: true })).toBeFocused();
  expect(await stored(page)).toEqual([]);
});

test('files that cannot be read get a message naming the problem, and nothing is stored', async ({ page }) => {
  await open(page);
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['Connections.csv', '', /“Connections\.csv” is empty\./],
    ['archive.zip', linkedinArchive(null), /“archive\.zip” is a zip archive without a Connections\.csv file in it\./],
    ['letter.txt', 'Dear Mary\nThanks for lunch.', /“letter\.txt” is not a contacts file/],
  ];
  for (const [name, content, message] of cases) {
    await choose(page, name, content);
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(message);
    await expect(alert).toBeFocused();
  }
  expect(await stored(page)).toEqual([]);
});

/** whether the browser refuses a 2 MB write to another database once the quota is overridden */
function quotaEnforced(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('quota-probe', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onsuccess = () => {
          const tx = open.result.transaction('probe', 'readwrite');
          tx.objectStore('probe').put('x'.repeat(2_000_000), 1);
          tx.oncomplete = () => resolve(false);
          tx.onabort = () => resolve(true);
        };
      }),
  );
}

test('storage running out half-way stores nothing, and says so', async ({ page, baseURL }) => {
  // when the quota override is ignored (as by some Chromium builds), the browser's IndexedDB
  // refuses writes after the first thousand instead, as it does when the disk is full
  await page.addInitScript(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
        const left = (window as { quotaLeft?: number }).quotaLeft;
        if (left !== undefined && this.name === 'people') {
          if (left <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          (window as { quotaLeft?: number }).quotaLeft = left - 1;
        }
        return original.apply(this, args);
      };
    }
  });
  await open(page);
  await choose(page, 'Connections.csv', linkedinExport({ distinct: 200 }).text);
  await preview(page);
  await store(page);
  const before = await stored(page);
  const cdp = await page.context().newCDPSession(page);
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: usage + 20_000 });
  if (!(await quotaEnforced(page))) await page.evaluate(() => ((window as { quotaLeft?: number }).quotaLeft = 1000));
  await choose(page, 'Connections.csv', linkedinExport({ distinct: 4000, from: 200 }).text);
  await preview(page);
  await page.getByRole('button', { name: /^Import .* new and update/ }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /The browser ran out of room for this import, so nothing was stored\./,
    { timeout: 90_000 },
  );
  expect(await stored(page)).toEqual(before);
  await expect(peopleCount(page)).toHaveText('200 people.');
});

for (const theme of ['light', 'dark'] as const)
  test(`axe: the preview and its likely duplicates have no WCAG 2.2 AA violation (${theme} theme)`, async ({
    page,
  }) => {
    await seedStorage(page, { theme });
    await open(page);
    await choose(page, 'Connections.csv', linkedinExport({ distinct: 40, repeats: 2, lookalikes: 2 }).text);
    await preview(page);
    const { violations } = await new AxeBuilder({ page }).withTags(axeTags).analyze();
    expect(violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}`)).toEqual([]);
  });

test('usable at 320 px wide: nothing wider than the screen', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await open(page);
  await choose(page, 'Connections.csv', linkedinExport({ distinct: 40, lookalikes: 2 }).text);
  await preview(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
