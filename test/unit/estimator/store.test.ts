import { keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { storageRegistry } from '../../../src/shared/storage/registry';
import { loadContent } from '../../support/estimator-content';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';

const KEY = storageRegistry.estimator.key;
const content = loadContent();
const saved = (fields: Record<string, string>, method = 'circles') =>
  JSON.stringify({ v: 1, method, purpose: null, fields });

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

/** the page loads: the modules read storage anew, and the island makes its store */
async function open() {
  vi.resetModules();
  const { $estimator, createEstimatorStore } = await import('../../../src/tools/estimator/store');
  const purpose = await import('../../../src/purposes/store');
  const store = createEstimatorStore(content);
  keepMount(store.$view);
  keepMount(store.$notice);
  const view = () => store.$view.get();
  const error = (id: string) => [...view().one.fields, ...view().three.fields].find((f) => f.id === id)!.error;
  return { ...store, ...purpose, $estimator, view, error };
}

describe('the estimator’s store', () => {
  it('stores nothing until the reader types, then what was typed, versioned, read back on the next visit', async () => {
    let s = await open();
    expect(getTestStorage()[KEY]).toBeUndefined();
    s.setMethod('names');
    s.setField('name.michael', '20');
    s.setField('__proto__', '5');
    expect(JSON.parse(getTestStorage()[KEY]!)).toMatchObject({
      v: 1,
      method: 'names',
      fields: { 'name.michael': '20' },
    });
    s = await open();
    expect(s.view().one.summary).toBe('You know somewhere between about 168 and 400 people.');
    expect(s.$notice.get()).toBeNull();
  });

  it.each(['not json', '{"v":"9"}', '[]', '{"v":1,"method":"circles","purpose":null,"fields":{"layer.support":5}}'])(
    'starts fresh from unreadable data %s and says so once',
    async (raw) => {
      setTestStorageKey(KEY, raw);
      const s = await open();
      expect(s.$notice.get()).toBe('unreadable');
      expect(s.view().one.summary).toMatch(/^Not enough information yet/);
      s.dismissNotice();
      expect(s.$notice.get()).toBeNull();
    },
  );

  it('follows the browser’s flag on text it cannot read, even when the value stays empty', async () => {
    const s = await open();
    s.setField('layer.support', '5');
    s.setField('layer.support', '', true); // pasted text: the browser reports '' and badInput
    expect(s.error('layer.support')).toMatch(/digits only/);
    s.recheckField('layer.support', '', true); // key up while the text is still there
    expect(s.error('layer.support')).toMatch(/digits only/);
    s.recheckField('layer.support', '', false); // cleared: '' again, without the flag
    expect(s.error('layer.support')).toBe('Enter a number (0 if none).');
    expect(s.view().one.summary).toBe('Waiting for a valid number in “1. Support clique”.');
    s.setField('layer.support', '6');
    expect(s.view().one.summary).toBe('Your circles add up to 6 people.');
    expect(s.view().stale).toBe(false);
  });

  it('leaves saved text alone when a field is only rechecked', async () => {
    setTestStorageKey(KEY, saved({ 'layer.support': 'NaN' }));
    const s = await open();
    // the number input shows '' for "NaN" and reports no bad input: leaving it changes nothing
    s.recheckField('layer.support', '', false);
    expect(s.$estimator.get().fields['layer.support']).toBe('NaN');
    expect(s.error('layer.support')).toMatch(/digits only/);
  });

  it('says a disagreement between connections and hubs on the field the reader changed', async () => {
    const s = await open();
    s.setField('reach.first', '0');
    expect([s.error('reach.first'), s.error('reach.hubs')]).toEqual([
      'Your hubs are among these connections: enter at least 2, or fewer hubs.',
      '',
    ]);
    s.setField('reach.hubs', '5');
    expect([s.error('reach.first'), s.error('reach.hubs')]).toEqual([
      '',
      'Hubs are among your first-degree connections: enter up to 0.',
    ]);
    s.setField('reach.hubs', '0');
    expect(s.view().stale).toBe(false);
  });

  it('follows the quiz’s purpose, lets the reader choose another, and never changes the quiz result', async () => {
    const s = await open();
    s.setSharedPurpose('brand');
    expect(s.view().two).toMatchObject({ source: 'quiz', selected: 'brand' });
    s.choosePurpose('social');
    expect(s.view().two).toMatchObject({ source: 'chosen', selected: 'social' });
    expect(s.$sharedPurpose.get()).toBe('brand');
    s.choosePurpose('brand'); // the quiz's own purpose: follow the quiz again
    expect(s.view().two.source).toBe('quiz');
  });

  it('in a tie, waits for the reader to choose, and keeps the choice even when it is the purpose the quiz stored first', async () => {
    const s = await open();
    s.setSharedPurpose('social', ['social', 'brand']);
    expect(s.view().two).toMatchObject({ source: 'tie', selected: '', tied: ['social', 'brand'] });
    s.choosePurpose('social');
    expect(s.$estimator.get().purpose).toBe('social');
    expect(s.view().two).toMatchObject({ source: 'chosen', selected: 'social' });
    s.choosePurpose(null);
    expect(s.view().two.source).toBe('tie');
    // the reader settles the tie in the quiz: its purpose applies
    s.setSharedPurpose('brand');
    expect(s.view().two).toMatchObject({ source: 'quiz', selected: 'brand', tied: [] });
  });

  it('copies today’s estimate into the connections, and clears everything it stored', async () => {
    const s = await open();
    s.setField('layer.acquaintances', '400');
    s.copyEstimateToReach();
    expect(s.$estimator.get().fields['reach.first']).toBe('400');
    s.setField('layer.support', '', true);
    s.reset();
    expect(getTestStorage()[KEY]).toBeUndefined();
    expect(s.view()).toMatchObject({ stale: false, reachEstimate: null });
  });

  it('shows numbers changed in another tab, and says so; the server renders the starting state', async () => {
    setTestStorageKey(KEY, saved({ 'layer.support': '5' }));
    const s = await open();
    expect(s.view().one.summary).toBe('Your circles add up to 5 people.');
    setTestStorageKey(KEY, saved({ 'layer.support': '7' }));
    expect(s.view().one.summary).toBe('Your circles add up to 7 people.');
    expect(s.$notice.get()).toBe('replaced');
    setTestStorageKey(KEY, undefined);
    expect(s.view().one.summary).toMatch(/^Not enough information yet/);
    expect(s.$notice.get()).toBe('erased');
    expect(s.server.one.summary).toMatch(/^Not enough information yet/);
    expect(s.server.two.answer).toBe('Choose a purpose to see what its network needs.');
  });
});
