import {
  EMPTY_QUIET_WALL,
  type Member,
  type QuietWallSummary,
  quietWallBefore,
  quietWallSummary,
} from '@repairable/core';
import type { ExpressionBuilder, Kysely } from 'kysely';
import { countQuietWalls } from '../store/attention';
import { ruptureIsOpen } from '../store/ruptures';
import type { Database } from '../store/schema';
import { ruptureVisibleTo } from './visibility';

/**
 * The quiet wall of each space for the viewer, for the space view the home
 * reads (beside "needs you"), so the home's one line needs no insights
 * call. It counts exactly what the insights' `quietWall` counts for the
 * same viewer: what they may see (core's `canSeeRupture`, in SQL), not
 * harm (insights never count it, rule 9), open, and older than core's
 * `quietWallBefore`. `routes/spaces/quiet-wall.test.ts` checks both agree
 * on both databases, and that another member's private or harm rupture
 * never counts.
 */

/** SQL form of "on my quiet wall at `before`" for one member. */
export function ruptureOnQuietWall(memberId: string, before: string) {
  return (eb: ExpressionBuilder<Database, 'rupture'>) =>
    eb.and([
      ruptureVisibleTo(memberId)(eb),
      eb('rupture.harm', '=', 0),
      ruptureIsOpen(eb),
      eb('rupture.occurred_at', '<', before),
    ]);
}

/** Each space's quiet wall for the viewer, whose membership of each is given. One read for all of them. */
export async function quietWallsInSpaces(
  db: Kysely<Database>,
  props: { viewers: readonly Member[]; now: Date },
): Promise<Map<string, QuietWallSummary>> {
  const before = quietWallBefore(props.now);
  const groups = await countQuietWalls(db, {
    scopes: props.viewers.map((v) => ({ spaceId: v.spaceId, filter: ruptureOnQuietWall(v.id, before) })),
  });
  return new Map(
    props.viewers.map((v) => {
      const here = groups.filter((g) => g.spaceId === v.spaceId);
      return [v.spaceId, here.length === 0 ? EMPTY_QUIET_WALL : quietWallSummary(here, props.now)];
    }),
  );
}
