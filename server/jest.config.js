// Three projects: plain unit specs; database-backed specs on the embedded engine (always); and the
// same database-backed specs on real PostgreSQL when TEST_DATABASE_URL is set.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const base = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // the @nestjs packages and a few others ship only ES modules: compile them too
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|@electric-sql|uid|file-type|strtok3|token-types|peek-readable|@tokenizer)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
};

const databaseSpecs = ['<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/src/**/*.db-spec.ts'];

const projects = [
  { ...base, displayName: 'unit', testMatch: ['<rootDir>/src/**/*.spec.ts'] },
  {
    ...base,
    displayName: 'pglite',
    testMatch: databaseSpecs,
    globalSetup: '<rootDir>/test/support/global-setup.ts',
    globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    setupFiles: ['<rootDir>/test/support/engine-pglite.ts'],
  },
];

if (process.env.TEST_DATABASE_URL) {
  projects.push({
    ...base,
    displayName: 'postgres',
    testMatch: databaseSpecs,
    globalSetup: '<rootDir>/test/support/global-setup.ts',
    globalTeardown: '<rootDir>/test/support/global-teardown.ts',
    setupFiles: ['<rootDir>/test/support/engine-postgres.ts'],
  });
}

module.exports = { projects, testTimeout: 60000, maxWorkers: 2 };
