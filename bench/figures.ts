import { availableParallelism, loadavg } from 'node:os';

/** Shared output for the benchmarks: one `name: value unit` line per figure, with its target when it has one. */

/**
 * Prints `name: value unit`. `target` is a ceiling (the figure must be ≤ it),
 * `atLeast` a floor (≥); each figure with a target says ✓ or ✗, and one
 * that misses makes the script exit with status 1.
 */
export function printFigure(
  name: string,
  value: number,
  unit: string,
  options: { target?: number; atLeast?: number } = {},
): void {
  const shown = value.toFixed(1);
  if (options.target === undefined && options.atLeast === undefined) {
    console.log(`${name}: ${shown} ${unit}`);
    return;
  }
  const checks: string[] = [];
  let ok = true;
  if (options.target !== undefined) {
    checks.push(`≤ ${options.target} ${unit}`);
    ok &&= value <= options.target;
  }
  if (options.atLeast !== undefined) {
    checks.push(`≥ ${options.atLeast} ${unit}`);
    ok &&= value >= options.atLeast;
  }
  console.log(`${ok ? '✓' : '✗'} ${name}: ${shown} ${unit} (target ${checks.join(', ')})`);
  if (!ok) process.exitCode = 1;
}

export function summarize(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted[sorted.length - 1] ?? 0 };
}

/** The nearest-rank percentile (`p` in 0–100) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}

/** The machine's load averages (1, 5 and 15 minutes) and core count, so a figure can be read against how busy the box was. */
export function printLoad(when: string): void {
  const [one = 0, five = 0, fifteen = 0] = loadavg();
  console.log(
    `load average ${when}: ${one.toFixed(2)} ${five.toFixed(2)} ${fifteen.toFixed(2)} (1/5/15 min, ${availableParallelism()} cores)`,
  );
}
