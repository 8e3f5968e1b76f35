import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { checklistContent } from '../../support/checklist-content';

beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanTestStorage();
  vi.resetModules();
});

const key = storageRegistry.checklist.key;
// made in each test, since it runs the code under test (each network's suggestion)
let content: ReturnType<typeof checklistContent>;
beforeEach(() => {
  content = checklistContent();
});
/** a fresh store module with the content set, as the island's first render does */
const load = async () => {
  const s = await import('../../../src/tools/checklist/store');
  s.setChecklistContent(content);
  return s;
};

describe('checklist store', () => {
  it('shows the empty view and no plan until the content is set, and sets the same content once', async () => {
    const s = await import('../../../src/tools/checklist/store');
    keepMount(s.$checklistView);
    s.updateChecklistProfile({ role: 'Head of Sales', level: 'manager', startDate: '2027-01-04' });
    expect(s.$checklistPlan.get()).toBeNull();
    expect(s.checklistCalendar('x')).toBeNull();
    const seen: unknown[] = [];
    const stop = s.$checklistContent.listen((value) => seen.push(value));
    s.setChecklistContent(content);
    s.setChecklistContent(content);
    expect(seen).toEqual([content]);
    expect(s.$checklistPlan.get()!.itemIds).toContain('op-peers');
    stop();
    cleanStores(s.$checklistView, s.$checklist);
  });

  it('starts fresh and says so when the stored value is corrupted', async () => {
    setTestStorageKey(key, '{"v":1,"profile":');
    const s = await load();
    keepMount(s.$checklist);
    expect(s.$checklist.get().built).toBe(false);
    expect(s.$checklistNotice.get()).toBe('unreadable');
    s.dismissChecklistNotice();
    expect(s.$checklistNotice.get()).toBeNull();
    cleanStores(s.$checklist);
  });

  it('keeps a newer version’s save untouched, says so, and works from memory', async () => {
    const raw = '{"v":2,"plan":{"anything":true}}';
    setTestStorageKey(key, raw);
    const s = await load();
    keepMount(s.$checklist);
    expect(s.$checklistNotice.get()).toBe('newer');
    s.updateChecklistProfile({ role: 'Head of Sales' });
    s.markChecklistBuilt();
    expect(s.$checklist.get().profile.role).toBe('Head of Sales');
    expect(getTestStorage()[key]).toBe(raw);
    s.dismissChecklistNotice();
    s.eraseChecklist();
    expect(getTestStorage()[key]).toBe(raw);
    cleanStores(s.$checklist);
  });

  it('saves the profile, ticks and names under the registry key and builds the plan', async () => {
    const s = await load();
    keepMount(s.$checklist);
    s.updateChecklistProfile({ role: 'Head of Sales', level: 'manager', startDate: '2027-01-04' });
    s.setChecklistGroup('internal', 'sales', true);
    expect(s.addOwnGroup('Legal', []).ok).toBe(true);
    expect(s.addOwnGroup('legal', []).ok).toBe(false);
    s.markChecklistBuilt();
    s.setItemDone('past-thank', true);
    s.setItemName('past-thank', 0, 'Mary');
    const stored = JSON.parse(getTestStorage()[key]!);
    expect(stored.profile.internal).toEqual(['sales']);
    expect(stored.done).toEqual(['past-thank']);
    expect(stored.names).toEqual({ 'past-thank': ['Mary'] });
    const $plan = s.$checklistPlan;
    keepMount($plan);
    const plan = $plan.get()!;
    expect(plan.itemIds).toContain('op-function:sales');
    expect(s.$checklistView.get().progress).toEqual({ done: 1, total: plan.itemIds.length });
    s.removeOwnGroup('Legal');
    expect(s.$checklist.get().profile.customInternal).toEqual([]);
    const calendar = s.checklistCalendar('https://upproach.example/tools/promotion-checklist/')!;
    expect(calendar.fileName).toBe('promotion-checklist-head-of-sales.ics');
    expect(calendar.text).toContain('BEGIN:VEVENT');
    cleanStores(s.$checklist, $plan);
  });

  it('keeps the same plan while only ticks and names change, and builds it again for a new profile', async () => {
    const s = await load();
    keepMount(s.$checklist);
    const $plan = s.$checklistPlan;
    keepMount($plan);
    s.updateChecklistProfile({ role: 'Head of Sales', level: 'manager', startDate: '2027-01-04' });
    const plan = $plan.get();
    const errors = s.$profileErrors.get();
    expect(plan).not.toBeNull();
    s.markChecklistBuilt();
    s.setItemDone('past-thank', true);
    s.setItemName('past-thank', 0, 'Mary');
    s.setItemDone('past-thank', false);
    expect($plan.get()).toBe(plan);
    expect(s.$profileErrors.get()).toBe(errors);
    s.updateChecklistProfile({ level: 'executive' });
    expect($plan.get()).not.toBe(plan);
    expect($plan.get()!.itemIds).not.toEqual(plan!.itemIds);
    cleanStores(s.$checklist, $plan);
  });

  it('erases everything it stored', async () => {
    const s = await load();
    keepMount(s.$checklist);
    s.updateChecklistProfile({ role: 'Lead' });
    expect(getTestStorage()[key]).toBeDefined();
    s.eraseChecklist();
    expect(getTestStorage()[key]).toBeUndefined();
    expect(s.$checklist.get().profile.role).toBe('');
    expect(s.checklistCalendar('x')).toBeNull();
    cleanStores(s.$checklist);
  });

  it('gives a plan built again after erasing an id of its own, kept while the plan lasts', async () => {
    const s = await load();
    keepMount(s.$checklist);
    const build = () => {
      s.updateChecklistProfile({ role: 'Head of Sales', level: 'manager', startDate: '2027-01-04' });
      s.markChecklistBuilt();
      return JSON.parse(getTestStorage()[key]!).planId as string;
    };
    expect(s.$checklistStored.get()).toBe(false);
    const first = build();
    expect(s.$checklistStored.get()).toBe(true);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    s.updateChecklistProfile({ name: 'Ana Ruiz' });
    s.checklistCalendar('x');
    expect(s.$checklist.get().planId).toBe(first);
    s.eraseChecklist();
    expect(s.$checklistStored.get()).toBe(false);
    expect(s.$checklist.get().planId).toBeUndefined();
    const second = build();
    expect(second).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).not.toBe(first);
    cleanStores(s.$checklist);
  });

  it('reads back what a previous visit stored', async () => {
    setTestStorageKey(
      key,
      JSON.stringify({
        v: 1,
        profile: {
          audience: 'self',
          name: '',
          role: 'Lead',
          level: 'manager',
          startDate: '2026-01-31',
          sameOrg: true,
          internal: [],
          customInternal: [],
          external: [],
        },
        done: ['op-peers'],
        names: {},
        built: true,
      }),
    );
    const s = await load();
    keepMount(s.$checklist);
    expect(s.$checklist.get().done).toEqual(['op-peers']);
    expect(s.$checklistNotice.get()).toBeNull();
    cleanStores(s.$checklist);
  });

  it('derives the view: errors of left fields, the summary after building, the purpose note', async () => {
    const s = await load();
    const purpose = await import('../../../src/purposes/store');
    const $view = s.$checklistView;
    keepMount($view);
    expect($view.get().fieldErrors).toEqual({});
    s.touchChecklistField('role');
    expect($view.get().fieldErrors).toEqual({ role: 'role-missing' });
    expect($view.get().summary).toEqual([]);
    s.markChecklistBuilt();
    expect($view.get().summary.map((e) => e.field)).toEqual(['role', 'level', 'startDate']);
    purpose.setSharedPurpose('resource');
    expect($view.get().purposeNote).toMatch(/^Resource\/Operational: Your quiz result leans on resources/);
    s.eraseChecklist();
    expect(s.$checklistTouched.get()).toEqual([]);
    expect($view.get().summary).toEqual([]);
    cleanStores($view, s.$checklist);
  });
});
