import { availableParallelism } from 'node:os';

// Jest in ESM mode with SWC: decorators and their metadata (type-graphql needs it),
// and the generated Prisma client's import.meta. Run through `pnpm test`.
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  testEnvironment: 'node',
  // type-graphql's decorators need the metadata API wherever a test imports a module's types.
  setupFiles: ['reflect-metadata'],
  // one migrated template database per run; each test file starts from a copy (test-database.ts)
  globalSetup: '<rootDir>/src/test-support/test-global-setup.ts',
  globalTeardown: '<rootDir>/src/test-support/test-global-teardown.ts',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  // `pnpm test` runs the service and API tests; the system tests (real server processes killed,
  // stopped and restarted: *.system.test.ts) run with `pnpm test:system` (JEST_SUITE=system).
  testMatch: process.env.JEST_SUITE === 'system' ? ['<rootDir>/src/**/__tests__/**/*.system.test.ts'] : ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: process.env.JEST_SUITE === 'system' ? ['/node_modules/'] : ['/node_modules/', '\\.system\\.test\\.ts$'],
  testTimeout: 60_000,
  // one worker per core, at least two: the suite waits on the embedded database's CPU, not on I/O
  maxWorkers: Math.max(2, availableParallelism()),
  reporters: ['default', ['<rootDir>/jest.summary-reporter.js', {}]],
};
