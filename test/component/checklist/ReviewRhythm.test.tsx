// @vitest-environment happy-dom
/**
 * The review rhythm and the three-step start in the checklist island: real radios in a fieldset
 * per network with its legend, the purpose model's suggestion marked and said to be a
 * suggestion, choices stored with the plan and turned into review items and calendar events,
 * and the "never good at networking" checkbox opening the plan with three steps.
 */
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { checklistIslandProps } from '../../support/checklist-content';
import { savedChecklist } from '../../support/saved-checklist';

const KEY = storageRegistry.checklist.key;

const built = (profile: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) =>
  JSON.stringify(savedChecklist(profile, { planId: '9c1d4e2f-5a6b-4c7d-8e9f-0a1b2c3d4e5f', ...extra }));

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanup();
  cleanTestStorage();
  vi.resetModules();
});

async function renderIsland() {
  const { default: ChecklistIsland } = await import('../../../src/tools/checklist/ChecklistIsland');
  const user = userEvent.setup();
  const utils = render(<ChecklistIsland {...checklistIslandProps()} />);
  await act(async () => {});
  return { ...utils, user };
}

describe('the review rhythm', { timeout: 30_000 }, () => {
  it('offers a fieldset of radios per network, with the suggestion marked and said not to be research', async () => {
    setTestStorageKey(KEY, built());
    await renderIsland();
    const section = screen.getByRole('region', { name: 'Keeping in touch' });
    const groups = within(section).getAllByRole('group');
    expect(groups.map((g) => g.querySelector('legend')!.textContent)).toEqual([
      'Your past network: the people who helped you get here',
      'Your operational network: the people who help with day-to-day tasks',
      'Your strategic network: the people who give perspective on the position, the company, and the industry',
    ]);
    for (const group of groups) {
      const radios = within(group).getAllByRole('radio');
      expect(radios).toHaveLength(5);
      expect(new Set(radios.map((r) => (r as HTMLInputElement).name)).size).toBe(1);
      expect(within(group).getByRole('radio', { name: 'Not in my calendar' })).toHaveProperty('checked', true);
      expect(within(group).getAllByRole('radio', { name: /\(suggested\)$/ })).toHaveLength(1);
      // the hint describes the group
      const hint = document.getElementById(group.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).toMatch(/^Suggested, not a research finding: every/);
    }
    const operational = groups[1]!;
    expect(within(operational).getByRole('radio', { name: 'Every two weeks (suggested)' })).toBeInTheDocument();
    expect(operational.textContent).toContain('Resource/Operational network');
    expect(within(groups[2]!).getByRole('radio', { name: 'Every three months (suggested)' })).toBeInTheDocument();
    // nothing reviewed yet: no review item
    expect(document.querySelectorAll('[data-item^="review-network:"]')).toHaveLength(0);
  });

  it('stores a choice with the plan, adds its review item and its calendar event, and counts them', async () => {
    setTestStorageKey(KEY, built());
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const { user } = await renderIsland();
    const operational = screen.getByRole('group', { name: /^Your operational network/ });
    const before = Number(/of (\d+)/.exec(document.querySelector('.cl-progress')!.textContent!)![1]);
    await user.click(within(operational).getByRole('radio', { name: /^Every two weeks/ }));
    expect(JSON.parse(getTestStorage()[KEY]!).rhythms).toEqual({ operational: 'two-weeks' });
    const item = document.querySelector('[data-item="review-network:operational"]')!;
    expect(item.querySelector('.cl-item-text')!.textContent).toBe(
      'Review your operational network every two weeks, from Sat, Apr 17, 2027.',
    );
    // no "Who:" lines on a review item
    expect(item.querySelector('.cl-who')).toBeNull();
    expect(document.querySelector('.cl-progress')!.textContent).toBe(`0 of ${before + 1} done`);
    await user.click(screen.getByRole('button', { name: 'Download calendar (.ics)' }));
    const text = await created[0]!.text();
    expect(text.match(/^RRULE:/gm)).toEqual(['RRULE:']);
    expect(text).toContain('RRULE:FREQ=WEEKLY;INTERVAL=2\r\n');
    expect(
      screen.getByText(
        'Calendar file promotion-checklist-ana-ruiz-head-of-sales.ics downloaded: 4 milestones and one repeating review.',
      ),
    ).toBeInTheDocument();
    await user.click(within(operational).getByRole('radio', { name: 'Not in my calendar' }));
    expect(JSON.parse(getTestStorage()[KEY]!).rhythms).toEqual({});
    expect(document.querySelector('[data-item="review-network:operational"]')).toBeNull();
  });

  it('speaks to the manager about the promoted person’s networks', async () => {
    setTestStorageKey(KEY, built({ audience: 'manager', name: '' }, { rhythms: { past: 'week' } }));
    await renderIsland();
    expect(screen.getByText(/^How often will you review each of your report’s networks with them/)).toBeInTheDocument();
    const past = screen.getByRole('group', { name: /^Their past network/ });
    expect(within(past).getByRole('radio', { name: 'Every week' })).toHaveProperty('checked', true);
    expect(document.querySelector('[data-item="review-network:past"] .cl-item-text')!.textContent).toMatch(
      /^Review your report’s past network with them every week, from Sat, Apr 10, 2027/,
    );
  });
});

describe('the three-step start', { timeout: 30_000 }, () => {
  it('is a checkbox in the form; ticked, the plan opens with three steps before its phases', async () => {
    setTestStorageKey(KEY, built());
    const { user } = await renderIsland();
    expect(screen.queryByRole('region', { name: 'A three-step start' })).toBeNull();
    const never = screen.getByRole('checkbox', { name: 'I have never been good at networking' });
    expect(never.getAttribute('aria-describedby')).toMatch(/\S/);
    await user.click(never);
    expect(JSON.parse(getTestStorage()[KEY]!).profile.newToNetworking).toBe(true);
    const start = screen.getByRole('region', { name: 'A three-step start' });
    expect(within(start).getAllByRole('listitem')).toHaveLength(3);
    const plan = document.querySelector('.cl-plan')!;
    expect([...plan.children].map((c) => c.className.split(' ')[0]).slice(0, 3)).toEqual([
      'cl-plan-header',
      'cl-first-steps',
      'cl-phase',
    ]);
    await user.click(never);
    expect(screen.queryByRole('region', { name: 'A three-step start' })).toBeNull();
  });

  it('is worded for the manager in a manager’s plan', async () => {
    setTestStorageKey(KEY, built({ audience: 'manager', newToNetworking: true }));
    await renderIsland();
    expect(screen.getByRole('checkbox', { name: 'They have never been good at networking' })).toHaveProperty(
      'checked',
      true,
    );
    const start = screen.getByRole('region', { name: 'A three-step start' });
    expect(start.textContent).toContain('Start Ana Ruiz here:');
  });
});
