/** Jest: TypeScript through SWC, CommonJS for test files, native dynamic import() kept for ESM-only packages (pdfjs-dist). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/tests', '<rootDir>/dev', '<rootDir>/bench'],
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
  setupFilesAfterEnv: ['<rootDir>/tests/setup/failOnConsole.ts', '<rootDir>/tests/setup/jsdomPolyfills.ts'],
  testTimeout: 60000,
};
