import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Import boundaries (STYLE.md): pure domain; features never import each other; shared code never imports features or the app. */
const zones = [
  { target: './src/domain', from: ['./src/data', './src/features', './src/components', './src/app', './src/state', './src/i18n'], message: 'src/domain is pure TypeScript.' },
  { target: './src/data', from: './src/state', message: 'src/data (schema, storage, queries) sits under state: React state reads data, never the other way.' },
  ...['./src/components', './src/data', './src/state', './src/i18n', './src/importer'].map((target) => ({ target, from: ['./src/features', './src/app'], message: 'Shared code must not depend on features or the app shell.' })),
  {
    // Shared components show what they are given (issue 13 §3).
    target: './src/components',
    from: './src/state',
    message: 'Shared components take what they show as props; callers in features read state.',
  },
  ...features.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'Features never import each other: move shared pieces to src/components, src/domain or src/state.',
  })),
];

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'coverage', 'playwright-report', 'test-results', 'bench-results', 'public', '**/*.tmp.*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['*.js'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    settings: {
      'import-x/resolver': { typescript: true, node: true },
      // Without these, import-x reads only .js files when following imports, and no-cycle sees no TypeScript cycle.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.jsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', { selector: "LogicalExpression[operator='||'][right.type='Literal'][right.raw='0']", message: 'Not stated is never 0: keep undefined.' }],
    },
  },
  {
    // Playwright fixtures call `use`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['react', 'react-*', 'zod', '@tanstack/*', 'recharts', 'i18next'], message: 'src/domain stays pure.' }] }],
    },
  },
);
