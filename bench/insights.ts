import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InsightsState } from '@repairable/core';
import { assertBuilt, freePort, SERVER_CLI, sleep, startServer, stopServer } from '../e2e/support/server-process';
import { momentVisibleTo, ruptureVisibleTo } from '../packages/server/src/access/visibility';
import { openConfiguredStore } from '../packages/server/src/server';
import { readInsightRows } from '../packages/server/src/store/insights';
import { call } from './api';
import { inMemory } from './insights-compute';

/**
 * Insights on a space with years of history (issue 9's targets):
 *
 * 1. In memory on a 100,000-moment couple from the seeded simulation (ten
 *    years), seen by one member, for the default window (30d) and for all
 *    history: `computeInsights`, the kept `InsightsState`, and one new
 *    rupture folded in, side by side (`insights-compute.ts`).
 * 2. `GET …/insights?window=30d` on the built server over embedded SQLite,
 *    on the same kind of space made by `repairable demo --moments 100000`:
 *    one client, one request at a time, a pause between them; p50 and p99
 *    (the viewer's state kept after the first); then the GET right after a
 *    change (read and built again), and the space home (`GET …/{spaceId}`)
 *    at 100 and at 100,000 moments.
 * 3. The first page (`limit=20`) of the rupture list and of the timeline in
 *    a 100-moment and a 100,000-moment space on that same server, and a
 *    page far back in the big one: median ms each, the big over the small.
 *
 * 4. Where a GET's time goes when nothing is kept: the store's read
 *    (`readInsightRows`) and building `InsightsState` from it, then reading
 *    it, in this process on the same file.
 *
 * Needs the build (`npm run build`). `SAMPLES` shortens step 2 while developing.
 */
const MOMENTS = 100_000;
const YEARS = 10;
const RUNS = 9;
const SAMPLES = Number(process.env.SAMPLES ?? 300);
const LIST_SAMPLES = 100;
const CHANGES = 15;
const PAUSE_MS = 5;
const targets = { computeMs: 50, updateMs: 1, getP99Ms: 100, listRatio: 1.5 };

let missed = false;
function figure(name: string, value: string, ok?: boolean, target?: string): void {
  if (ok === false) missed = true;
  const judged = ok === undefined ? '' : ` (target ${target} ${ok ? '✓' : '✗'})`;
  console.log(`${name}: ${value}${judged}`);
}

const quantile = (sorted: readonly number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
const sortedCopy = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);

// ── 2 and 3. over HTTP on the built server ──────────────────────────────────

/** `repairable demo` into the data dir; answers the first person's email and password. */
function demo(dataDir: string, moments: number): Promise<{ email: string; password: string }> {
  return new Promise((resolve, reject) => {
    const args = [SERVER_CLI, 'demo', '--data-dir', dataDir, '--years', String(YEARS), '--seed', '7'];
    const child = spawn(process.execPath, [...args, '--moments', String(moments)], {
      env: { ...process.env, DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
    });
    child.on('exit', (code) => {
      const match = /email (\S+)\s+password (\S+)/.exec(out);
      if (code !== 0 || !match?.[1] || !match[2]) reject(new Error(`repairable demo failed (${code}): ${out}`));
      else resolve({ email: match[1], password: match[2] });
    });
  });
}

async function signIn(baseURL: string, who: { email: string; password: string }) {
  const answer = await call(baseURL, 'POST', '/api/auth/login', { body: who, expect: 200 });
  const cookie = answer.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .find((p) => p.startsWith('session='));
  if (!cookie) throw new Error('Sign-in set no session cookie');
  const spaces = await call<{ spaces: { id: string }[] }>(baseURL, 'GET', '/api/spaces', { cookie, expect: 200 });
  const spaceId = spaces.body.spaces[0]?.id;
  if (!spaceId) throw new Error('The demo account has no space');
  return { cookie, base: `/api/spaces/${spaceId}` };
}

/** Milliseconds per request, one at a time with a short pause between (a single client, never queued). */
async function paced(baseURL: string, path: string, cookie: string, samples: number): Promise<number[]> {
  for (let i = 0; i < 5; i++) await call(baseURL, 'GET', path, { cookie, expect: 200 });
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t0 = performance.now();
    await call(baseURL, 'GET', path, { cookie, expect: 200 });
    times.push(performance.now() - t0);
    await sleep(PAUSE_MS);
  }
  return sortedCopy(times);
}

/**
 * The GET right after a change: a good moment shared (not timed), then the
 * insights, which must be read and built again for this viewer. Median
 * and max of `CHANGES`.
 */
async function afterChange(baseURL: string, space: { cookie: string; base: string }): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < CHANGES; i++) {
    await call(baseURL, 'POST', `${space.base}/moments`, {
      cookie: space.cookie,
      body: { kind: 'joy', visibility: 'shared' },
      expect: 201,
    });
    const t0 = performance.now();
    await call(baseURL, 'GET', `${space.base}/insights?window=30d`, { cookie: space.cookie, expect: 200 });
    times.push(performance.now() - t0);
  }
  const sorted = sortedCopy(times);
  return `p50 ${quantile(sorted, 0.5).toFixed(1)} ms, max ${sorted.at(-1)?.toFixed(1)} ms (${CHANGES}, each after a new good moment: read and built again)`;
}

