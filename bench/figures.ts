/** Shared output for the benchmarks: one `name: value unit` line per figure, with its target when it has one. */

export function printFigure(name: string, value: number, unit: string, options: { target?: number } = {}): void {
  const shown = value.toFixed(1);
  if (options.target === undefined) {
    console.log(`${name}: ${shown} ${unit}`);
    return;
  }
  const ok = value <= options.target;
  console.log(`${name}: ${shown} ${unit} (target ≤ ${options.target} ${unit}: ${ok ? 'ok' : 'OVER'})`);
  if (!ok) process.exitCode = 1;
}

export function summarize(values: number[]): { min: number; median: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { min: sorted[0] ?? 0, median, max: sorted[sorted.length - 1] ?? 0 };
}
