// ESLint (flat config): TypeScript, Lit templates and their accessibility. `npm run lint` runs it and
// Prettier's check; CI runs `npm run lint`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      '**/node_modules/',
      'custom-elements.json',
      'integrate/react/app.js',
      'integrate/vue/vue.js',
      '.tmp/',
      'test/visual/failed/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // the pay simulator's `on-date` attribute is not Polymer's legacy `on-*` event syntax
      'lit/no-legacy-template-syntax': 'off',
      // `_` marks an argument kept for a signature
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    languageOptions: { globals: { ...globals.mocha } },
    rules: {
      // chai's `expect(x).to.be.true` is an expression
      '@typescript-eslint/no-unused-expressions': 'off',
      // tests hand hostile values to the elements on purpose
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
