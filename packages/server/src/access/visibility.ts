import { canSeeRupture, type Member, type Rupture } from '@repairable/core';
import type { ExpressionBuilder } from 'kysely';
import { AppError } from '../http/errors';
import type { Database } from '../store/schema';

/**
 * SQL forms of core's `canSeeRupture` and `canSeeMoment` (SECURITY.md A2),
 * for lists. `visibility.test.ts` checks they agree with core on every
 * combination, so a list can never show what a single read would hide.
 */
export function ruptureVisibleTo(memberId: string) {
  return (eb: ExpressionBuilder<Database, 'rupture'>) =>
    eb.or([
      eb('rupture.author_member_id', '=', memberId),
      eb.and([
        eb('rupture.visibility', '=', 'shared'),
        eb('rupture.harm', '=', 0),
        eb.exists(
          eb
            .selectFrom('rupture_involvement')
            .select('rupture_involvement.member_id')
            .whereRef('rupture_involvement.rupture_id', '=', 'rupture.id')
            .where('rupture_involvement.member_id', '=', memberId),
        ),
      ]),
    ]);
}

export function momentVisibleTo(memberId: string) {
  return (eb: ExpressionBuilder<Database, 'moment'>) =>
    eb.or([eb('moment.author_member_id', '=', memberId), eb('moment.visibility', '=', 'shared')]);
}

/** Single reads and writes: a rupture the viewer may not see does not exist for them (404, never 403). */
export function assertCanSeeRupture(
  viewer: Pick<Member, 'id'>,
  rupture: Rupture | undefined,
): asserts rupture is Rupture {
  if (!rupture || !canSeeRupture(viewer.id, rupture)) throw new AppError('not_found');
}
