import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The fixture run of ../exit-code.test.ts: the server-postgres project's
 * PostgreSQL global setup and one test, which fails when OUTCOME=fail.
 * Not part of `npm test`'s globs (its test file ends in `.check.ts`).
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../../../../../', import.meta.url)),
    include: ['packages/server/src/testing/exit-code/outcome.check.ts'],
    globalSetup: ['packages/server/src/testing/postgres-setup.ts'],
    env: { TEST_DIALECT: 'postgres' },
    hookTimeout: 60_000,
  },
});
