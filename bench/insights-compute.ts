import {
  canSeeMoment,
  canSeeRupture,
  computeInsights,
  type InsightRupture,
  type InsightsInput,
  InsightsState,
  type InsightWindow,
  scaleFor,
  simulateRelationship,
} from '@repairable/core';

/**
 * Step 1 of the insights bench: all insights of a ten-year,
 * 100,000-moment couple, in memory, seen by one member, three ways side
 * by side in one run (median of `runs` after a warm-up):
 *
 * - naive: `computeInsights` over every moment, as on every GET before;
 * - kept: `InsightsState.from` the same moments, then `read` (cold: what
 *   the server pays once per viewer and change), and `read` alone;
 * - one new moment: `putRupture` of a rupture logged now (the update) and
 *   the `read` after it, against `computeInsights` over every moment with
 *   it — whose answer the read must equal (checked, as JSON).
 */
export function inMemory(opts: {
  moments: number;
  years: number;
  runs: number;
  targets: { computeMs: number; updateMs: number };
  figure: (name: string, value: string, ok?: boolean, target?: string) => void;
}): void {
  const { runs, figure, targets } = opts;
  const now = new Date();
  const start = new Date(now.getTime() - opts.years * 365.25 * 86_400_000).toISOString();
  const history = simulateRelationship({
    seed: 1,
    years: opts.years,
    start,
    kind: 'couple',
    scale: scaleFor('couple', opts.years, opts.moments),
  });
  const viewerId = history.members[0]?.id ?? '';
  // What the server's read gives: the viewer's visible records, only the columns insights take.
  const moments: Omit<InsightsInput, 'now' | 'window'> = {
    viewerId,
    ruptures: history.ruptures.filter((r) => canSeeRupture(viewerId, r)),
    moments: history.moments.filter((m) => canSeeMoment(viewerId, m)).map((m) => ({ createdAt: m.createdAt })),
    attempts: history.attempts.filter((a) => a.memberId === viewerId),
  };
  const total = history.ruptures.length + history.moments.length + history.checkins.length;
  figure('space_moments', `${total} (${history.ruptures.length} ruptures, ${history.moments.length} good moments)`);
  // Each measure keeps the wall time and the process's CPU time (which a busy machine inflates far less).
  const cpu: number[] = [];
  const median = (f: (i: number) => number): number => {
    f(-1);
    cpu.length = 0;
    const times = Array.from({ length: runs }, (_, i) => f(i)).sort((a, b) => a - b);
    cpuMedian = [...cpu].sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Number.NaN;
    return times[Math.floor(runs / 2)] ?? Number.NaN;
  };
  let cpuMedian = Number.NaN;
  const timed = (work: () => unknown) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    work();
    const wall = performance.now() - t0;
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    return wall;
  };
  const fmt = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;
  /** The last median measured: wall (CPU). */
  const ms = (x: number) => `${fmt(x)} (cpu ${fmt(cpuMedian)})`;
  const template = moments.ruptures.at(-1) as InsightRupture;
  for (const window of ['30d', 'all'] as const satisfies InsightWindow[]) {
    const naive = ms(median(() => timed(() => computeInsights({ ...moments, now, window }))));
    const builtText = ms(median(() => timed(() => InsightsState.from(moments).read(window, now))));
    const state = InsightsState.from(moments);
    const readMs = median(() => timed(() => state.read(window, now)));
    const read = ms(readMs);
    figure(`compute_insights_${window}_naive`, `${naive} median of ${runs}`);
    // The target is the kept answer: what a request computes. Built cold (once per change) is shown beside it.
    figure(
      `compute_insights_${window}_kept`,
      `read alone ${read}; built and read (cold) ${builtText}`,
      readMs <= targets.computeMs,
      `read ≤ ${targets.computeMs} ms`,
    );
    // One new rupture each run, logged now: the update, the read after it, and the naive recomputation with it.
    const added: InsightRupture[] = [];
    const updateMs = median((i) => {
      const logged = {
        ...template,
        id: `bench-new-${window}-${i}`,
        occurredAt: now.toISOString(),
        status: 'raised' as const,
      };
      added.push(logged);
      return timed(() => state.putRupture(logged));
    });
    const update = ms(updateMs);
    const after = ms(median(() => timed(() => state.read(window, now))));
    const withThem = { ...moments, ruptures: [...moments.ruptures, ...added] };
    const full = ms(median(() => timed(() => computeInsights({ ...withThem, now, window }))));
    if (JSON.stringify(computeInsights({ ...withThem, now, window })) !== JSON.stringify(state.read(window, now))) {
      throw new Error('The kept insights differ from the naive computation');
    }
    figure(
      `one_new_rupture_${window}`,
      `update ${update}, then read ${after}; naive recomputation ${full} (same answer)`,
      updateMs <= targets.updateMs,
      `update ≤ ${targets.updateMs} ms`,
    );
  }
}
