// Lint: TypeScript rules, Preact hooks and accessibility rules, and the import boundaries between runtimes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.demo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: { ...reactHooks.configs.recommended.rules, ...jsxA11y.configs.recommended.rules },
  },
  {
    // The engine is pure: no browser globals, no page painting, no entrypoints.
    files: ['lib/**/*.ts'],
    ignores: [
      'lib/background/**',
      'lib/content/**',
      'lib/panel/**',
      'lib/cli/**',
      'lib/browser-harness/**',
      'lib/messaging/extension-api.ts',
    ],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'browser', 'chrome', 'location', 'navigator'],
      'no-restricted-imports': ['error', { patterns: ['wxt/browser', '**/entrypoints/**', '**/components/**'] }],
    },
  },
  {
    files: ['components/**/*.tsx'],
    rules: {
      'no-restricted-globals': ['error', 'browser', 'chrome'],
      'no-restricted-imports': ['error', { patterns: ['wxt/browser', '**/entrypoints/**'] }],
    },
  },
);
