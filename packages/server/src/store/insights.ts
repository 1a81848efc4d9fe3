import type { InsightAttempt, InsightMoment, InsightRupture } from '@repairable/core';
import type { Kysely } from 'kysely';
import type { MomentFilter } from './moments';
import type { RuptureFilter } from './ruptures';
import type { Database } from './schema';

/**
 * What insights read of a space: one query per record type, only the
 * columns core's `Insight*` types name — never a note, a message, who is
 * involved or who wrote what. Which rows pass is decided by the access
 * module's filters (`ruptureVisibleTo`, `momentVisibleTo`), given here.
 *
 * This is the one read that takes a whole space rather than a page: the
 * figures are over everything the viewer may see. It stays bounded by
 * being narrow (a few short columns a row) and by the space's own size.
 */
export interface InsightRows {
  ruptures: InsightRupture[];
  moments: InsightMoment[];
  attempts: InsightAttempt[];
}

/** `pg` answers integers of some columns as text; SQLite as numbers. */
const flag = (value: number | string | null) => (value === null ? null : Number(value) === 1);

/**
 * The ruptures, positive moments and attempts one viewer's insights rest
 * on. Attempts are only `attemptsBy`'s own, on the ruptures read (those
 * passing `ruptures`): regulation counts the viewer's own attempts alone (the
 * flooded flag is its maker's, rule 6), so nobody else's is read at all.
 */
export async function readInsightRows(
  db: Kysely<Database>,
  props: { spaceId: string; ruptures: RuptureFilter; moments: MomentFilter; attemptsBy: string },
): Promise<InsightRows> {
  const { spaceId } = props;
  const [ruptureRows, momentRows, attemptRows] = await Promise.all([
    db
      .selectFrom('rupture')
      .select([
        'id',
        'size',
        'kinds',
        'topic',
        'occurred_at',
        'status',
        'linked_to_id',
        'repair_held',
        'repaired_at',
        'let_go_at',
      ])
      .where('space_id', '=', spaceId)
      .where(props.ruptures)
      // No order: core sorts by time itself (followUps), and asking SQLite to as well costs ~15%.
      .execute(),
    db.selectFrom('moment').select(['id', 'created_at']).where('space_id', '=', spaceId).where(props.moments).execute(),
    db
      .selectFrom('attempt')
      .select(['id', 'rupture_id', 'member_id', 'kind', 'while_flooded', 'created_at'])
      .where('space_id', '=', spaceId)
      .where('member_id', '=', props.attemptsBy)
      .execute(),
  ]);
  const visible = new Set(ruptureRows.map((row) => row.id));
  return {
    ruptures: ruptureRows.map((row) => ({
      id: row.id,
      size: row.size,
      kinds: JSON.parse(row.kinds),
      topic: row.topic,
      occurredAt: row.occurred_at,
      status: row.status,
      linkedToId: row.linked_to_id,
      repairHeld: flag(row.repair_held),
      repairedAt: row.repaired_at,
      letGoAt: row.let_go_at,
    })),
    moments: momentRows.map((row) => ({ id: row.id, createdAt: row.created_at })),
    // Only attempts on the ruptures just read: an `in (subquery)` repeating the visibility filter
    // costs several times this whole read on a large space; the set is the same answer.
    attempts: attemptRows
      .filter((row) => visible.has(row.rupture_id))
      .map((row) => ({
        id: row.id,
        ruptureId: row.rupture_id,
        memberId: row.member_id,
        kind: row.kind,
        whileFlooded: flag(row.while_flooded) === true,
        createdAt: row.created_at,
      })),
  };
}
