/** A horizontal run of dark modules in one row of a QR code. */
export interface QrRun {
  x: number;
  y: number;
  width: number;
}

/**
 * Turns a QR module matrix into horizontal runs of dark modules, so the
 * code draws as one <rect> per run instead of one per module.
 *
 * @example qrRuns(3, (r, c) => r === 0) // [{ x: 0, y: 0, width: 3 }]
 */
export function qrRuns(size: number, isDark: (row: number, col: number) => boolean): QrRun[] {
  const runs: QrRun[] = [];
  for (let y = 0; y < size; y += 1) {
    let start = -1;
    for (let x = 0; x <= size; x += 1) {
      const dark = x < size && isDark(y, x);
      if (dark && start < 0) start = x;
      if (!dark && start >= 0) {
        runs.push({ x: start, y, width: x - start });
        start = -1;
      }
    }
  }
  return runs;
}
