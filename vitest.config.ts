/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

export default getViteConfig(
  {
    test: {
      include: ['test/**/*.test.{ts,tsx}'],
      environment: 'node',
      restoreMocks: true,
      setupFiles: ['test/setup/dom.ts'],
    },
  },
  { devToolbar: { enabled: false } },
);
