// @vitest-environment happy-dom
/**
 * The review rhythm with Your people: under each network, how many of its people are due a
 * contact (overdue, or in the next seven days), read from the people's database without Dexie;
 * with nobody stored, the section is exactly as it was.
 */
import 'fake-indexeddb/auto';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ReviewRhythm } from '../../../src/tools/checklist/ReviewRhythm';
import type { ChecklistState } from '../../../src/tools/checklist/state';
import { PeopleDb } from '../../../src/tools/people/db';
import { newPerson, type Person } from '../../../src/tools/people/person';
import { checklistContent } from '../../support/checklist-content';
import { savedChecklist } from '../../support/saved-checklist';
import { useTestStorageEngine } from '../../support/test-storage';

const content = checklistContent();
const state = savedChecklist() as unknown as ChecklistState;
// Monday 7 December 2026, noon UTC: the same calendar day in the test's time zone
const now = () => Date.UTC(2026, 11, 7, 12);
const show = () => render(<ReviewRhythm content={content} state={state} level={3} now={now} />);

async function store(people: readonly Person[]) {
  const db = new PeopleDb();
  await db.people.bulkPut([...people]);
  db.close();
}
const person = (id: string, fields: Partial<Person>) => newPerson(id, 0, { name: id, ...fields });

beforeAll(() => useTestStorageEngine());
afterEach(async () => {
  cleanup();
  await new PeopleDb().delete();
});

describe('ReviewRhythm with Your people', () => {
  it('with nobody stored shows what it showed before: no count, nothing more to read', async () => {
    const before = show().container.innerHTML;
    // the read has settled: still the same page
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/In Your people/)).toBeNull();
    expect(document.body.innerHTML).toContain(before);
    await store([]);
    cleanup();
    show();
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByText(/In Your people/)).toBeNull();
  });

  it('says per network how many people are overdue or due in the next seven days, and describes the fieldset with it', async () => {
    await store([
      // operational (Resource/Operational): two overdue, one due Thursday, one in ten days, one with no cadence
      person('a', { networks: ['resource'], cadence: 'month', cadenceSince: '2026-10-01' }),
      person('b', { networks: ['resource'], cadence: 'quarter', cadenceSince: '2026-08-03' }),
      person('c', { networks: ['resource'], cadence: 'two-weeks', cadenceSince: '2026-11-26' }),
      person('d', { networks: ['resource'], cadence: 'month', cadenceSince: '2026-11-17' }),
      person('e', { networks: ['resource'] }),
      // past: a former colleague due Monday 14 December is not in the next seven days; one due today is
      person('f', { former: true, cadence: 'two-weeks', cadenceSince: '2026-11-30' }),
      person('g', { networks: ['past'], cadence: 'two-weeks', cadenceSince: '2026-11-23' }),
    ]);
    show();
    const operational = await waitFor(() => screen.getByText(/In Your people: 2 people overdue/));
    expect(operational.textContent).toBe(
      'In Your people: 2 people overdue for a contact and 1 person due a contact in the next seven days.',
    );
    const past = screen.getAllByText(/^In Your people/).map((p) => p.textContent);
    expect(past).toContain('In Your people: 1 person due a contact in the next seven days.');
    expect(past).toContain('In Your people: no one in this network is due a contact in the next seven days.');
    const group = operational.closest('fieldset')!;
    expect(group.getAttribute('aria-describedby')?.split(' ')).toContain(operational.id);
  });
});
