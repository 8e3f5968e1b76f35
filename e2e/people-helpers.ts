/** Helpers of e2e/people.spec.ts: opening the tool and storing people straight in its database. */
import type { Page } from '@playwright/test';
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
