/// <reference types="vitest/config" />
// The unit tests alone, for mutation testing of src/lib (`npm run test:mutation`, stryker.config.json):
// src/lib's behaviour belongs to its unit tests, and the component suites would slow every mutant.
import type { UserConfig } from 'vite';
import base from './vitest.config';

export default async (env: Parameters<typeof base>[0]): Promise<UserConfig> => {
  const config = await base(env);
  return {
    ...config,
    test: {
      ...config.test,
      include: ['test/unit/**/*.test.ts'],
      // Stryker runs the tests in worker threads, where a new process.env.TZ has no effect, so the
      // time-zone test (which proves that its zone really changed) cannot pass there
      exclude: ['test/unit/checklist/timezones.test.ts'],
    },
  };
};