/** The cursor of the page `pages` pages back (the rupture list names it `next`, the timeline `nextBefore`). */
async function cursorBack(baseURL: string, path: string, cookie: string, pages: number): Promise<string | null> {
  let cursor: string | null = null;
  for (let i = 0; i < pages; i++) {
    const page: { body: { next?: string | null; nextBefore?: string | null } } = await call(
      baseURL,
      'GET',
      `${path}${cursor ? `&before=${cursor}` : ''}`,
      { cookie, expect: 200 },
    );
    cursor = page.body.next ?? page.body.nextBefore ?? null;
    if (!cursor) break;
  }
  return cursor;
}

/** Step 4: the read and the computation of one GET, apart (median of RUNS, after a warm-up). */
async function whereTheTimeGoes(dataDir: string, who: { email: string }): Promise<void> {
  const store = openConfiguredStore({ dataDir, databaseUrl: undefined });
  try {
    const member = await store.db
      .selectFrom('member')
      .innerJoin('account', 'account.id', 'member.account_id')
      .select(['member.id', 'member.space_id'])
      .where('account.email', '=', who.email)
      .executeTakeFirstOrThrow();
    const props = {
      dialect: 'sqlite' as const,
      spaceId: member.space_id,
      ruptures: ruptureVisibleTo(member.id),
      moments: momentVisibleTo(member.id),
      attemptsBy: member.id,
    };
    const reads: number[] = [];
    const computes: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const t0 = performance.now();
      const rows = await readInsightRows(store.db, props);
      const t1 = performance.now();
      InsightsState.from({ viewerId: member.id, ...rows }).read('30d', new Date());
      const t2 = performance.now();
      if (i === 0) continue;
      reads.push(t1 - t0);
      computes.push(t2 - t1);
      if (i === RUNS) {
        const counts = `${rows.ruptures.length} ruptures, ${rows.moments.length} moments, ${rows.attempts.length} attempts`;
        figure('get_insights_rows', counts);
      }
    }
    const median = (xs: number[]) => (sortedCopy(xs)[Math.floor(xs.length / 2)] ?? Number.NaN).toFixed(1);
    figure(
      'get_insights_split',
      `read ${median(reads)} ms, build and read the kept state ${median(computes)} ms (medians, in process: a GET after a change)`,
    );
  } finally {
    await store.close();
  }
}

async function overHttp(): Promise<void> {
  assertBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'repairable-insights-bench-'));
  try {
    let t0 = performance.now();
    const big = await demo(dataDir, MOMENTS);
    figure('demo_100k_written', `${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const small = await demo(dataDir, 100);
    const server = await startServer({ port: await freePort(), dataDir });
    try {
      const { baseURL } = server;
      const bigSpace = await signIn(baseURL, big);
      const smallSpace = await signIn(baseURL, small);
      t0 = performance.now();
      const insights = await paced(baseURL, `${bigSpace.base}/insights?window=30d`, bigSpace.cookie, SAMPLES);
      const p99 = quantile(insights, 0.99);
      figure(
        'get_insights_100k',
        `p50 ${quantile(insights, 0.5).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${insights.at(-1)?.toFixed(1)} ms (${SAMPLES} paced)`,
        p99 <= targets.getP99Ms,
        `p99 ≤ ${targets.getP99Ms} ms`,
      );
      figure('get_insights_after_change', await afterChange(baseURL, bigSpace));
      const smallHome = await paced(baseURL, smallSpace.base, smallSpace.cookie, LIST_SAMPLES);
      const bigHome = await paced(baseURL, bigSpace.base, bigSpace.cookie, LIST_SAMPLES);
      figure(
        'space_home',
        `p50 ${quantile(smallHome, 0.5).toFixed(2)} ms at 100 moments, ${quantile(bigHome, 0.5).toFixed(2)} ms at 100,000 (p99 ${quantile(bigHome, 0.99).toFixed(2)} ms)`,
      );
      const lists = [
        { name: 'ruptures', path: '/ruptures?status=all&limit=20' },
        { name: 'timeline', path: '/timeline?limit=20' },
      ];
      for (const list of lists) {
        const smallTimes = await paced(baseURL, `${smallSpace.base}${list.path}`, smallSpace.cookie, LIST_SAMPLES);
        const bigTimes = await paced(baseURL, `${bigSpace.base}${list.path}`, bigSpace.cookie, LIST_SAMPLES);
        const far = await cursorBack(baseURL, `${bigSpace.base}${list.path}`, bigSpace.cookie, 200);
        const farTimes = far
          ? await paced(baseURL, `${bigSpace.base}${list.path}&before=${far}`, bigSpace.cookie, LIST_SAMPLES)
          : bigTimes;
        const [s, b, f] = [smallTimes, bigTimes, farTimes].map((t) => quantile(t, 0.5)) as [number, number, number];
        const ratio = Math.max(b, f) / s;
        figure(
          `${list.name}_page`,
          `${s.toFixed(2)} ms at 100 moments, ${b.toFixed(2)} ms at 100,000 (first page), ${f.toFixed(2)} ms 200 pages back: ${ratio.toFixed(2)}×`,
          ratio <= targets.listRatio,
          `≤ ${targets.listRatio}×`,
        );
      }
    } finally {
      await stopServer(server);
    }
    await whereTheTimeGoes(dataDir, big);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

inMemory({ moments: MOMENTS, years: YEARS, runs: RUNS, targets, figure });
await overHttp();
if (missed) process.exitCode = 1;
