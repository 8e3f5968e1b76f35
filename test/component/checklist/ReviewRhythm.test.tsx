// @vitest-environment happy-dom
/**
 * The review rhythm with Your people: under each network, how many of its people are due a
 * contact (overdue, or in the next seven days); with nobody stored, or before they are read, the
 * section is exactly as it was.
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { StoredPeople } from '../../../src/tools/people/reader';
import { ReviewRhythm } from '../../../src/tools/checklist/ReviewRhythm';
import type { ChecklistState } from '../../../src/tools/checklist/state';
import { newPerson, type Person } from '../../../src/tools/people/person';
import { checklistContent } from '../../support/checklist-content';
import { savedChecklist } from '../../support/saved-checklist';
import { useTestStorageEngine } from '../../support/test-storage';

const content = checklistContent();
const state = savedChecklist() as unknown as ChecklistState;
// Monday 7 December 2026, noon UTC: the same calendar day in the test's time zone
const now = () => Date.UTC(2026, 11, 7, 12);
const show = (stored: StoredPeople | null) =>
  render(<ReviewRhythm content={content} state={state} level={3} stored={stored} now={now} />);

const person = (id: string, fields: Partial<Person>) => newPerson(id, 0, { name: id, ...fields });

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanup());

describe('ReviewRhythm with Your people', () => {
  it('before the people are read, and with nobody stored, shows exactly what it showed before', () => {
    // the same markup but for the ids React makes for each render
    const html = (stored: StoredPeople | null) => show(stored).container.innerHTML.replace(/_r_\w+?_/g, '');
    const before = html(null);
    expect(before).not.toMatch(/In Your people/);
    cleanup();
    expect(html({ people: [], cadences: {}, self: null })).toBe(before);
  });

  it('says per network how many people are overdue or due in the next seven days, and describes the fieldset with it', () => {
    show({
      self: null,
      cadences: {},
      people: [
        // operational (Resource/Operational): two overdue, one due Thursday, one in ten days, one with no cadence
        person('a', { networks: ['resource'], cadence: 'month', cadenceSince: '2026-10-01' }),
        person('b', { networks: ['resource'], cadence: 'quarter', cadenceSince: '2026-08-03' }),
        person('c', { networks: ['resource'], cadence: 'two-weeks', cadenceSince: '2026-11-26' }),
        person('d', { networks: ['resource'], cadence: 'month', cadenceSince: '2026-11-17' }),
        person('e', { networks: ['resource'] }),
        // past: a former colleague due Monday 14 December is not in the next seven days; one due today is
        person('f', { former: true, cadence: 'two-weeks', cadenceSince: '2026-11-30' }),
        person('g', { networks: ['past'], cadence: 'two-weeks', cadenceSince: '2026-11-23' }),
      ],
    });
    const operational = screen.getByText(/In Your people: 2 people overdue/);
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
