import 'fake-indexeddb/auto';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { PeopleDb } from '../../../src/tools/people/db';
import { makePeople } from '../../support/people-db';
import { checklistContent } from '../../support/checklist-content';
import { savedChecklist } from '../../support/saved-checklist';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';

const key = storageRegistry.checklist.key;
const complete = { role: 'Head of Sales', level: 'manager', startDate: '2027-01-04' } as const;
beforeAll(() => useTestStorageEngine());
afterEach(() => {
  cleanTestStorage();
  vi.resetModules();
});

/** the store module as a page loads it, reading what storage holds then, and one island's store */
async function load(stored?: string) {
  if (stored !== undefined) setTestStorageKey(key, stored);
  const s = await import('../../../src/tools/checklist/store');
  const island = s.createChecklistStore(checklistContent());
  keepMount(s.$checklist);
  keepMount(island.$view);
  return { ...s, island, stored: () => JSON.parse(getTestStorage()[key] ?? 'null') };
}

describe('the checklist store', () => {
  afterEach(async () => {
    const s = await import('../../../src/tools/checklist/store');
    cleanStores(s.$checklist);
  });

  it('erasing the checklist takes back the planned contacts it set in Your people, from this plan or an older one', async () => {
    const people = new PeopleDb();
    await people.open();
    const plan = (key: string) => ({ date: '2027-02-03', reason: 'Meet one or two.', key });
    await people.people.bulkPut(
      makePeople(3).map((p, i) => ({
        ...p,
        plannedContact: plan(['checklist:plan-0001:op-steps-up', 'checklist:older:op-peers', 'elsewhere'][i]!),
      })),
    );
    const s = await load(JSON.stringify(savedChecklist()));
    s.eraseChecklist();
    await vi.waitFor(async () =>
      expect((await people.people.toArray()).map((p) => p.plannedContact?.key ?? null)).toEqual([
        null,
        null,
        'elsewhere',
      ]),
    );
    await people.delete();
  });

  it('saves the profile, groups, ticks and names under the registry key, and builds the plan and its calendar', async () => {
    const s = await load();
    s.updateChecklistProfile(complete);
    s.setChecklistGroup('internal', 'sales', true);
    expect(s.addOwnGroup('Legal', []).ok).toBe(true);
    expect(s.addOwnGroup('legal', [])).toEqual({ ok: false, error: 'group-duplicate' });
    expect(s.buildChecklist()).toBe(true);
    s.setItemDone('past-thank', true);
    s.setItemName('past-thank', 0, 'Mary');
    s.setChecklistMessage('op-peers', 'Mine');
    s.setReviewRhythm('operational', 'week');
    expect(s.stored()).toMatchObject({
      profile: { internal: ['sales'], customInternal: ['Legal'] },
      done: ['past-thank'],
      names: { 'past-thank': ['Mary'] },
      messages: { 'op-peers': 'Mine' },
      rhythms: { operational: 'week' },
      built: true,
    });
    const { plan, progress } = s.island.$view.get();
    expect(plan!.itemIds).toContain('op-function:sales');
    expect(plan!.itemIds.at(-1)).toBe('review-network:operational');
    expect(progress).toEqual({ done: 1, total: plan!.itemIds.length });
    s.removeOwnGroup('Legal');
    s.resetChecklistMessage('op-peers');
    expect(s.stored().profile.customInternal).toEqual([]);
    expect(s.stored().messages).toBeUndefined();
    const calendar = s.island.calendar('https://example.org/tools/promotion-checklist/')!;
    expect(calendar).toMatchObject({ fileName: 'promotion-checklist-head-of-sales.ics', milestones: 4, reviews: 1 });
  });

  it('gives a plan an id of its own when it is first built, keeps it, and a plan built after erasing gets a new one', async () => {
    const s = await load();
    expect(s.$checklistStored.get()).toBe(false);
    expect(s.island.calendar('x')).toBeNull();
    s.updateChecklistProfile(complete);
    expect(s.buildChecklist()).toBe(true);
    const first = s.stored().planId;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(s.$checklistStored.get()).toBe(true);
    s.updateChecklistProfile({ name: 'Ana Ruiz' });
    s.island.calendar('x');
    expect(s.stored().planId).toBe(first);
    s.eraseChecklist();
    expect(getTestStorage()[key]).toBeUndefined();
    expect(s.$checklistStored.get()).toBe(false);
    expect(s.island.calendar('x')).toBeNull();
    s.updateChecklistProfile(complete);
    expect(s.buildChecklist()).toBe(true);
    expect(s.stored().planId).not.toBe(first);
  });

  it('stores nothing when “Build my plan” is pressed on an empty or incomplete form: no plan, no id, nothing on Your data', async () => {
    const s = await load();
    expect(s.buildChecklist()).toBe(false);
    expect(getTestStorage()[key]).toBeUndefined();
    expect(s.$checklistStored.get()).toBe(false);
    expect(s.$checklist.get().built).toBe(false);
    // this page shows what to fix; the next visit starts clean
    expect(s.island.$view.get().summary).toHaveLength(3);
    s.updateChecklistProfile({ role: 'Head of Sales' });
    expect(s.buildChecklist()).toBe(false);
    expect(s.stored()).toMatchObject({ built: false });
    expect(s.stored().planId).toBeUndefined();
    // once the form is complete, the plan asked for is built, and only then stored as built
    s.updateChecklistProfile({ level: 'manager', startDate: '2027-01-04' });
    expect(s.stored()).toMatchObject({ built: true });
    expect(s.island.$view.get().plan).not.toBeNull();
    s.eraseChecklist();
    vi.resetModules();
    const next = await load();
    expect(next.island.$view.get().summary).toEqual([]);
    expect(next.$checklist.get().built).toBe(false);
  });

  it('opens a save that an older version stored as built with nothing entered as not built: no “3 things to fix” on every visit', async () => {
    const blank = { role: '', level: null, startDate: '' };
    const s = await load(JSON.stringify(savedChecklist(blank, { planId: 'plan-1234' })));
    expect(s.$checklist.get().built).toBe(false);
    expect(s.island.$view.get().summary).toEqual([]);
  });

  it('gives a save from before plan ids an id when its calendar is made, keeping its ticks', async () => {
    const s = await load(JSON.stringify(savedChecklist({}, { done: ['op-peers'] })));
    expect(s.$checklist.get().done).toEqual(['op-peers']);
    expect(s.$checklistNotice.get()).toBeNull();
    expect(s.island.calendar('x')!.text).toContain(`-${s.stored().planId}@upproach`);
    expect(s.stored().done).toEqual(['op-peers']);
  });

  it('starts fresh and says so once when the stored value is damaged', async () => {
    const s = await load('{"v":1,"profile":');
    expect(s.$checklist.get().built).toBe(false);
    expect(s.$checklistNotice.get()).toBe('unreadable');
    s.dismissChecklistNotice();
    expect(s.$checklistNotice.get()).toBeNull();
  });

  it('keeps a newer version’s save untouched, says so, and works from memory', async () => {
    const raw = '{"v":2,"plan":{"anything":true}}';
    const s = await load(raw);
    expect(s.$checklistNotice.get()).toBe('newer');
    s.updateChecklistProfile(complete);
    expect(s.buildChecklist()).toBe(true);
    expect(s.island.$view.get().plan).not.toBeNull();
    s.eraseChecklist();
    expect(getTestStorage()[key]).toBe(raw);
  });

  it('shows a field’s error once it was left, the summary once the plan was asked for, and the quiz purpose', async () => {
    const s = await load();
    const purpose = await import('../../../src/purposes/store');
    const view = () => s.island.$view.get();
    expect(view().fieldErrors).toEqual({});
    s.touchChecklistField('role');
    expect(view().fieldErrors).toEqual({ role: 'role-missing' });
    expect(view().summary).toEqual([]);
    expect(s.buildChecklist()).toBe(false);
    expect(view().summary.map((e) => e.field)).toEqual(['role', 'level', 'startDate']);
    // the summary says ticks and names are kept only when there are some: blank name lines are none
    s.setItemName('past-thank', 1, '  ');
    expect(view().keptNote).toBe(false);
    purpose.setSharedPurpose('resource');
    expect(view().purposeNote).toMatch(
      /^Your quiz result is Resource\/Operational\. The promotion article’s operational network/,
    );
    s.updateChecklistProfile({ audience: 'manager' });
    expect(view().purposeNote).toBeNull();
    s.eraseChecklist();
    expect(s.$checklistTouched.get()).toEqual([]);
    expect(s.$checklistAsked.get()).toBe(false);
    expect(view().summary).toEqual([]);
    expect(s.island.serverView).toMatchObject({
      plan: null,
      summary: [],
      purposeNote: null,
      progress: { done: 0, total: 0 },
    });
  });
});
