import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Dependencies point inward: features → offline/api → domain; features never import each other.
const boundaryZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other; compose them in src/app.',
  })),
  { target: './src/features', from: './src/app', message: 'Features must not depend on the app shell.' },
  {
    target: './src/domain',
    from: ['./src/api', './src/offline', './src/features', './src/app', './src/components', './src/i18n', './mocks'],
    message: 'The domain is pure: no I/O, no React, no app code.',
  },
  {
    target: ['./src/api', './src/offline'],
    from: ['./src/features', './src/app', './src/components', './mocks'],
    message: 'The data layer must not depend on UI code or the demo server.',
  },
  { target: './src/components', from: ['./src/features', './src/app'], message: 'Shared UI must not depend on features.' },
  {
    target: './src',
    from: './mocks',
    except: [],
    message: 'Only src/main.tsx may load the demo API.',
  },
  {
    target: './mocks',
    from: ['./src/features', './src/app', './src/components', './src/i18n', './src/offline'],
    message: 'The demo server imports only src/domain and src/api/contract.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'reports', 'test-results', 'playwright-report', 'bench-results', 'dist-*', 'test-results-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: { 'import-x/resolver': { typescript: true, node: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Schemas take `z` from src/domain/zod.ts: it turns zod's eval off (CSP) and the build treats `z` calls as pure.
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'zod', message: 'Import { z } from src/domain/zod.ts.', allowTypeImports: true }] },
      ],
    },
  },
  {
    files: ['src/domain/zod.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
  {
    // The one demo entry: main.tsx lazily loads mocks/browser when the demo API is configured.
    files: ['src/main.tsx'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: { 'import-x/no-restricted-paths': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
