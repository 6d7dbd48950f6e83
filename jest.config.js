/** Jest runs TypeScript through ts-jest in ESM mode (see docs/platform.md "Toolchain": the toolkit is ESM-only). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: [151002] } }],
  },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 60000,
  // A test file per core: Jest's default (cores - 1) runs one at a time on a 2-core machine, while
  // much of a file's time is spent waiting on child processes and files (the whole suite on 2
  // cores: 294 s against 480 s).
  maxWorkers: '100%',
};
