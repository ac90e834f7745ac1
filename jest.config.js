/** Tests are TypeScript transformed by SWC: TypeScript 7 has no JS API, so ts-jest cannot run it. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Builds build/Code.js once, so tests of the bundle never run a stale one.
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  globalSetup: '<rootDir>/test/support/build-once.ts',
  // A test fails when the offline runtime answered "not modelled" during it (test/support/not-modelled-guard.ts).
  setupFilesAfterEnv: ['<rootDir>/test/support/not-modelled-guard.ts'],
  transform: {
    '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } }],
  },
};
