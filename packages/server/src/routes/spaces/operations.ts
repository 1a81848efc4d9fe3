import { createSpace, normalizeDisplayName, planLeave, type SpaceKind } from '@repairable/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors';
import type { Clock } from '../../ports/clock';
import { newId } from '../../ports/ids';
import { findAccountById } from '../../store/accounts';
import type { Write } from '../../store/connect';
import { deleteUnusedInvitesBy } from '../../store/invites';
import { deleteMomentsOf } from '../../store/moments';
import { deleteRupturesAuthoredBy } from '../../store/ruptures';
import type { Database } from '../../store/schema';
import { deleteSpace, insertMember, insertSpace, listMembers, markMemberLeft } from '../../store/spaces';

type Deps = { db: Kysely<Database>; write: Write; clock: Clock };

export async function createSpaceFor(deps: Deps, props: { accountId: string; name: string; kind: SpaceKind }) {
  const account = await findAccountById(deps.db, props.accountId);
  if (!account) throw new AppError('unauthenticated');
  const now = deps.clock.now();
  const { space, member } = createSpace({
    spaceId: newId(now.getTime()),
    memberId: newId(now.getTime()),
    name: props.name,
    kind: props.kind,
    creator: { accountId: account.id, displayName: normalizeDisplayName(account.displayName) },
    at: now.toISOString(),
  });
  await deps.write(async (trx) => {
    await insertSpace(trx, space);
    await insertMember(trx, member);
  });
  return { space, members: [member] };
}

/**
 * Leaves alone, without anyone's approval (SECURITY.md P3), taking every
 * private thing along: check-ins, private ruptures and moments. What they
 * shared stays for the others unless they choose to remove it too. When no
 * account member would remain, the space and all in it are deleted.
 */
export async function leaveSpace(
  deps: Deps,
  props: { spaceId: string; memberId: string; removeShared: boolean },
): Promise<void> {
  await deps.write(async (trx) => {
    const members = await listMembers(trx, props.spaceId);
    const { deleteSpace: lastOne } = planLeave({ members, leavingMemberId: props.memberId });
    if (lastOne) return deleteSpace(trx, props.spaceId);
    const mine = { spaceId: props.spaceId, memberId: props.memberId, includeShared: props.removeShared };
    await deleteRupturesAuthoredBy(trx, mine);
    await deleteMomentsOf(trx, mine);
    await deleteUnusedInvitesBy(trx, { spaceId: props.spaceId, memberId: props.memberId });
    await markMemberLeft(trx, { spaceId: props.spaceId, memberId: props.memberId, at: deps.clock.now().toISOString() });
  });
}
