import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RUPTURE_SIZES } from '../identifiers';
import { aRupture } from '../repair/fixtures';
import { RUPTURE_STATUSES, type Rupture } from '../repair/types';
import { canSeeMoment, canSeeRupture } from '../repair/visibility';
import { computeInsights } from './insights';
import type { InsightAttempt, InsightMoment, InsightsInput } from './types';

/**
 * Insights are computed from what the viewer may see; choosing that is the
 * caller's duty, done with the one rule in repair/visibility.ts. These
 * properties check the whole path: filter a world with that rule for a
 * viewer, compute, and the figures never move when another member's
 * private or harm ruptures (with their attempts) come into the world —
 * while the viewer's own private ones do count, in their view only.
 */

const NOW = new Date('2026-12-06T12:00:00.000Z');
const DAY = 86_400_000;
const MEMBERS = ['a', 'b', 'c'] as const;

interface World {
  ruptures: Rupture[];
  moments: (InsightMoment & { authorMemberId: string; visibility: 'private' | 'shared' })[];
  attempts: InsightAttempt[];
}

const iso = (ms: number) => new Date(NOW.getTime() - ms).toISOString();

const aRuptureOf = (id: string) =>
  fc
    .record({
      author: fc.constantFrom(...MEMBERS),
      others: fc.subarray([...MEMBERS]),
      visibility: fc.constantFrom('private' as const, 'shared' as const),
      harm: fc.boolean(),
      size: fc.constantFrom(...RUPTURE_SIZES),
      status: fc.constantFrom(...RUPTURE_STATUSES),
      ageMs: fc.integer({ min: 0, max: 400 * DAY }),
      endMs: fc.integer({ min: 0, max: 30 * DAY }),
      topic: fc.constantFrom(null, 'money', 'dishes'),
      linkBack: fc.option(fc.nat(20), { nil: null }),
      held: fc.constantFrom(null, true, false),
    })
    .map((g): Rupture => {
      const occurred = iso(g.ageMs);
      const ended = iso(Math.max(0, g.ageMs - g.endMs));
      return aRupture({
        id,
        authorMemberId: g.author,
        involved: [...new Set([g.author, ...g.others])],
        visibility: g.harm ? 'private' : g.visibility,
        kinds: g.harm ? ['criticism', 'harm'] : ['criticism'],
        size: g.size,
        status: g.status,
        occurredAt: occurred,
        createdAt: occurred,
        repairedAt: g.status === 'repaired' ? ended : null,
        letGoAt: g.status === 'let_go' ? ended : null,
        topic: g.topic,
        linkedToId: g.linkBack === null ? null : `r${g.linkBack}`,
        repairHeld: g.held,
      });
    });

const world = (prefix: string) =>
  fc
    .record({
      ruptures: fc.array(fc.nat(), { maxLength: 25 }),
      moments: fc.array(
        fc.record({
          authorMemberId: fc.constantFrom(...MEMBERS),
          visibility: fc.constantFrom('private' as const, 'shared' as const),
          ageMs: fc.integer({ min: 0, max: 200 * DAY }),
        }),
        { maxLength: 15 },
      ),
    })
    .chain(({ ruptures, moments }) =>
      fc.tuple(
        fc.tuple(...ruptures.map((_, i) => aRuptureOf(`${prefix}r${i}`))),
        fc.constant(moments),
        fc.array(
          fc.record({
            on: fc.nat(30),
            memberId: fc.constantFrom(...MEMBERS),
            whileFlooded: fc.boolean(),
            ageMs: fc.integer({ min: 0, max: 60 * DAY }),
          }),
          { maxLength: 15 },
        ),
      ),
    )
    .map(
      ([ruptures, moments, attempts]): World => ({
        ruptures,
        moments: moments.map((m, i) => ({ id: `${prefix}m${i}`, createdAt: iso(m.ageMs), ...m })),
        attempts: attempts.map((a, i) => ({
          id: `${prefix}t${i}`,
          ruptureId: `${prefix}r${a.on}`,
          memberId: a.memberId,
          kind: 'apology',
          whileFlooded: a.whileFlooded,
          createdAt: iso(a.ageMs),
        })),
      }),
    );

/** What the server would pass for `viewer`: the visibility rule, and attempts on ruptures they see. */
function viewOf(viewer: string, w: World, window: InsightsInput['window']): InsightsInput {
  const ruptures = w.ruptures.filter((r) => canSeeRupture(viewer, r));
  const seen = new Set(ruptures.map((r) => r.id));
  return {
    viewerId: viewer,
    ruptures,
    moments: w.moments.filter((m) => canSeeMoment(viewer, m)),
    attempts: w.attempts.filter((a) => seen.has(a.ruptureId)),
    now: NOW,
    window,
  };
}

const merge = (w: World, more: World): World => ({
  ruptures: [...w.ruptures, ...more.ruptures],
  moments: [...w.moments, ...more.moments],
  attempts: [...w.attempts, ...more.attempts],
});

const windows = fc.constantFrom('7d' as const, '30d' as const, '90d' as const, 'all' as const);

describe('insights and viewer privacy', () => {
  it("never change when another member's private or harm ruptures are added", () => {
    fc.assert(
      fc.property(world(''), world('x'), fc.constantFrom(...MEMBERS), windows, (w, extra, viewer, window) => {
        // Only the others' hidden things: their private ruptures and their harm, with attempts on them.
        const hidden: World = {
          ruptures: extra.ruptures
            .filter((r) => r.authorMemberId !== viewer)
            .map((r) => ({ ...r, visibility: 'private' as const })),
          moments: extra.moments
            .filter((m) => m.authorMemberId !== viewer)
            .map((m) => ({ ...m, visibility: 'private' as const })),
          attempts: extra.attempts,
        };
        expect(computeInsights(viewOf(viewer, merge(w, hidden), window))).toEqual(
          computeInsights(viewOf(viewer, w, window)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it("count one's own private rupture in one's own view only", () => {
    fc.assert(
      fc.property(world(''), windows, (w, window) => {
        const mine = aRupture({ id: 'mine', authorMemberId: 'a', involved: ['a', 'b'], visibility: 'private' });
        const withMine = { ...w, ruptures: [...w.ruptures, { ...mine, occurredAt: iso(DAY), createdAt: iso(DAY) }] };
        const before = computeInsights(viewOf('a', w, window)).repair.total;
        expect(computeInsights(viewOf('a', withMine, window)).repair.total).toBe(before + 1);
        expect(computeInsights(viewOf('b', withMine, window))).toEqual(computeInsights(viewOf('b', w, window)));
      }),
      { numRuns: 40 },
    );
  });

  it('never lower the repair rate when a repaired rupture is added', () => {
    fc.assert(
      fc.property(world(''), windows, fc.integer({ min: 0, max: 6 * DAY }), (w, window, ageMs) => {
        const input = viewOf('a', w, window);
        const fixed = aRupture({
          id: 'fixed',
          status: 'repaired',
          occurredAt: iso(ageMs),
          repairedAt: iso(ageMs / 2),
        });
        const before = computeInsights(input).repair.rate ?? 0;
        const after = computeInsights({ ...input, ruptures: [...input.ruptures, fixed] }).repair.rate;
        expect(after).not.toBeNull();
        expect(after ?? 0).toBeGreaterThanOrEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
