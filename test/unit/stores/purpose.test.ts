import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';

const KEY = 'upproach:purpose:v1';
beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

async function load() {
  vi.resetModules();
  const store = await import('../../../src/purposes/store');
  keepMount(store.$sharedPurpose);
  return store;
}

describe('$sharedPurpose', () => {
  it('is null until set, stored versioned under the registry key, and cleared', async () => {
    const { $sharedPurpose, setSharedPurpose, clearSharedPurpose } = await load();
    expect($sharedPurpose.get()).toBeNull();
    setSharedPurpose('strategic');
    expect([$sharedPurpose.get(), getTestStorage()[KEY]]).toEqual(['strategic', '{"v":1,"purpose":"strategic"}']);
    clearSharedPurpose();
    expect([$sharedPurpose.get(), getTestStorage()[KEY]]).toEqual([null, undefined]);
    cleanStores($sharedPurpose);
  });

  it.each([
    ['{"v":1,"purpose":"brand"}', 'brand'],
    ['{"v":1,"purpose":"fame"}', null],
    ['{"v":2,"purpose":"brand"}', null],
    ['not json', null],
    ['"brand"', null],
    ['{"v":1,"purpose":"brand","tied":["social","brand"]}', 'brand'],
    ['{"v":1,"purpose":"brand","tied":["social","career"]}', null],
    ['{"v":1,"purpose":"brand","tied":["brand","brand"]}', null],
    ['{"v":1,"purpose":"brand","tied":"social"}', null],
  ])('reads %s as %s', async (raw, purpose) => {
    setTestStorageKey(KEY, raw);
    const { $sharedPurpose } = await load();
    expect($sharedPurpose.get()).toBe(purpose);
    cleanStores($sharedPurpose);
  });

  it.each([
    ['{"v":1,"purpose":"resource"}', 'resource'],
    ['{"v":1,"purpose":"career","tied":["career","social"]}', null],
    ['{"v":1,"purpose":"brand","tied":["resource","strategic","brand"]}', null],
  ])('a plan is made for %s: %s (never the first of a tie the reader has not settled)', async (raw, purpose) => {
    setTestStorageKey(KEY, raw);
    const { $plannedPurpose } = await load();
    keepMount($plannedPurpose);
    expect($plannedPurpose.get()).toBe(purpose);
    cleanStores($plannedPurpose);
  });

  it('keeps the purposes tied with the shared one, and forgets them when the reader plans for one alone', async () => {
    const { $sharedPurpose, $sharedTie, setSharedPurpose } = await load();
    keepMount($sharedTie);
    setSharedPurpose('career', ['career', 'social']);
    expect([$sharedPurpose.get(), $sharedTie.get()]).toEqual(['career', ['career', 'social']]);
    setSharedPurpose('social');
    expect([$sharedPurpose.get(), $sharedTie.get()]).toEqual(['social', []]);
    cleanStores($sharedPurpose, $sharedTie);
  });
});
