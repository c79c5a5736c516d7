/**
 * One jest run for the whole project. Test files choose their environment with a
 * `@jest-environment jsdom` docblock (component tests); the default is node.
 *
 * @pnp/* ships ESM only, so it is transpiled by ts-jest with allowJs.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.(ts|tsx|js|mjs)$': ['ts-jest', { tsconfig: '<rootDir>/tests/tsconfig.json', }]
  },
  transformIgnorePatterns: ['/node_modules/(?!(@pnp)/)'],
  moduleNameMapper: {
    '\\.(css|scss)$': '<rootDir>/tests/support/styleMock.js'
  },
  setupFilesAfterEnv: ['<rootDir>/tests/support/setup.ts'],
  // Finds or provisions Chromium for the browser tests, once, and says which (tests/support/chromium.ts).
  globalSetup: '<rootDir>/tests/support/globalSetup.ts',
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js']
};
