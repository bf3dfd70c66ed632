import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The change path (core/changes) is the only writer of audit rows and outbox events (issue 9): a
// write through a delegate (`tx.auditLog.create`, `system.outboxEvent.createMany`) or raw SQL that
// inserts, updates or deletes their rows anywhere else fails. Proven by core/lint/__tests__.
const CHANGE_PATH_ONLY = [
  {
    selector: "MemberExpression[object.property.name=/^(auditLog|outboxEvent)$/][property.name=/^(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)$/]",
    message: 'Audit rows and events are written only by the change path: call recordChange(tx, change) from core/changes/change.ts.',
  },
  {
    selector: 'TemplateElement[value.raw=/(INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+"(AuditLog|OutboxEvent)"/i]',
    message: 'Audit rows and events are written only by the change path: call recordChanges(tx, changes) from core/changes/change.ts.',
  },
];
const PRISMA_OUTSIDE_REPOSITORY = [
  {
    selector: "MemberExpression[object.type='Identifier'][object.name=/^(db|prisma|tx)$/]",
    message: 'Prisma outside a repository: move this query into a *.repository.ts method (STYLE.md rule 1).',
  },
  {
    selector: "MemberExpression[object.type='MemberExpression'][object.property.name=/^(db|prisma)$/]",
    message: 'Prisma outside a repository: move this query into a *.repository.ts method (STYLE.md rule 1).',
  },
];

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/apps/server/**', '@panorama/server', '@panorama/server/*'], message: 'Nothing imports the server: use packages/schema.' },
            // The web app reaches its sibling without naming apps/: '../../../server/src/config.ts'.
            { regex: '^(\\.\\./)+server/', message: 'Nothing imports the server: use packages/schema.' },
          ],
        },
      ],
    },
  },
  {
    files: ['packages/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/apps/**', '@panorama/web', '@panorama/server'], message: 'packages/schema depends on nothing.' }] }],
    },
  },
  // Only repositories touch Prisma (STYLE.md rule 1): services, resolvers, rules and helpers go through
  // them. Any member access on an object named db, prisma or tx (`db.customer`, `tx.$queryRaw`), or on
  // a `.db`/`.prisma` property (`this.db.$transaction`, `deps.prisma.user`), outside the data layer.
  // *.sql.ts files build fragments with `Prisma.sql` (the namespace, not a client) and stay covered:
  // a query they run belongs in a repository. Composition root (main, app, context) only holds the
  // Database wrapper (`db.close()`). Proven to fire by core/lint/__tests__/lint-rules.test.ts.
  {
    files: ['apps/server/src/**/*.ts'],
    ignores: [
      '**/*.repository.ts',
      '**/__tests__/**',
      'apps/server/src/core/db/**',
      'apps/server/src/seed/**',
      'apps/server/src/cli/**',
      'apps/server/src/test-support/**',
      'apps/server/src/{main,app,context}.ts',
    ],
    rules: {
      'no-restricted-syntax': ['error', ...PRISMA_OUTSIDE_REPOSITORY, ...CHANGE_PATH_ONLY],
    },
  },
  // the change path itself writes audit rows and events
  {
    files: ['apps/server/src/core/changes/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: { 'no-restricted-syntax': ['error', ...PRISMA_OUTSIDE_REPOSITORY] },
  },
  // seeds and scripts may use Prisma directly, but record changes through the change path too
  {
    files: ['apps/server/src/{seed,cli}/**/*.ts'],
    ignores: ['**/__tests__/**'],
    rules: { 'no-restricted-syntax': ['error', ...CHANGE_PATH_ONLY] },
  },
  // Inside repositories every query goes through the access layer (SPEC §5, STYLE.md rule 2): model
  // delegates and transactions come from scopedClient(this.db, scope), which adds the model's rule, or
  // from systemClient(this.db, reason), which names why every principal's rows are meant. Raw SQL on
  // either must use the viewer's scope (visibleSql or a fragment built from it) unless it runs on a
  // system client. Proven to fire by core/lint/__tests__/lint-rules.test.ts.
  {
    files: ['apps/server/src/**/*.repository.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MemberExpression'][object.object.type='ThisExpression'][object.property.name=/^(db|prisma)$/][property.name!=/^[$](queryRaw|executeRaw)$/]",
          message: 'Unscoped Prisma in a repository: use scopedClient(this.db, scope) or systemClient(this.db, reason) (core/access).',
        },
        {
          selector:
            "TaggedTemplateExpression[tag.property.name=/^[$](queryRaw|executeRaw)$/]:not([tag.object.callee.name='systemClient']):not([tag.object.name=/^system/]):not(:has(TemplateLiteral Identifier[name=/^(scope|visible)/]))",
          message: 'Raw SQL without the access predicate: add visibleSql(model, scope, alias), or run it on systemClient(this.db, reason).',
        },
        {
          selector: "MemberExpression[property.name=/^[$](queryRawUnsafe|executeRawUnsafe)$/]",
          message: 'Unsafe raw SQL in a repository: use a tagged $queryRaw with the access predicate.',
        },
        ...CHANGE_PATH_ONLY,
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/set-state-in-effect': 'off' },
  },
);
