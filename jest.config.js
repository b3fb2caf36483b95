/** Jest in ESM mode: esbuild strips the types of each file on its own (__tests__/support/esbuild-transform.mjs); `npm run typecheck` checks them. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': '<rootDir>/__tests__/support/esbuild-transform.mjs' },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // A folder for the run, where test files keep the results they share (__tests__/support/shared-results.ts).
  globalSetup: '<rootDir>/__tests__/support/global-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/support/global-teardown.mjs',
  setupFiles: ['<rootDir>/__tests__/support/micromark.ts'],
};
