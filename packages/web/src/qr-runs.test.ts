import { describe, expect, it } from 'vitest';
import { qrRuns } from './qr-runs';

describe('qrRuns', () => {
  it('merges neighbouring dark modules of a row into one run', () => {
    const rows = ['##.#', '....', '####'];
    const runs = qrRuns(4, (r, c) => rows[r]?.[c] === '#');
    expect(runs).toEqual([
      { x: 0, y: 0, width: 2 },
      { x: 3, y: 0, width: 1 },
      { x: 0, y: 2, width: 4 },
    ]);
  });

  it('covers exactly the dark modules', () => {
    const size = 21;
    const isDark = (r: number, c: number) => (r * 7 + c * 3) % 5 < 2;
    const covered = new Set<string>();
    for (const run of qrRuns(size, isDark)) {
      for (let x = run.x; x < run.x + run.width; x += 1) covered.add(`${run.y},${x}`);
    }
    for (let r = 0; r < size; r += 1) {
      for (let c = 0; c < size; c += 1) expect(covered.has(`${r},${c}`)).toBe(isDark(r, c));
    }
  });
});
