// Lint: typescript-eslint strict, promises handled, hooks rules, and imports that point inward only
// (views → app → domain; the composition root → teams/graph/auth/documents → domain; src never imports
// the emulator), so the architecture holds without anyone having to remember it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importPlugin from 'eslint-plugin-import';
import promise from 'eslint-plugin-promise';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';

const layer = (from, except = []) => ({ from, except });
const inward = [
  { target: './src/domain', ...layer('./src', ['./domain']) },
  // Use cases (src/app) take their ports and may import the domain only; ui may import them.
  { target: './src/app', ...layer('./src', ['./app', './domain']) },
  {
    target: './src/documents',
    from: ['./src/ui', './src/cli', './src/graph', './src/teams', './src/auth', './src/app'],
  },
  { target: './src/graph', from: ['./src/ui', './src/cli', './src/teams', './src/documents', './src/app'] },
  {
    target: './src/auth',
    from: ['./src/ui', './src/cli', './src/teams', './src/graph', './src/documents', './src/app'],
  },
  { target: './src/teams', from: ['./src/ui', './src/cli', './src/app'] },
  // The Danish and English sentences, the tab's and the CLI's alike: they know the domain's codes only.
  { target: './src/strings', ...layer('./src', ['./strings', './domain']) },
  { target: './src', from: ['./dev', './tests', './bench'] },
  // Views reach only the use cases, the domain and the rest of the UI; the composition root (ui/main.tsx,
  // ui/app) is the one place that wires adapters into them.
  {
    target: ['./src/ui/features', './src/ui/components'],
    from: ['./src/graph', './src/teams', './src/auth', './src/documents', './src/cli'],
  },
];
// The use cases' own tests run them against the real document reader, as the composition root wires it.
const inwardForAppTests = inward.map((zone) =>
  zone.target === './src/app' ? { ...zone, except: [...zone.except, './documents'] } : zone,
);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', '.data/', 'test-output/', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    plugins: { import: importPlugin, promise, 'react-hooks': reactHooks },
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' },
    },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' }, node: true },
    },
    rules: {
      'import/no-restricted-paths': ['error', { zones: inward }],
      'import/no-cycle': ['error', { maxDepth: 10 }],
      'promise/catch-or-return': ['error', { allowFinally: true }],
      'promise/no-return-wrap': 'error',
      'promise/param-names': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // Functions fit on a screen (issue 13). Tests are exempt: a table of cases is long by nature.
    files: ['src/**/*.{ts,tsx}', 'dev/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true, IIFEs: true }],
    },
  },
  {
    files: ['src/app/**/*.test.ts'],
    rules: { 'import/no-restricted-paths': ['error', { zones: inwardForAppTests }] },
  },
  {
    // Command-line entry points, scripts and benchmarks talk to a terminal.
    files: ['src/cli/**', 'bench/**', 'dev/**', 'bin/**', 'manifest/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // CommonJS configuration files run by Node (webpack).
    files: ['*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
