// ESLint flat config: TypeScript everywhere, Astro components, React islands (hooks and
// accessibility rules). `npm run lint` runs it with --max-warnings 0, then `prettier --check .`;
// formatting is Prettier's job alone, so no stylistic rule is turned on here.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores([
    'dist/',
    'dist-*/',
    '.astro/',
    'node_modules/',
    'test-results/',
    'playwright-report/',
    'blob-report/',
    'reports/',
    '.stryker-tmp*/',
    // written minified on purpose: it ships inline in every page's head (under 1 KB)
    'src/scripts/theme.js',
  ]),
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs['flat/recommended'],
  astro.configs['flat/jsx-a11y-recommended'],
  {
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // the site's own code runs in the browser (islands, inline scripts) and at build time in Node
    files: ['src/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['scripts/**', 'integrations/**', '*.config.{js,mjs,ts}', '.dependency-cruiser.cjs', 'test/**', 'e2e/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    rules: {
      // `_name` marks a binding kept on purpose (a destructured field left out, an unused parameter)
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
]);
