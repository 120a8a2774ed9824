import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Models and the engine stay framework-free (DESIGN.md §7): no React, no DOM
// libraries, no d3-selection, no wall clock or unseeded randomness.
const frameworkFree = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', 'zustand', 'zustand/*'], message: 'engine/ and models stay framework-free.' },
        { group: ['d3-selection', 'd3-transition', 'd3-zoom', 'd3'], message: 'engine/ and models do not touch the DOM.' },
        { group: ['**/app/*', '**/ui/*', '**/*.tsx'], message: 'engine/ and models import no UI code.' },
      ],
    },
  ],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded PRNG (src/engine/prng.ts).' },
    { object: 'Date', property: 'now', message: 'Models run in simulated time.' },
    { object: 'performance', property: 'now', message: 'Models run in simulated time.' },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'No DOM in models.' },
    { name: 'document', message: 'No DOM in models.' },
  ],
  'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: 'Models run in simulated time.' }],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.reports', 'bench', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/sims/*/**/*.ts'],
    ignores: ['**/*.test.ts', 'src/sims/*/view/**', 'src/sims/*/use*.ts'],
    rules: frameworkFree,
  },
);
