import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.output/**', '**/.wxt/**', 'storybook-static/**', '.tmp/**', 'bench/results.json', 'packages/core/plan.schema.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // The rules know no DOM and no clock: time is passed in.
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/store/**', 'packages/core/src/cli/**', '**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'navigator', 'location'],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Pass time in; never read the clock inside a rule.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass time in; never read the clock inside a rule.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: 'Import zod/mini: browser bundles must stay small.' }] }],
    },
  },
  {
    files: ['packages/components/src/**/*.ts', 'packages/extension/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: 'Import zod/mini: browser bundles must stay small.' }] }] },
  },
);
