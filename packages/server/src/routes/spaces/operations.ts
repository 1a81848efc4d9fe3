import { createSpace, normalizeDisplayName, planLeave, type SpaceKind } from '@repairable/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors';
import { announceMembership } from '../../live/membership';
import type { Clock } from '../../ports/clock';
import type { EventBus } from '../../ports/event-bus';
import { newId } from '../../ports/ids';
import { findAccountById } from '../../store/accounts';
import type { Dialect, Write } from '../../store/connect';
import { deleteIdempotencyKeysOf } from '../../store/idempotency';
import { deleteUnusedInvitesBy } from '../../store/invites';
import { deleteMomentsOf } from '../../store/moments';
import { eraseWordsOf } from '../../store/repair';
import { deleteRupturesAuthoredBy } from '../../store/ruptures';
import type { Database } from '../../store/schema';
import { deleteSpace, insertMember, insertSpace, listMembers } from '../../store/spaces';
import { announceSettledConversations, settleConversationsOfLeaver } from '../conversations/departure';
import { announceDeparture, departMember } from '../ruptures/departure';

type Deps = { db: Kysely<Database>; write: Write; clock: Clock };
type DepartureDeps = Deps & { dialect: Dialect; bus: EventBus };

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
 * private thing along: check-ins, private ruptures and moments, and any
 * invites they made, conversations they had with nobody else. What they
 * shared stays for the others unless they choose to remove it too — then
 * their words on other people's ruptures and in conversations go with it.
 * The ruptures and conversations they were part of no longer wait on them. When no
 * account member would remain, the space and all in it are deleted.
 */
export async function leaveSpace(
  deps: DepartureDeps,
  props: { spaceId: string; memberId: string; removeShared: boolean },
): Promise<void> {
  const departure = await deps.write(async (trx) => {
    const members = await listMembers(trx, props.spaceId);
    const accountId = members.find((m) => m.id === props.memberId)?.accountId;
    if (accountId) await deleteIdempotencyKeysOf(trx, { spaceId: props.spaceId, accountId });
    const { deleteSpace: lastOne } = planLeave({ members, leavingMemberId: props.memberId });
    if (lastOne) {
      await deleteSpace(trx, props.spaceId);
      return undefined;
    }
    const at = deps.clock.now().toISOString();
    // Conversations first: a conversation's last step locks it, then its rupture; so does leaving,
    // and nobody waits in a circle.
    const conversations = await settleConversationsOfLeaver(trx, {
      dialect: deps.dialect,
      spaceId: props.spaceId,
      memberId: props.memberId,
      removeShared: props.removeShared,
      members,
      at,
    });
    const mine = { spaceId: props.spaceId, memberId: props.memberId, includeShared: props.removeShared };
    await deleteRupturesAuthoredBy(trx, mine);
    await deleteMomentsOf(trx, mine);
    if (props.removeShared) await eraseWordsOf(trx, mine);
    await deleteUnusedInvitesBy(trx, { spaceId: props.spaceId, memberId: props.memberId });
    const settled = await departMember(trx, {
      dialect: deps.dialect,
      spaceId: props.spaceId,
      departedMemberId: props.memberId,
      actorMemberId: props.memberId,
      at,
    });
    return { ...settled, conversations };
  });
  if (!departure) return;
  announceDeparture(deps.bus, departure);
  announceSettledConversations(deps.bus, departure.conversations, departure.members);
  // The members after the departure: the one who left is no longer among them.
  announceMembership(deps.bus, {
    type: 'member.left',
    spaceId: props.spaceId,
    members: departure.members,
    actorAccountId: null,
  });
}

/**
 * Removes a member without an account (a child, a colleague not on the app).
 * They are kept as a former member rather than erased: ruptures others
 * logged about them — some of which the remover may not be able to see —
 * keep who was involved and the reconnections recorded, and only stop
 * waiting on them. Each changed rupture's own audience is told.
 */
export async function removeMemberWithoutAccount(
  deps: DepartureDeps,
  props: { spaceId: string; memberId: string; removedByMemberId: string },
): Promise<void> {
  const departure = await deps.write((trx) =>
    departMember(trx, {
      dialect: deps.dialect,
      spaceId: props.spaceId,
      departedMemberId: props.memberId,
      actorMemberId: props.removedByMemberId,
      at: deps.clock.now().toISOString(),
    }),
  );
  announceDeparture(deps.bus, departure);
  announceMembership(deps.bus, {
    type: 'member.left',
    spaceId: props.spaceId,
    members: departure.members,
    actorAccountId: null,
  });
}
