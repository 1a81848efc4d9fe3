import { defineConfig } from 'vitest/config';

const serverTests = ['packages/server/src/**/*.test.ts'];

/**
 * One `vitest run` runs everything `npm test` promises: core units, the
 * server suite twice (SQLite, then real PostgreSQL), and the browser
 * journeys in Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'core', include: ['packages/core/src/**/*.test.ts'] } },
      { test: { name: 'web', include: ['packages/web/src/**/*.test.{ts,tsx}'] } },
      {
        test: {
          name: 'server-sqlite',
          include: serverTests,
          env: { TEST_DIALECT: 'sqlite' },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server-postgres',
          include: serverTests,
          env: { TEST_DIALECT: 'postgres' },
          globalSetup: ['packages/server/src/testing/postgres-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
