// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  $yourDataMessage,
  eraseAllStoredItems,
  eraseStoredItem,
  refreshStoredItems,
  watchStoredItems,
  yourDataView,
} from '../../../src/tools/your-data/store';
import { yourDataProps } from '../../support/site-words';

const { entries, words } = yourDataProps();
const item = (key: string) =>
  yourDataView(entries, words)
    .get()
    .items.find((i) => i.key === key)!;

beforeEach(() => {
  localStorage.clear();
  $yourDataMessage.set('');
});
afterEach(() => localStorage.clear());

describe('the "Your data" view', () => {
  // first in this file: nothing has read storage yet, as in the server render
  it('lists every entry as not stored, and says it is reading, until storage is read', () => {
    localStorage.setItem('upproach:theme', 'dark');
    const view = yourDataView(entries, words).get();
    expect(view).toMatchObject({ summary: words.reading, anyStored: false });
    expect(view.items.map((i) => i.label)).toEqual(entries.map((e) => e.label));
    expect(view.items.every((i) => i.shown === null && i.empty === words.checking)).toBe(true);
  });

  it('says how many items are kept, in the editor’s singular and plural', () => {
    const $view = yourDataView(entries, words);
    refreshStoredItems();
    expect($view.get()).toMatchObject({ summary: words.nothing, anyStored: false });
    expect($view.get().items.every((i) => i.shown === null && i.empty === words.notStored)).toBe(true);
    localStorage.setItem('upproach:theme', 'dark');
    refreshStoredItems();
    expect($view.get().summary).toBe('This site keeps 1 item in this browser.');
    localStorage.setItem('upproach:purpose:v1', '{"v":1,"purpose":"brand"}');
    refreshStoredItems();
    expect($view.get()).toMatchObject({ summary: 'This site keeps 2 items in this browser.', anyStored: true });
  });

  it('fills each item’s sentences from the words', () => {
    localStorage.setItem('upproach:theme', 'dark');
    refreshStoredItems();
    expect(item('upproach:theme')).toMatchObject({
      label: 'Colour theme',
      shown: 'dark',
      showLabel: 'Show what is stored (4 bytes under “upproach:theme”)',
      eraseLabel: 'Erase colour theme',
    });
  });

  it('uses whatever words it is given, so no English is built in', () => {
    localStorage.setItem('upproach:theme', 'dark');
    const $view = yourDataView(
      entries.map((e) => ({ ...e, label: `L-${e.id}`, inSentence: `s-${e.id}` })),
      { ...words, count: { one: 'ONE {count}', other: 'MANY {count}' }, eraseItem: 'X {item}', show: '{key}/{bytes}' },
    );
    refreshStoredItems();
    expect($view.get().summary).toBe('ONE 1');
    expect($view.get().items[0]).toMatchObject({
      label: 'L-theme',
      eraseLabel: 'X s-theme',
      showLabel: 'upproach:theme/4',
    });
  });
});

describe('erasing', () => {
  it('erases one entry and says so with its label from the words', () => {
    localStorage.setItem('upproach:theme', 'dark');
    localStorage.setItem('upproach:quiz:v1', '{}');
    refreshStoredItems();
    eraseStoredItem(item('upproach:theme'), { erased: 'Gone: {label}!', erasedAll: '' });
    expect(localStorage.getItem('upproach:theme')).toBeNull();
    expect(localStorage.getItem('upproach:quiz:v1')).toBe('{}');
    expect($yourDataMessage.get()).toBe('Gone: Colour theme!');
  });

  it('ignores keys that are not in the registry', () => {
    localStorage.setItem('someone-else', 'keep');
    eraseStoredItem({ key: 'someone-else', label: 'Other' }, words);
    expect(localStorage.getItem('someone-else')).toBe('keep');
    expect($yourDataMessage.get()).toBe('');
  });

  it('erases every registered entry, nothing else, and says the words it is given', () => {
    for (const e of entries) localStorage.setItem(e.key, '1');
    localStorage.setItem('someone-else', 'keep');
    eraseAllStoredItems({ erased: '', erasedAll: 'All gone.' });
    expect(Object.keys(localStorage)).toEqual(['someone-else']);
    expect($yourDataMessage.get()).toBe('All gone.');
    expect(yourDataView(entries, words).get().summary).toBe(words.nothing);
  });

  it('follows changes made in another tab while watched', () => {
    const stop = watchStoredItems();
    const $view = yourDataView(entries, words);
    expect($view.get().anyStored).toBe(false);
    localStorage.setItem('upproach:quiz:v1', '{}');
    window.dispatchEvent(new Event('storage'));
    expect($view.get().anyStored).toBe(true);
    stop();
    localStorage.clear();
    window.dispatchEvent(new Event('storage'));
    expect($view.get().anyStored).toBe(true);
  });
});
