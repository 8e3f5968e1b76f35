/// <reference types="vitest/config" />
// The unit tests alone, for mutation testing by hand (`npm run test:mutation`, stryker.config.json):
// the domain code's behaviour belongs to its unit tests, and the component suites would slow every mutant.
import type { UserConfig } from 'vite';
import base from './vitest.config';

export default async (env: Parameters<typeof base>[0]): Promise<UserConfig> => {
  const config = await base(env);
  return {
    ...config,
    test: {
      ...config.test,
      include: ['test/unit/**/*.test.ts'],
      // a mutant can make a test slow (a loop that no longer ends early) and the machine may be
      // busy: a slow test must end as a timeout of that mutant, never fail the initial run
      testTimeout: 120_000,
      // Stryker runs the tests in worker threads, where a new process.env.TZ has no effect, so the
      // time-zone test (which proves that its zone really changed) cannot pass there
      testNamePattern: /^(?!time zones )/,
    },
  };
};
