import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';
import { cleanStores, keepMount, type ReadableAtom } from 'nanostores';
import type { EstimatorDisplay } from '../../../src/tools/estimator/display';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FieldError } from '../../../src/tools/estimator/fields';
import { fieldMessage } from '../../../src/tools/estimator/words';
import { loadContent, loadWords, loadWriter } from '../../support/estimator-content';

const words = loadWords().messages;
const write = loadWriter();
const message = (error: FieldError | undefined) => (error ? fieldMessage(error, words, write) : '');

const KEY = 'upproach:estimator:v1';
beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

async function load() {
  vi.resetModules();
  const estimator = await import('../../../src/tools/estimator/store');
  const purpose = await import('../../../src/purposes/store');
  keepMount(estimator.$estimatorView);
  keepMount(estimator.$estimatorNotice);
  return { ...estimator, ...purpose };
}

describe('estimator store', () => {
  it('starts empty and stores nothing until the reader types', async () => {
    const s = await load();
    expect(s.$estimatorView.get().today).toBeNull();
    expect(getTestStorage()[KEY]).toBeUndefined();
    cleanStores(s.$estimatorView);
  });

  it('saves what was typed, versioned, under the registry key', async () => {
    const s = await load();
    s.setMethod('names');
    s.setField('name.michael', '20');
    expect(s.$estimatorView.get().today).toBe(259);
    const saved = JSON.parse(getTestStorage()[KEY]!);
    expect(saved).toMatchObject({ v: 1, method: 'names', fields: { 'name.michael': '20' } });
    cleanStores(s.$estimatorView);
  });

  it('clears the unreadable mark when the browser no longer reports bad input, even when the value stays empty', async () => {
    const s = await load();
    s.setField('layer.support', '5');
    // pasted text: the browser reports '' and badInput
    s.setField('layer.support', '', true);
    expect(message(s.$estimatorView.get().errors['layer.support'])).toMatch(/digits only/);
    // key up while the text is still there: nothing changes
    s.recheckField('layer.support', '', true);
    expect(message(s.$estimatorView.get().errors['layer.support'])).toMatch(/digits only/);
    // cleared: '' again, without badInput
    s.recheckField('layer.support', '', false);
    expect(message(s.$estimatorView.get().errors['layer.support'])).toBe('Enter a number (0 if none).');
    // the results wait for the field (they used to keep 5, a number the reader had deleted)
    expect(s.$estimatorView.get().today).toBeNull();
    expect(s.$estimatorView.get().waiting.one).toBe('layer.support');
    cleanStores(s.$estimatorView);
  });

  it('leaves saved text alone when a field is only rechecked', async () => {
    setTestStorageKey(
      KEY,
      JSON.stringify({
        v: 1,
        method: 'circles',
        purpose: null,
        fields: { 'layer.support': 'NaN', 'layer.active': '12' },
      }),
    );
    const s = await load();
    // the number input shows '' for "NaN" and reports no bad input: leaving it changes nothing
    s.recheckField('layer.support', '', false);
    expect(s.$estimator.get().fields['layer.support']).toBe('NaN');
    expect(message(s.$estimatorView.get().errors['layer.support'])).toMatch(/digits only/);
    cleanStores(s.$estimatorView);
  });

  it('reads saved values back after a reload', async () => {
    setTestStorageKey(
      KEY,
      JSON.stringify({
        v: 1,
        method: 'circles',
        purpose: null,
        fields: { 'layer.support': '5', 'layer.active': '100' },
      }),
    );
    const s = await load();
    expect(s.$estimatorView.get().today).toBe(105);
    expect(s.$estimatorNotice.get()).toBeNull();
    cleanStores(s.$estimatorView);
  });

  it.each(['not json', '{"v":"9"}', '[]', '{"v":1,"method":"circles","purpose":null,"fields":{"layer.support":5}}'])(
    'starts fresh from unreadable data %s and says so once',
    async (raw) => {
      setTestStorageKey(KEY, raw);
      const s = await load();
      expect(s.$estimatorNotice.get()).toBe('unreadable');
      expect(s.$estimatorView.get().today).toBeNull();
      s.dismissEstimatorNotice();
      expect(s.$estimatorNotice.get()).toBeNull();
      cleanStores(s.$estimatorView);
    },
  );

  // (it used to keep the last valid result; the results now wait for the wrong field)
  it('waits for a wrong field, then uses it again once it is valid', async () => {
    const s = await load();
    s.setField('layer.support', '5');
    s.setField('layer.support', '-1');
    expect(s.$estimatorView.get().today).toBeNull();
    expect(message(s.$estimatorView.get().errors['layer.support'])).toMatch(/negative/);
    s.setField('layer.support', '', true);
    expect(message(s.$estimatorView.get().errors['layer.support'])).toMatch(/digits/);
    expect(s.$estimatorView.get().today).toBeNull();
    s.setField('layer.support', '6');
    expect(s.$estimatorView.get().errors).toEqual({});
    expect(s.$estimatorView.get().today).toBe(6);
    cleanStores(s.$estimatorView);
  });

  it('keeps a saved number as the last valid one when the first change makes it wrong', async () => {
    setTestStorageKey(
      KEY,
      JSON.stringify({ v: 1, method: 'circles', purpose: null, fields: { 'layer.support': '5' } }),
    );
    const s = await load();
    expect(s.$estimatorView.get().today).toBe(5);
    s.setField('layer.support', '-1');
    expect(s.$estimatorView.get().today).toBeNull();
    expect(s.$lastValid.get()['layer.support']).toBe(5);
    cleanStores(s.$estimatorView);
  });

  it('derives the view without changing the remembered numbers', async () => {
    const s = await load();
    s.setField('layer.support', '5');
    const before = s.$lastValid.get();
    s.$estimator.set({ ...s.$estimator.get(), fields: { ...s.$estimator.get().fields, 'layer.support': '7' } });
    expect(s.$estimatorView.get().today).toBe(7);
    expect(s.$lastValid.get()).toBe(before);
    cleanStores(s.$estimatorView);
  });

  it('turns only the field the reader changed red when first-degree connections drop below the hubs', async () => {
    const s = await load();
    s.setField('reach.first', '0');
    const view = s.$estimatorView.get();
    expect(view.errors['reach.hubs']).toBeUndefined();
    expect(message(view.errors['reach.first'])).toBe(
      'Your hubs are among these connections: enter at least 2, or fewer hubs.',
    );
    s.setField('reach.hubs', '5');
    expect(s.$estimatorView.get().errors['reach.first']).toBeUndefined();
    expect(message(s.$estimatorView.get().errors['reach.hubs'])).toBe(
      'Hubs are among your first-degree connections: enter up to 0.',
    );
    s.setField('reach.hubs', '0');
    expect(s.$estimatorView.get().errors).toEqual({});
    cleanStores(s.$estimatorView);
  });

  it('builds the view once per keystroke, and not at all when nothing changed', async () => {
    const s = await load();
    const views: unknown[] = [];
    const unbind = s.$estimatorView.listen((view) => views.push(view));
    s.setField('layer.support', '5');
    expect(views).toHaveLength(1);
    s.setField('layer.support', '5');
    s.recheckField('layer.support', '5', false);
    expect(views).toHaveLength(1);
    s.setField('layer.support', '-1');
    expect(views).toHaveLength(2);
    expect(s.$estimatorView.get().today).toBeNull(); // a wrong field makes the results wait (never a stale number)
    expect(s.$estimatorView.get().waiting.one).toBe('layer.support');
    unbind();
    cleanStores(s.$estimatorView);
  });

  it('ignores unknown fields', async () => {
    const s = await load();
    s.setField('__proto__', '5');
    s.setField('layer.nope', '5');
    expect(getTestStorage()[KEY]).toBeUndefined();
    cleanStores(s.$estimatorView);
  });

  it('follows the quiz purpose, lets the reader choose another, and never changes the quiz result', async () => {
    const s = await load();
    expect(s.$estimatorView.get().purposeSource).toBe('none');
    s.setSharedPurpose('brand');
    expect(s.$estimatorView.get()).toMatchObject({ purpose: 'brand', purposeSource: 'quiz' });
    s.choosePurpose('social');
    expect(s.$estimatorView.get()).toMatchObject({ purpose: 'social', purposeSource: 'chosen', quizPurpose: 'brand' });
    expect(s.$sharedPurpose.get()).toBe('brand');
    s.choosePurpose('brand');
    expect(s.$estimatorView.get().purposeSource).toBe('quiz');
    cleanStores(s.$estimatorView);
  });

  it('copies today’s estimate into the reach inputs', async () => {
    const s = await load();
    s.setField('layer.acquaintances', '400');
    s.copyEstimateToReach();
    expect(s.$estimator.get().fields['reach.first']).toBe('400');
    cleanStores(s.$estimatorView);
  });

  it('gives the island a display that follows what is typed, and a fixed one for the server', async () => {
    setTestStorageKey(
      KEY,
      JSON.stringify({ v: 1, method: 'circles', purpose: null, fields: { 'layer.support': '5' } }),
    );
    const s = await load();
    const copy = loadWords();
    s.setEstimatorContent(loadContent());
    const $live = s.$estimatorDisplay as ReadableAtom<EstimatorDisplay>;
    const server = s.$estimatorServerDisplay.get()!;
    keepMount($live);
    expect($live.get().one.summary).toBe('Your circles add up to 5 people.');
    s.setField('layer.support', '-1');
    expect($live.get().stale).toBe(true);
    // the results say which field they wait for (they used to show the 5 typed before)
    expect($live.get().one.summary).toBe('Waiting for a valid number in “1. Support clique”.');
    expect($live.get().one.fields[0]!.error).toBe(copy.messages.negative);
    s.setSharedPurpose('career');
    expect($live.get().two.answer).toBe('Waiting for a valid number in “1. Support clique”.');
    s.setField('layer.support', '5');
    expect($live.get().two.answer).toBe(
      'Your estimate of 5 people is smaller than a Career/Business Opportunity network needs (about 150 to 1,500 people): about 145 more would reach the bottom of the range.',
    );
    // the server never sees storage: it renders the starting state the island hydrates from
    expect(server.one.summary).toBe(copy.ui.circlesInsufficient);
    expect(server.stale).toBe(false);
    expect(server.two.answer).toBe(copy.ui.answerChoose);
    cleanStores($live, s.$estimatorView);
  });

  it('keeps every part of the display that a keystroke did not change, so only that part re-renders', async () => {
    const s = await load();
    s.setEstimatorContent(loadContent());
    const $live = s.$estimatorDisplay as ReadableAtom<EstimatorDisplay>;
    keepMount($live);
    s.setField('layer.support', '5');
    s.setField('reach.first', '200');
    const before = $live.get();
    // a keystroke in Part 3: Parts 1 and 2 are the same objects; in Part 3 only the typed field changed
    s.setField('reach.first', '2000');
    const after = $live.get();
    expect(after).not.toBe(before);
    expect(after.one).toBe(before.one);
    expect(after.two).toBe(before.two);
    expect(after.three).not.toBe(before.three);
    expect(after.three.fields[0]).not.toBe(before.three.fields[0]);
    expect(after.three.fields.slice(1)).toEqual(before.three.fields.slice(1));
    after.three.fields.slice(1).forEach((field, i) => expect(field).toBe(before.three.fields[i + 1]));
    // the same text again changes nothing, and a field with the same display keeps its object
    s.setField('reach.first', '2000');
    expect($live.get()).toBe(after);
    cleanStores($live, s.$estimatorView);
  });

  it('clears everything it stored', async () => {
    const s = await load();
    s.setField('layer.support', '5');
    s.resetEstimator();
    expect(getTestStorage()[KEY]).toBeUndefined();
    expect(s.$estimatorView.get().today).toBeNull();
    cleanStores(s.$estimatorView);
  });
});
