/**
 * Setup for the component tests (files that run in happy-dom):
 * - jest-dom's matchers (toBeInTheDocument, toHaveTextContent, toHaveAttribute, …);
 * - the persistent stores use the same guarded localStorage engine as the site, so a test
 *   exercises the code path readers get;
 * - an error thrown out of a click handler, or logged with console.error (React reports both
 *   that way), fails the test instead of scrolling past in stderr.
 */
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { guardedStorage, setStorageEngine } from '../../src/shared/storage/storage-engine';

if (typeof window !== 'undefined') {
  setStorageEngine(guardedStorage(() => window.localStorage));

  let problems: string[] = [];
  const onError = (event: ErrorEvent) => problems.push(String(event.error ?? event.message));
  beforeEach(() => {
    problems = [];
    window.addEventListener('error', onError);
    const original = console.error;
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      problems.push(args.map(String).join(' '));
      original(...args);
    });
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    expect(problems, 'errors thrown or logged during the test').toEqual([]);
  });
}
