import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '../../support/test-storage';
import { cleanStores, keepMount } from 'nanostores';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

beforeAll(() => useTestStorageEngine());
afterEach(() => cleanTestStorage());

async function load() {
  vi.resetModules();
  return import('../../../src/purposes/store');
}

describe('$sharedPurpose', () => {
  it('is null until a purpose is set', async () => {
    const { $sharedPurpose } = await load();
    keepMount($sharedPurpose);
    expect($sharedPurpose.get()).toBeNull();
    cleanStores($sharedPurpose);
  });

  it('stores the purpose versioned under the registry key', async () => {
    const { $sharedPurpose, setSharedPurpose } = await load();
    keepMount($sharedPurpose);
    setSharedPurpose('strategic');
    expect($sharedPurpose.get()).toBe('strategic');
    expect(JSON.parse(getTestStorage()['upproach:purpose:v1']!)).toEqual({ v: 1, purpose: 'strategic' });
    cleanStores($sharedPurpose);
  });

  it('reads a stored purpose', async () => {
    setTestStorageKey('upproach:purpose:v1', '{"v":1,"purpose":"brand"}');
    const { $sharedPurpose } = await load();
    keepMount($sharedPurpose);
    expect($sharedPurpose.get()).toBe('brand');
    cleanStores($sharedPurpose);
  });

  it.each(['{"v":1,"purpose":"fame"}', '{"v":2,"purpose":"brand"}', 'not json', '"brand"'])(
    'starts fresh from corrupted or foreign data %s',
    async (raw) => {
      setTestStorageKey('upproach:purpose:v1', raw);
      const { $sharedPurpose } = await load();
      keepMount($sharedPurpose);
      expect($sharedPurpose.get()).toBeNull();
      cleanStores($sharedPurpose);
    },
  );

  it('clears the stored purpose', async () => {
    const { $sharedPurpose, setSharedPurpose, clearSharedPurpose } = await load();
    keepMount($sharedPurpose);
    setSharedPurpose('social');
    clearSharedPurpose();
    expect($sharedPurpose.get()).toBeNull();
    expect(getTestStorage()['upproach:purpose:v1']).toBeUndefined();
    cleanStores($sharedPurpose);
  });
});
