import {
  type Checkin,
  canLinkRuptures,
  canSeeCheckin,
  canSeeMoment,
  canSeeRupture,
  isOpen,
  type PositiveMoment,
  RUPTURE_STATUSES,
  type Rupture,
} from '@repairable/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newId } from '../ports/ids';
import { insertCheckin, insertMoment, listCheckins, listVisibleMoments } from '../store/moments';
import { insertRupture, listRuptureIdsWhere, ruptureIsOpen } from '../store/ruptures';
import { useTestContext } from '../testing/harness';
import { ACCOUNTS, audience, seedAccounts, seedSpace } from '../testing/random-space';
import { checkinVisibleTo, momentVisibleTo, ruptureLinkableFrom, ruptureVisibleTo } from './visibility';

/**
 * The SQL forms in visibility.ts must agree with core's rules on every
 * combination of author, involvement, visibility and harm — in a real
 * database, on both dialects — so a list can never show what a single
 * read would hide, and "is this like …?" never offers what linking would
 * refuse. Four members: three with an account, one without.
 */
const ruptureShape = fc.record({
  ...audience,
  /** Times at random, so they often disagree with id order: only id order may count as "logged before". */
  tick: fc.nat({ max: 3 }),
});
const momentShape = fc.record({ author: fc.nat({ max: ACCOUNTS - 1 }), shared: fc.boolean() });
const world = fc.record({
  ruptures: fc.array(ruptureShape, { minLength: 1, maxLength: 6 }),
  moments: fc.array(momentShape, { maxLength: 4 }),
  checkins: fc.array(fc.nat({ max: ACCOUNTS - 1 }), { maxLength: 4 }),
});

describe('access rules: SQL forms agree with core', () => {
  const ctx = useTestContext();

  it('for ruptures, links, positive moments and check-ins, on every combination', async () => {
    const { db } = ctx();
    const accountIds = await seedAccounts(db, '2026-01-01T00:00:00.000Z');

    await fc.assert(
      fc.asyncProperty(world, async (w) => {
        const at = (tick: number) => new Date(Date.UTC(2026, 0, 2, 0, 0, tick)).toISOString();
        const { spaceId, members, memberAt, rupture: ruptureOf } = await seedSpace(db, accountIds, at(0));

        const ruptures: Rupture[] = [];
        for (const r of w.ruptures) {
          const rupture = ruptureOf(r, { createdAt: at(r.tick), status: r.shared ? 'raised' : 'noted' });
          await insertRupture(db, rupture);
          ruptures.push(rupture);
        }
        const moments: PositiveMoment[] = [];
        for (const m of w.moments) {
          const moment: PositiveMoment = {
            id: newId(),
            spaceId,
            authorMemberId: memberAt(m.author),
            kind: 'joy',
            visibility: m.shared ? 'shared' : 'private',
            note: null,
            about: [],
            createdAt: at(1),
            editedAt: null,
          };
          await insertMoment(db, moment);
          moments.push(moment);
        }
        const checkins: Checkin[] = [];
        for (const who of w.checkins) {
          const checkin: Checkin = {
            id: newId(),
            spaceId,
            memberId: memberAt(who),
            state: 'activated',
            intensity: 8,
            note: null,
            createdAt: at(1),
            editedAt: null,
          };
          await insertCheckin(db, checkin);
          checkins.push(checkin);
        }

        const allIds = ruptures.map((r) => r.id);
        const sorted = (ids: string[]) => [...ids].sort();
        for (const viewer of members) {
          const seen = await listRuptureIdsWhere(db, { spaceId, ids: allIds, where: ruptureVisibleTo(viewer.id) });
          expect(sorted(seen)).toEqual(sorted(ruptures.filter((r) => canSeeRupture(viewer.id, r)).map((r) => r.id)));

          const shownMoments = await listVisibleMoments(db, { spaceId, visible: momentVisibleTo(viewer.id) });
          expect(sorted(shownMoments.map((m) => m.id))).toEqual(
            sorted(moments.filter((m) => canSeeMoment(viewer.id, m)).map((m) => m.id)),
          );

          const ownCheckins = await listCheckins(db, { spaceId, visible: checkinVisibleTo(viewer.id) });
          expect(sorted(ownCheckins.map((c) => c.id))).toEqual(
            sorted(checkins.filter((c) => canSeeCheckin(viewer.id, c)).map((c) => c.id)),
          );
        }
        for (const newer of ruptures) {
          const linkable = await listRuptureIdsWhere(db, {
            spaceId,
            ids: allIds,
            where: ruptureLinkableFrom(newer, members),
          });
          expect(sorted(linkable)).toEqual(
            sorted(ruptures.filter((e) => canLinkRuptures(newer, e, members)).map((e) => e.id)),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it('"open" in SQL (ruptureIsOpen) is core\'s isOpen, status by status', async () => {
    const { db } = ctx();
    const accountIds = await seedAccounts(db, '2026-01-01T00:00:00.000Z');
    const { spaceId, rupture: ruptureOf } = await seedSpace(db, accountIds, '2026-01-02T00:00:00.000Z');
    const ruptures = RUPTURE_STATUSES.map((status) =>
      ruptureOf(
        { author: 0, others: [], shared: false, harm: false },
        { createdAt: '2026-01-02T00:00:00.000Z', status },
      ),
    );
    for (const r of ruptures) await insertRupture(db, r);
    const open = await listRuptureIdsWhere(db, { spaceId, ids: ruptures.map((r) => r.id), where: ruptureIsOpen });
    expect(new Set(open)).toEqual(new Set(ruptures.filter(isOpen).map((r) => r.id)));
    expect(open.length).toBeGreaterThan(0);
    expect(open.length).toBeLessThan(ruptures.length);
  });
});
