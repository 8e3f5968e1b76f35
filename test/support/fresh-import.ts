import { vi } from 'vitest';

/**
 * Loads a module anew inside the running test, so that its module-level values (a constant list,
 * a default, a frozen starting value) are computed again while the test runs. A test about such a
 * value reads it from here: a change to that value then fails the test that is running, instead
 * of having been computed once, before any test, when the file's own imports ran.
 */
export async function freshImport<T>(load: () => Promise<T>): Promise<T> {
  vi.resetModules();
  return load();
}
