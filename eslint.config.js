import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  // Browser code never reaches build-time code, YAML or the schema library.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/node/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'yaml', 'zod', 'zod/*', '**/node/*', '@/node/*'],
              message: 'Build-time code (src/node, node:*, yaml, zod) must not reach the browser.',
            },
          ],
        },
      ],
    },
  },
  // The domain is pure: no React, no stores, no features.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*', '@/features/*', '@/stores/*', '@/components/*', 'node:*', 'yaml', 'zod'],
              message: 'src/domain is pure logic shared by both sides.',
            },
          ],
        },
      ],
    },
  },
  // The one exception: the story file reader parses front matter with `yaml`, as the build does. It
  // is loaded only when the user imports a story (a dynamic import), never on the first page.
  {
    files: ['src/domain/story-markdown-reader.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*', '@/features/*', '@/stores/*', '@/components/*', 'node:*', 'zod', 'zod/*'],
              message: 'src/domain is pure logic shared by both sides; only this module may read YAML.',
            },
          ],
        },
      ],
    },
  },
  // The layers, checked on resolved paths (so `@/features/x` and `../x/y` alike): shared code
  // (components, lib, stores, domain, i18n) imports no feature and not the app shell; a feature
  // imports no other feature and not the app shell; only src/app composes features.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.app.json' } },
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'shared', pattern: 'src/(components|lib|stores|domain|i18n)', capture: ['layer'] },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          policies: [
            {
              from: { element: { type: 'shared' } },
              disallow: { to: { element: { types: { anyOf: ['feature', 'app'] } } } },
              message:
                'Shared code ({{ from.element.captured.layer }}) must not import a feature or the app shell: features register themselves with it instead.',
            },
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'feature', captured: { feature: '!{{ from.element.captured.feature }}' } } } },
              message:
                'Features do not import each other ({{ from.element.captured.feature }} imports {{ to.element.captured.feature }}): move shared code to src/components or src/lib.',
            },
            {
              from: { element: { type: 'feature' } },
              disallow: { to: { element: { type: 'app' } } },
              message: 'A feature must not import the app shell.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/node/**/*.ts',
      'vite.config.ts',
      'playwright.config.ts',
      'scripts/**/*.mjs',
      'tests/e2e/**/*.ts',
      'tests/unit/node/**/*.ts',
      'tests/bench/**/*.ts',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['vite.config.ts', 'playwright.config.ts', 'eslint.config.js', 'tests/bench/vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
