/** Helpers of e2e/people.spec.ts: opening the tool and storing people straight in its database. */
import type { Page } from '@playwright/test';
import type { NetworkCadences } from '../src/tools/people/cadence';
import type { Person } from '../src/tools/people/person';
import { expect } from './fixtures';

export const TOOL = '/tools/your-people/';

/** Open the tool and wait until its database is open (the list no longer says it is opening). */
export async function openPeople(page: Page): Promise<void> {
  await page.goto(TOOL);
  await expect(page.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
  await expect(page.locator('.people-count')).not.toHaveText('Opening your people…');
}

/** Store people in the tool's database as the tool would (the tool must have opened it once), then reload. */
export async function storePeople(page: Page, people: readonly Person[]): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('upproach-people');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('people', 'readwrite');
          for (const p of records) tx.objectStore('people').put(p);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    people as Person[],
  );
  await page.reload();
  await expect(page.getByRole('heading', { name: 'People', exact: true })).toBeVisible();
}

/** Every person stored, sorted by id. */
export function storedPeople(page: Page): Promise<Person[]> {
  return page.evaluate(
    () =>
      new Promise<Person[]>((resolve, reject) => {
        const open = indexedDB.open('upproach-people');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('people').objectStore('people').getAll();
          all.onsuccess = () => (
            open.result.close(),
            resolve((all.result as Person[]).sort((a, b) => (a.id < b.id ? -1 : 1)))
          );
        };
      }),
  );
}

/** The network cadences stored (the settings' 'cadences'), as the tool wrote them. */
export function storedCadences(page: Page): Promise<NetworkCadences> {
  return page.evaluate(
    () =>
      new Promise<NetworkCadences>((resolve, reject) => {
        const open = indexedDB.open('upproach-people');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('cadences');
          get.onsuccess = () => (
            open.result.close(),
            resolve(((get.result as { value?: NetworkCadences } | undefined)?.value ?? {}) as NetworkCadences)
          );
        };
      }),
  );
}

/**
 * Bring people in from a file through the import, as a reader does: choose it, wait for the
 * preview, store everything it shows, and wait for the result message.
 */
export async function importFile(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByLabel('Choose a file')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(new TextEncoder().encode(text)) });
  await expect(page.getByRole('heading', { name: 'Before anything is stored' })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: /^Import .* new and update/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Imported from/ })).toBeVisible({ timeout: 60_000 });
}

/** One list of "Keeping in touch" (Overdue, Due this week, Never contacted), by its heading. */
export const keepList = (page: Page, title: 'Overdue' | 'Due this week' | 'Never contacted') =>
  page.getByRole('region', { name: new RegExp(`^${title} \\(`) });

/** Store the network cadences as the tool would (the tool must have opened its database once). */
export async function storeCadences(page: Page, cadences: NetworkCadences): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('upproach-people');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'cadences', value });
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    cadences,
  );
}
