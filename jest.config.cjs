/** Jest: TypeScript through SWC, CommonJS for test files, native dynamic import() kept for ESM-only packages (pdfjs-dist). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests', '<rootDir>/dev', '<rootDir>/bench', '<rootDir>/manifest'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
  // strip-bom (used by @microsoft/app-manifest) is ESM-only and required with require(): compile it to CommonJS.
  transformIgnorePatterns: ['/node_modules/(?!(?:.*/node_modules/)?strip-bom/)'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/failOnConsole.ts', '<rootDir>/tests/setup/jsdomPolyfills.ts'],
  testTimeout: 60000,
  // Jest's default on two cores is one worker; browser and emulator tests mostly wait, so two keep both busy.
  maxWorkers: 2,
  testSequencer: '<rootDir>/tests/setup/browserTestsLast.cjs',
  reporters: ['default', '<rootDir>/tests/setup/plainSummaryReporter.cjs'],
};
