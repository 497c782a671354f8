import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['dashboard', 'principles', 'questions', 'stories', 'topics', 'guides', 'review', 'settings', 'coverage'];

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
            { group: ['node:*', 'yaml', 'zod', 'zod/*', '**/node/*', '@/node/*'], message: 'Build-time code (src/node, node:*, yaml, zod) must not reach the browser.' },
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
        { patterns: [{ group: ['react', 'react-*', 'zustand', 'zustand/*', '@/features/*', '@/stores/*', '@/components/*', 'node:*', 'yaml', 'zod'], message: 'src/domain is pure logic shared by both sides.' }] },
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
        { patterns: [{ group: ['react', 'react-*', 'zustand', 'zustand/*', '@/features/*', '@/stores/*', '@/components/*', 'node:*', 'zod', 'zod/*'], message: 'src/domain is pure logic shared by both sides.' }] },
      ],
    },
  },
  // Features do not import each other; shared pieces live in components, lib, stores, domain.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'yaml', 'zod', '@/node/*'], message: 'Build-time code must not reach the browser.' },
            { group: features.filter((f) => f !== feature).map((f) => `@/features/${f}/*`), message: 'Features do not import each other: move shared code to src/components or src/lib.' },
          ],
        },
      ],
    },
  })),
  {
    files: ['src/node/**/*.ts', 'vite.config.ts', 'playwright.config.ts', 'scripts/**/*.mjs', 'tests/e2e/**/*.ts', 'tests/unit/node/**/*.ts', 'tests/bench/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['vite.config.ts', 'playwright.config.ts', 'eslint.config.js', 'tests/bench/vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
