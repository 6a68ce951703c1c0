// Jest runs the TypeScript sources directly (ts-jest, ESM mode), like actions/typescript-action.
export default {
  clearMocks: true,
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['**/__tests__/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/.ci/'],
  // .ci/differential holds the differential harness's module cache (third-party code).
  modulePathIgnorePatterns: ['<rootDir>/.ci/'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }
    ]
  },
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/.ci/count-reporter.cjs']
}
