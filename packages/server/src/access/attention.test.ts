import {
  type Attempt,
  type AttentionRupture,
  attentionOf,
  canSeeRupture,
  type RepairResponse,
  RUPTURE_STATUSES,
  type Rupture,
} from '@repairable/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '../ports/ids';
import { insertAttempt, insertResponse } from '../store/repair';
import { insertRupture } from '../store/ruptures';
import { useTestContext } from '../testing/harness';
import { audience, MEMBERS, seedAccounts, seedSpace } from '../testing/random-space';
import { attentionInSpaces } from './attention';

/**
 * The SQL prefilter of "needs you" must never leave out a rupture core's
 * `attentionOf` would count, and never bring in one the viewer may not see:
 * over random ruptures (any status, visibility, harm, round, recognition,
 * break), attempts and answers, in a real database on both dialects, what
 * the server computes for each member equals core applied to everything
 * that member may see. Three members with an account, one without.
 */
const now = new Date(Date.UTC(2026, 0, 2, 12));
const iso = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

const ruptureShape = fc.record({
  ...audience,
  status: fc.constantFrom(...RUPTURE_STATUSES),
  recognizedBy: fc.subarray([0, 1, 2]),
  round: fc.nat({ max: 2 }),
  /** Minutes from now of a break's return, or none: some in the past. */
  pause: fc.option(fc.integer({ min: -30, max: 60 }), { nil: null }),
  attempts: fc.array(fc.record({ by: fc.nat({ max: MEMBERS - 1 }), round: fc.nat({ max: 2 }), pause: fc.boolean() }), {
    maxLength: 3,
  }),
  responses: fc.array(
    fc.record({ by: fc.nat({ max: MEMBERS - 1 }), round: fc.nat({ max: 2 }), repaired: fc.boolean() }),
    { maxLength: 3 },
  ),
});

describe('needs you: the SQL prefilter agrees with core', () => {
  const ctx = useTestContext();

  it('on every combination of status, visibility, harm, rounds, answers and breaks', async () => {
    const { db } = ctx();
    const accountIds = await seedAccounts(db, iso(-600));

    await fc.assert(
      fc.asyncProperty(fc.array(ruptureShape, { minLength: 1, maxLength: 5 }), async (shapes) => {
        const { spaceId, members, memberAt, rupture: ruptureOf } = await seedSpace(db, accountIds, iso(-600));

        const world: AttentionRupture[] = [];
        const records: Rupture[] = [];
        for (const s of shapes) {
          const pausedUntil = s.pause === null ? null : iso(s.pause);
          const rupture = ruptureOf(s, {
            createdAt: iso(-60),
            status: s.status,
            recognizedBy: s.recognizedBy.map(memberAt),
            round: s.round,
            pausedUntil,
          });
          await insertRupture(db, rupture);
          const attempts: Attempt[] = s.attempts.map((a, i) => ({
            id: newId(),
            spaceId,
            ruptureId: rupture.id,
            memberId: memberAt(a.by),
            kind: a.pause ? 'break' : 'apology',
            message: null,
            // The last break returns when the rupture's pause ends, as takeBreak writes them.
            returnAt: a.pause ? (i === s.attempts.length - 1 && pausedUntil ? pausedUntil : iso(-5)) : null,
            whileFlooded: false,
            round: a.round,
            createdAt: iso(-50 + i),
            editedAt: null,
          }));
          for (const a of attempts) await insertAttempt(db, a);
          const responses: RepairResponse[] = s.responses.map((p, i) => ({
            id: newId(),
            spaceId,
            ruptureId: rupture.id,
            memberId: memberAt(p.by),
            recordedByMemberId: memberAt(p.by),
            round: p.round,
            feel: p.repaired ? 'repaired' : 'not_yet',
            need: null,
            note: null,
            createdAt: iso(-40 + i),
            editedAt: null,
          }));
          for (const p of responses) await insertResponse(db, p);
          records.push(rupture);
          world.push({
            ...rupture,
            harm: s.harm,
            attempts: attempts.map((a) => ({ ...a, whileFlooded: undefined })),
            responses,
          });
        }

        const people = members.map((m) => ({ id: m.id, hasAccount: m.accountId !== null }));
        for (const viewer of members.filter((m) => m.accountId !== null)) {
          const fromServer = await attentionInSpaces(db, { viewers: [viewer], members, now });
          const visible = world.filter((_, i) => canSeeRupture(viewer.id, records[i] as Rupture));
          const expected = attentionOf(visible, { viewerId: viewer.id, members: people, now });
          expect(fromServer.get(spaceId)).toEqual(expected);
        }
      }),
      { numRuns: 60 },
    );
  });
});
