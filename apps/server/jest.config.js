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
  testMatch: ['<rootDir>/src/**/__tests__/**/*.test.ts'],
  testTimeout: 60_000,
  maxWorkers: process.env.CI ? 2 : '50%',
  reporters: ['default', ['<rootDir>/jest.summary-reporter.js', {}]],
};
