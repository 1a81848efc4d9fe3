import { momentCount, scaleFor, simulateRelationship } from '@repairable/core';

/**
 * How long the seeded simulation takes to make a history: a couple's year,
 * ten years, and a 100,000-moment space (ten years at a higher scale), the
 * size the insights and list benchmarks measure. Median of five runs each,
 * after a warm-up. Needs no build.
 */
const START = '2016-01-01T00:00:00.000Z';
const RUNS = 5;
const cases = [
  { name: 'simulate_1_year', years: 1, scale: 1, targetMs: 100 },
  { name: 'simulate_10_years', years: 10, scale: 1, targetMs: 1000 },
  { name: 'simulate_100k_moments', years: 10, scale: scaleFor('couple', 10, 100_000), targetMs: 5000 },
];

simulateRelationship({ seed: 0, years: 1, start: START, kind: 'couple' });
let missed = false;
for (const c of cases) {
  const times: number[] = [];
  let moments = 0;
  for (let seed = 1; seed <= RUNS; seed++) {
    const t0 = performance.now();
    const history = simulateRelationship({ seed, years: c.years, start: START, kind: 'couple', scale: c.scale });
    times.push(performance.now() - t0);
    moments = momentCount(history);
  }
  const median = times.sort((a, b) => a - b)[Math.floor(RUNS / 2)] ?? 0;
  const ok = median <= c.targetMs;
  missed ||= !ok;
  console.log(`${c.name}: ${median.toFixed(0)} ms (${moments} moments; target ≤ ${c.targetMs} ms ${ok ? '✓' : '✗'})`);
}
if (missed) process.exitCode = 1;
