import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', '**/generated/**', '**/*.gen.ts', '**/.turbo/**', 'test-results/**', 'playwright-report/**', '.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  // Dependency direction (STYLE.md): nothing imports the server; the schema package imports no app;
  // the web app talks to the server only through packages/schema.
  {
    files: ['apps/web/**/*.{ts,tsx}', 'packages/**/*.ts', 'e2e/**/*.ts', 'bench/**/*.{js,ts}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/apps/server/**', '@panorama/server', '@panorama/server/*'], message: 'Nothing imports the server: use packages/schema.' }] }],
    },
  },
  {
    files: ['packages/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/apps/**', '@panorama/web', '@panorama/server'], message: 'packages/schema depends on nothing.' }] }],
    },
  },
  // Only repositories touch Prisma: services and resolvers go through them.
  {
    files: ['apps/server/src/modules/**/*.{service,resolver,type,inputs}.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.name='prisma']", message: 'Only *.repository.ts touches Prisma.' }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off' },
  },
);
