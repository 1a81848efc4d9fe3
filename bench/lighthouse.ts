import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../e2e/support/chromium';
import { assertBuilt, freePort, REPO_ROOT, startServer, stopServer } from '../e2e/support/server-process';
import { printFigure, printLoad, summarize } from './figures';

/**
 * Lighthouse mobile (its default form factor, screen emulation and
 * simulated throttling) on the sign-in page of the built server, three
 * runs, each in a fresh Chromium profile. Prints the median performance,
 * accessibility and best-practices scores (issue 8: each ≥ 98), the key
 * metrics, and every audit that cost points when a score misses.
 * Run (after `npm run build`): npx tsx bench/lighthouse.ts
 * (RUNS=n for another count, LIGHTHOUSE_PATH=/welcome for another page,
 * LIGHTHOUSE_REPORT_DIR=<folder> to keep each run's full JSON report).
 */
const RUNS = Number(process.env.RUNS ?? 3);
const PAGE = process.env.LIGHTHOUSE_PATH ?? '/signin';
/** A folder to keep each run's full report (JSON) in, to read what the summary leaves out. */
const REPORT_DIR = process.env.LIGHTHOUSE_REPORT_DIR;
const TARGET_SCORE = 98;
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
const METRICS = [
  { id: 'first-contentful-paint', name: 'FCP', unit: 'ms' },
  { id: 'largest-contentful-paint', name: 'LCP', unit: 'ms' },
  { id: 'total-blocking-time', name: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', name: 'CLS', unit: '' },
  { id: 'speed-index', name: 'Speed Index', unit: 'ms' },
] as const;

type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** The Chromium the e2e tests use: CHROME_PATH, or what scripts/ensure-chromium.mjs finds (or installs). */
function chromePath(): string {
  const found = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/ensure-chromium.mjs')], { encoding: 'utf8' });
  const path = found.stdout.trim();
  if (found.status !== 0 || !path) throw new Error(`No Chromium for Lighthouse:\n${found.stderr}`);
  return path;
}

async function runOnce(url: string, chromePath: string): Promise<Result> {
  const profile = mkdtempSync(join(tmpdir(), 'repairable-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless', ...CHROMIUM_ARGS, `--user-data-dir=${profile}`],
    userDataDir: false,
    logLevel: 'silent',
  });
  try {
    const answer = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!answer) throw new Error(`Lighthouse gave no result for ${url}`);
    const { lhr } = answer;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return lhr;
  } finally {
    await chrome.kill();
    rmSync(profile, { recursive: true, force: true });
  }
}

function score(lhr: Result, category: string): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

/** Audits in `category` that did not get full marks, with their weight, what they found and why. */
function lostPoints(lhr: Result, category: string): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ ref, audit }) => audit && ref.weight > 0 && audit.score !== null && audit.score < 1)
    .map(({ ref, audit }) => {
      const shown = audit?.displayValue ? ` (${audit.displayValue})` : '';
      const items = detailItems(audit?.details);
      return `  - ${ref.id}, weight ${ref.weight}, score ${audit?.score}: ${audit?.title}${shown}${items}`;
    });
}

function detailItems(details: unknown): string {
  const items = (details as { items?: Record<string, unknown>[] } | undefined)?.items ?? [];
  return items
    .slice(0, 5)
    .map((item) => {
      const node = item.node as { snippet?: string } | undefined;
      const parts = [item.source, item.description, item.url, node?.snippet].filter((p) => typeof p === 'string');
      return `\n      ${parts.length > 0 ? parts.join(' · ') : JSON.stringify(item).slice(0, 200)}`;
    })
    .join('');
}

assertBuilt();
const dataDir = mkdtempSync(join(tmpdir(), 'repairable-bench-lighthouse-'));
const server = await startServer({ port: await freePort(), dataDir });
try {
  const chrome = chromePath();
  const url = `${server.baseURL}${PAGE}`;
  if (REPORT_DIR) mkdirSync(REPORT_DIR, { recursive: true });
  printLoad('at the start');
  const results: Result[] = [];
  for (let run = 1; run <= RUNS; run++) {
    const lhr = await runOnce(url, chrome);
    results.push(lhr);
    if (REPORT_DIR) writeFileSync(join(REPORT_DIR, `lighthouse-${run}.json`), JSON.stringify(lhr, null, 1));
    const scores = CATEGORIES.map((c) => `${c} ${score(lhr, c)}`).join(', ');
    // Lighthouse's own measure of this machine's speed at the time; under ~1,000 it counts as a slow device.
    const speed = Math.round(lhr.environment.benchmarkIndex);
    console.log(
      `run ${run} on ${url} (Lighthouse ${lhr.lighthouseVersion}, mobile, benchmarkIndex ${speed}): ${scores}`,
    );
  }
  printLoad('at the end');

  // The run whose performance score is the median speaks for the metrics and the failing audits.
  const byPerformance = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const middle = byPerformance[Math.floor(byPerformance.length / 2)] as Result;
  for (const metric of METRICS) {
    const values = results.map((lhr) => lhr.audits[metric.id]?.numericValue ?? Number.NaN);
    const { median } = summarize(values);
    // CLS is a unitless score well below 1: printFigure's one decimal would show 0.0.
    console.log(`${metric.name} median: ${metric.unit ? `${Math.round(median)} ${metric.unit}` : median.toFixed(3)}`);
  }
  for (const category of CATEGORIES) {
    const { median } = summarize(results.map((lhr) => score(lhr, category)));
    printFigure(`Lighthouse mobile ${category} median`, median, 'points', { atLeast: TARGET_SCORE });
    if (median < TARGET_SCORE) {
      const lost = lostPoints(middle, category);
      console.log(
        `  where ${category} lost points (median run):\n${lost.join('\n') || '  (no weighted audit failed)'}`,
      );
    }
  }
} finally {
  await stopServer(server);
  rmSync(dataDir, { recursive: true, force: true });
}
