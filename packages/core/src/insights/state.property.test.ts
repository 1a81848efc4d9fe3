import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUPTURE_SIZES } from '../identifiers';
import { aRupture } from '../repair/fixtures';
import { RUPTURE_STATUSES } from '../repair/types';
import { computeInsights } from './insights';
import { InsightsState } from './state';
import { INSIGHT_WINDOWS, type InsightAttempt, type InsightMoment, type InsightRupture } from './types';

/**
 * The incremental state against the full computation: after any sequence
 * of adds, edits and removes, `read` gives exactly what `computeInsights`
 * gives over the same moments (to the last bit: `toEqual` compares
 * numbers with Object.is), in every window, at several `now`s — and so
 * does a state built at once from them.
 */

const NOW = Date.parse('2026-12-06T12:00:00.000Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();
/** Whole hours before NOW (negative: after it, a clock ahead), so times tie often; often the last few days, so attempts meet repairs. */
const hoursAgo = fc.oneof(fc.integer({ min: -48, max: 24 * 400 }), fc.integer({ min: 0, max: 72 }));
const RUPTURE_IDS = 10;

const aRupture_ = fc
  .record({
    id: fc.nat(RUPTURE_IDS - 1),
    harm: fc.boolean(),
    size: fc.constantFrom(...RUPTURE_SIZES),
    status: fc.oneof(fc.constant('repaired' as const), fc.constantFrom(...RUPTURE_STATUSES)),
    ago: hoursAgo,
    took: fc.oneof(fc.integer({ min: -5, max: 24 * 20 }), fc.integer({ min: 0, max: 48 })),
    /** Rarely, an ending with no time (the store never writes one): the reader must still agree. */
    noEndTime: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
    topic: fc.constantFrom(null, 'money', 'Money ', 'dishes', 'sleep'),
    linkTo: fc.option(fc.nat(RUPTURE_IDS - 1), { nil: null }),
    held: fc.constantFrom(null, true, false),
  })
  .map((g): InsightRupture => {
    const occurredMs = NOW - g.ago * HOUR;
    const ended = g.noEndTime ? null : iso(occurredMs + g.took * HOUR);
    return aRupture({
      id: `r${g.id}`,
      kinds: g.harm ? ['criticism', 'harm'] : ['criticism'],
      size: g.size,
      status: g.status,
      occurredAt: iso(occurredMs),
      repairedAt: g.status === 'repaired' ? ended : null,
      letGoAt: g.status === 'let_go' ? ended : null,
      topic: g.topic,
      linkedToId: g.linkTo === null ? null : `r${g.linkTo}`,
      repairHeld: g.held,
    });
  });

const anAttempt = fc
  .record({
    id: fc.nat(9),
    on: fc.nat(RUPTURE_IDS - 1),
    mine: fc.boolean(),
    brk: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
    flooded: fc.boolean(),
    ago: hoursAgo,
  })
  .map(
    (g): InsightAttempt => ({
      id: `t${g.id}`,
      ruptureId: `r${g.on}`,
      memberId: g.mine ? 'a' : 'b',
      kind: g.brk ? 'break' : 'apology',
      whileFlooded: g.flooded,
      createdAt: iso(NOW - g.ago * HOUR),
    }),
  );

type Step =
  | { op: 'putRupture'; rupture: InsightRupture }
  | { op: 'removeRupture'; id: string }
  | { op: 'addMoment'; moment: InsightMoment }
  | { op: 'removeMoment'; pick: number }
  | { op: 'putAttempt'; attempt: InsightAttempt }
  | { op: 'removeAttempt'; id: string };

const aStep: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: aRupture_.map((rupture) => ({ op: 'putRupture' as const, rupture })) },
  { weight: 2, arbitrary: fc.nat(RUPTURE_IDS - 1).map((i) => ({ op: 'removeRupture' as const, id: `r${i}` })) },
  {
    weight: 2,
    arbitrary: hoursAgo.map((h) => ({ op: 'addMoment' as const, moment: { createdAt: iso(NOW - h * HOUR) } })),
  },
  { weight: 1, arbitrary: fc.nat().map((pick) => ({ op: 'removeMoment' as const, pick })) },
  { weight: 3, arbitrary: anAttempt.map((attempt) => ({ op: 'putAttempt' as const, attempt })) },
  { weight: 1, arbitrary: fc.nat(9).map((i) => ({ op: 'removeAttempt' as const, id: `t${i}` })) },
);

/** The same moments kept plainly, for the full computation. */
class Model {
  ruptures = new Map<string, InsightRupture>();
  moments: InsightMoment[] = [];
  attempts = new Map<string, InsightAttempt>();

  apply(step: Step, state: InsightsState): void {
    switch (step.op) {
      case 'putRupture':
        this.ruptures.set(step.rupture.id, step.rupture);
        state.putRupture(step.rupture);
        return;
      case 'removeRupture':
        this.ruptures.delete(step.id);
        state.removeRupture(step.id);
        return;
      case 'addMoment':
        this.moments.push(step.moment);
        state.addMoment(step.moment);
        return;
      case 'removeMoment': {
        if (this.moments.length === 0) return;
        const [moment] = this.moments.splice(step.pick % this.moments.length, 1);
        if (moment) state.removeMoment(moment);
        return;
      }
      case 'putAttempt':
        this.attempts.set(step.attempt.id, step.attempt);
        state.putAttempt(step.attempt);
        return;
      case 'removeAttempt':
        this.attempts.delete(step.id);
        state.removeAttempt(step.id);
        return;
    }
  }

  input() {
    return {
      viewerId: 'a',
      ruptures: [...this.ruptures.values()],
      moments: this.moments,
      attempts: [...this.attempts.values()],
    };
  }
}

const NOWS = [NOW, NOW + 5 * DAY + 7 * HOUR, NOW + 40 * DAY];

describe('InsightsState', () => {
  it('reads exactly what computeInsights computes, after any adds, edits and removes, in every window', () => {
    fc.assert(
      fc.property(fc.array(aStep, { maxLength: 40, size: 'max' }), fc.nat(5), (steps, every) => {
        const model = new Model();
        const state = InsightsState.from({ viewerId: 'a', ruptures: [], moments: [], attempts: [] });
        steps.forEach((step, i) => {
          model.apply(step, state);
          if (i % (every + 1) !== 0 && i !== steps.length - 1) return;
          for (const nowMs of NOWS) {
            const now = new Date(nowMs);
            const fresh = InsightsState.from(model.input());
            for (const window of INSIGHT_WINDOWS) {
              const full = computeInsights({ ...model.input(), now, window });
              expect(state.read(window, now)).toEqual(full);
              expect(fresh.read(window, now)).toEqual(full);
            }
          }
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reads the same twice: nothing in a read changes the state', () => {
    const state = InsightsState.from({
      viewerId: 'a',
      ruptures: [
        aRupture({ id: 'r1', occurredAt: iso(NOW - 30 * DAY), status: 'repaired', repairedAt: iso(NOW - 29 * DAY) }),
      ],
      moments: [{ createdAt: iso(NOW - DAY) }],
      attempts: [],
    });
    const now = new Date(NOW);
    expect(state.read('all', now)).toEqual(state.read('all', now));
  });
});
