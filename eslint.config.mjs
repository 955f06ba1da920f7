import grafanaI18n from '@grafana/i18n/eslint-plugin';
import { defineConfig } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import sonarjs from 'eslint-plugin-sonarjs';

import baseConfig from './.config/eslint.config.mjs';

export default defineConfig([
  {
    ignores: [
      '**/logs',
      '**/*.log',
      '**/npm-debug.log*',
      '**/yarn-debug.log*',
      '**/yarn-error.log*',
      '**/.pnpm-debug.log*',
      '**/node_modules/',
      '.yarn/cache',
      '.yarn/unplugged',
      '.yarn/build-state.yml',
      '.yarn/install-state.gz',
      '**/.pnp.*',
      '**/pids',
      '**/*.pid',
      '**/*.seed',
      '**/*.pid.lock',
      '**/lib-cov',
      '**/coverage',
      '**/dist/',
      '**/artifacts/',
      '**/work/',
      '**/ci/',
      'test-results/',
      'playwright-report/',
      'blob-report/',
      'playwright/.cache/',
      'playwright/.auth/',
      '**/.idea',
      '**/.eslintcache',
      '.demo/',
      // The scaffold's own files (@grafana/create-plugin rewrites them); not ours to lint.
      '.config/',
    ],
  },
  ...baseConfig,
  // The scaffold's config lints TypeScript in src/ only; the preview host and its browser tests are code too.
  { files: ['preview/**/*.{ts,tsx}', 'tests/**/*.ts', 'playwright.browser.config.ts', 'scripts/**/*.ts'] },
  // The habits of Grafana's own app plugins (metrics-drilldown, logs-drilldown), checked on every file we write.
  {
    name: 'kpi-scorecards/habits',
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX, sonarjs },
    rules: {
      // A function a reader cannot hold in their head gets split into named steps.
      'sonarjs/cognitive-complexity': ['error', 15],
      // metrics-drilldown's import order: one group per origin, a blank line between, alphabetical inside.
      'import-x/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling'], 'index', 'object', 'type'],
          'newlines-between': 'always',
          alphabetize: { order: 'asc', caseInsensitive: true },
          named: { enabled: true, types: 'types-last' },
        },
      ],
    },
  },
  {
    name: 'kpi-scorecards/type-imports',
    files: ['**/*.{ts,tsx}'],
    rules: {
      // Type-only imports say so, and vanish from the bundle.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  // The panels and pages are used by keyboard and screen-reader users too.
  { ...jsxA11y.flatConfigs.recommended, files: ['src/**/*.tsx', 'preview/**/*.tsx'] },
  {
    // Every text a user reads goes through t(), so translators see it (src/locales, npm run i18n:extract).
    name: 'kpi-scorecards/i18n',
    files: [
      'src/pages/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
      'src/panels/**/*.{ts,tsx}',
      'src/datasource/**/*.{ts,tsx}',
      'src/alerting/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.{ts,tsx}', '**/testing/**', '**/test-fixtures/**'],
    plugins: { '@grafana/i18n': grafanaI18n },
    rules: {
      '@grafana/i18n/no-untranslated-strings': [
        'error',
        { basePaths: ['src'], calleesToIgnore: ['^css$', '^use[A-Z].*', '^get.*Styles$'] },
      ],
      '@grafana/i18n/no-translation-top-level': 'error',
    },
  },
]);
