import { describe, expect, it } from 'vitest';
import { SPACE_KINDS } from '../identifiers';
import { cycleViolations } from '../repair/invariants';
import { REGULATION } from '../repair/regulation';
import type { RepairResponse, RuptureEvent } from '../repair/types';
import { byRupture, momentCount, type SimulatedHistory, scaleFor, simulateRelationship } from './simulate';
import { TENDENCY_PRESETS, type TendencyPreset } from './tendencies';

const START = '2020-01-01T00:00:00.000Z';

/** Every repair-cycle rule over a whole history, plus what the simulation itself promises. */
function problemsOf(h: SimulatedHistory): string[] {
  const problems: string[] = [];
  const responses = byRupture<RepairResponse>(h.responses);
  const events = byRupture<RuptureEvent>(h.events);
  const attempts = byRupture(h.attempts);
  const linkedTo = new Set(h.ruptures.map((r) => r.linkedToId));
  const start = Date.parse(h.start);
  const end = Date.parse(h.end);
  for (const r of h.ruptures) {
    const own = { responses: responses.get(r.id) ?? [], events: events.get(r.id) ?? [] };
    for (const p of cycleViolations({ rupture: r, ...own, members: h.members })) problems.push(`${r.id}: ${p}`);
    const rounds = (attempts.get(r.id) ?? []).filter((a) => a.kind !== 'break').length;
    if (rounds !== r.round) problems.push(`${r.id}: round ${r.round} after ${rounds} attempts`);
    if (r.repairHeld === false && !linkedTo.has(r.id)) problems.push(`${r.id}: did not hold, but nothing links to it`);
    if (Date.parse(r.occurredAt) > Date.parse(r.createdAt)) problems.push(`${r.id}: occurred after it was logged`);
    for (const at of [r.createdAt, r.repairedAt, r.letGoAt]) {
      if (at !== null && (Date.parse(at) < start || Date.parse(at) > end)) problems.push(`${r.id}: ${at} out of range`);
    }
  }
  // Rule 6: an attempt marked as made flooded follows the member's own flooded check-in.
  const checkinTimes = new Map<string, number[]>();
  for (const c of h.checkins) {
    if (c.state === 'connected' || c.intensity < REGULATION.floodedIntensity) continue;
    const times = checkinTimes.get(c.memberId) ?? [];
    times.push(Date.parse(c.createdAt));
    checkinTimes.set(c.memberId, times);
  }
  for (const a of h.attempts.filter((x) => x.whileFlooded)) {
    const at = Date.parse(a.createdAt);
    const flooded = (checkinTimes.get(a.memberId) ?? []).some((t) => t <= at && at - t <= REGULATION.windowMs);
    if (!flooded) problems.push(`${a.id}: flooded without a flooded check-in`);
  }
  // Ids are creation order, as core's isBefore expects, and never repeat.
  const ids = [...h.ruptures, ...h.attempts, ...h.responses, ...h.moments, ...h.checkins].map((x) => x.id);
  if (new Set(ids).size !== ids.length) problems.push('an id repeats');
  const ruptureIds = h.ruptures.map((r) => r.id);
  if (ruptureIds.some((id, i) => i > 0 && id <= (ruptureIds[i - 1] as string))) problems.push('ids out of order');
  return problems;
}

