import { configDefaults, defineConfig } from 'vitest/config';

const serverTests = ['packages/server/src/**/*.test.ts'];
/** Runs only where the PostgreSQL global setup is: it checks that setup keeps a red run red. */
const postgresOnly = ['packages/server/src/testing/exit-code.test.ts'];
/** Touch no database (the `repairable tone` CLI): once, with SQLite, is enough. */
const noDatabase = ['packages/server/src/tone/**/*.test.ts'];

/**
 * One `vitest run` runs everything `npm test` promises: core units, the
 * server suite twice (SQLite, then real PostgreSQL), and the browser
 * journeys in Chromium.
 *
 * Two test files run at a time, from any project: CI has two cores, where
 * Vitest's default is one worker (cores − 1), and a browser journey spends
 * much of its time waiting on Chromium and the e2e server, which the other
 * worker fills. Every journey signs up its own people, so journeys run
 * beside each other and beside the server suite.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      // Property tests draw hundreds of cases: on two busy cores one took over Vitest's default 5 s.
      { test: { name: 'core', include: ['packages/core/src/**/*.test.ts'], testTimeout: 30_000 } },
      { test: { name: 'web', include: ['packages/web/src/**/*.test.{ts,tsx}'], testTimeout: 30_000 } },
      {
        test: {
          name: 'server-sqlite',
          include: serverTests,
          exclude: [...configDefaults.exclude, ...postgresOnly],
          env: { TEST_DIALECT: 'sqlite' },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'server-postgres',
          include: serverTests,
          exclude: [...configDefaults.exclude, ...noDatabase],
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
        },
      },
    ],
  },
});