function hoursToRepair(h: SimulatedHistory): number[] {
  return h.ruptures
    .filter((r) => r.repairedAt !== null)
    .map((r) => (Date.parse(r.repairedAt as string) - Date.parse(r.occurredAt)) / 3_600_000);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const seeds = (n: number) => Array.from({ length: n }, (_, i) => i * 7919 + 1);

describe('simulateRelationship', () => {
  it('keeps every repair-cycle rule over many seeds, kinds and tendencies', () => {
    const presets = Object.keys(TENDENCY_PRESETS) as TendencyPreset[];
    let runs = 0;
    for (const seed of seeds(12)) {
      for (const kind of SPACE_KINDS) {
        const tendencies = presets[(seed + runs) % presets.length];
        const h = simulateRelationship({ seed, years: 0.5, start: START, kind, tendencies });
        expect(problemsOf(h), `seed ${seed}, ${kind}, ${tendencies}`).toEqual([]);
        runs += 1;
      }
    }
  });

  it('holds every part of the cycle in a couple’s year: sizes, links that did not hold, flooding, breaks, not-yets', () => {
    const h = simulateRelationship({ seed: 42, years: 1, start: START, kind: 'couple', tendencies: 'oftenFlooded' });
    const sizes = new Map<string, number>();
    for (const r of h.ruptures) sizes.set(r.size, (sizes.get(r.size) ?? 0) + 1);
    expect(sizes.get('tiny')).toBeGreaterThan(sizes.get('small') ?? 0);
    expect(sizes.get('small')).toBeGreaterThan(sizes.get('big') ?? 0);
    expect(sizes.get('big')).toBeGreaterThan(0);
    const statuses = new Set(h.ruptures.map((r) => r.status));
    for (const s of ['noted', 'repairing', 'repaired', 'let_go']) expect(statuses).toContain(s);
    expect(h.ruptures.some((r) => r.repairHeld === false)).toBe(true);
    expect(new Set(h.ruptures.map((r) => r.topic).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
    expect(h.attempts.some((a) => a.kind === 'break' && a.returnAt !== null)).toBe(true);
    expect(h.attempts.some((a) => a.whileFlooded && a.kind !== 'break')).toBe(true);
    expect(h.responses.some((r) => r.feel === 'not_yet' && r.need)).toBe(true);
    expect(h.checkins.some((c) => c.state !== 'connected' && c.intensity >= 7)).toBe(true);
    expect(h.moments.some((m) => m.kind === 'repair_pride')).toBe(true);
  });

  it('has a parent record what they saw when a child without an account came back', () => {
    const h = simulateRelationship({ seed: 3, years: 0.5, start: START, kind: 'parent_child' });
    const child = h.members.find((m) => m.accountId === null)?.id;
    const seen = h.responses.filter((r) => r.memberId === child);
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.every((r) => r.recordedByMemberId !== child && r.feel === 'repaired')).toBe(true);
    expect(seen.some((r) => r.note)).toBe(true);
    expect(h.ruptures.some((r) => r.status === 'repaired')).toBe(true);
  });

  it('gives the same history for the same seed, and another for another', () => {
    const options = { seed: 11, years: 1, start: START, kind: 'friends' as const };
    expect(simulateRelationship(options)).toEqual(simulateRelationship(options));
    expect(simulateRelationship({ ...options, seed: 12 }).ruptures).not.toEqual(simulateRelationship(options).ruptures);
  });

  it('moves the figures the way the tendencies say', () => {
    const run = (tendencies: TendencyPreset, seed: number) =>
      simulateRelationship({ seed, years: 1, start: START, kind: 'couple', tendencies });
    const quick: number[] = [];
    const slow: number[] = [];
    let avoidantLetGo = 0;
    let balancedLetGo = 0;
    for (const seed of seeds(6)) {
      quick.push(median(hoursToRepair(run('quickRepairer', seed))));
      slow.push(median(hoursToRepair(run('slowRepairer', seed))));
      avoidantLetGo += run('avoidant', seed).ruptures.filter((r) => r.status === 'let_go').length;
      balancedLetGo += run('balanced', seed).ruptures.filter((r) => r.status === 'let_go').length;
    }
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(quick) * 3).toBeLessThan(mean(slow));
    expect(avoidantLetGo).toBeGreaterThan(balancedLetGo * 1.5);
  });

  it('lets one member have tendencies of their own', () => {
    let a = 0;
    let b = 0;
    for (const seed of seeds(4)) {
      const h = simulateRelationship({
        seed,
        years: 1,
        start: START,
        kind: 'couple',
        memberTendencies: { 'member-a': 'avoidant' },
      });
      a += h.ruptures.filter((r) => r.status === 'let_go' && r.authorMemberId === 'member-a').length;
      b += h.ruptures.filter((r) => r.status === 'let_go' && r.authorMemberId === 'member-b').length;
    }
    expect(a).toBeGreaterThan(b * 1.5);
  });

  // How fast it runs is bench/simulation.ts's to print, never a timed assertion here.
  it('makes ten years of a full history, and scales to a benchmark space', () => {
    const tenYears = simulateRelationship({ seed: 1, years: 10, start: START, kind: 'couple' });
    expect(momentCount(tenYears)).toBeGreaterThan(10_000);
    const small = simulateRelationship({
      seed: 1,
      years: 0.1,
      start: START,
      kind: 'couple',
      scale: scaleFor('couple', 0.1, 5000),
    });
    expect(momentCount(small)).toBeGreaterThan(4000);
    expect(momentCount(small)).toBeLessThan(6000);
  });
});
