import {
  assertRoomForMember,
  DURATIONS,
  type InvitePreview,
  type InviteView,
  LIMITS,
  type Member,
  normalizeDisplayName,
  type OpenInviteView,
} from '@repairable/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors';
import type { Clock } from '../../ports/clock';
import { newId } from '../../ports/ids';
import { findAccountById } from '../../store/accounts';
import type { Dialect, Write } from '../../store/connect';
import {
  countOpenInvites,
  deleteExpiredInvites,
  deleteOpenInvite,
  findInvite,
  type Invite,
  insertInvite,
  listOpenInvites,
  markInviteUsed,
} from '../../store/invites';
import type { Database } from '../../store/schema';
import { countMembers, findMember, findMembership, findSpace, insertMember, lockSpace } from '../../store/spaces';
import { newInviteToken, parseInviteToken } from './token';

type Deps = { db: Kysely<Database>; dialect: Dialect; write: Write; clock: Clock };

/**
 * Makes a single-use link, within the bounds of open invites per member and
 * per space (SECURITY.md A4): beyond them the member is asked to cancel one.
 */
export async function createInvite(deps: Deps, props: { spaceId: string; inviter: Member }): Promise<InviteView> {
  const now = deps.clock.now();
  const at = now.toISOString();
  const { token, tokenHash } = newInviteToken(props.spaceId);
  const invite: Invite = {
    id: newId(now.getTime()),
    spaceId: props.spaceId,
    tokenHash,
    createdByMemberId: props.inviter.id,
    createdAt: at,
    expiresAt: new Date(now.getTime() + DURATIONS.invite).toISOString(),
    usedAt: null,
  };
  await deps.write(async (trx) => {
    await lockSpace(trx, { spaceId: props.spaceId, dialect: deps.dialect });
    await deleteExpiredInvites(trx, { spaceId: props.spaceId, at });
    const open = await countOpenInvites(trx, { spaceId: props.spaceId, memberId: props.inviter.id, at });
    if (open.byMember >= LIMITS.openInvitesPerMember || open.inSpace >= LIMITS.openInvitesPerSpace) {
      throw new AppError('too_many_open_invites');
    }
    await insertInvite(trx, invite);
  });
  return { token, path: `/join/${token}`, expiresAt: invite.expiresAt };
}

/** The space's open invites as a member sees them: when, until when, and whether they made it. Never a token. */
export async function listInvites(deps: Deps, props: { spaceId: string; viewer: Member }): Promise<OpenInviteView[]> {
  const invites = await listOpenInvites(deps.db, {
    spaceId: props.spaceId,
    at: deps.clock.now().toISOString(),
    limit: LIMITS.openInvitesPerSpace,
  });
  return invites.map((i) => ({
    id: i.id,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    madeByMe: i.createdByMemberId === props.viewer.id,
  }));
}

/** Ends an open invite of the space; one that was used, expired or never existed is not found. */
export async function cancelInvite(deps: Deps, props: { spaceId: string; inviteId: string }): Promise<void> {
  const at = deps.clock.now().toISOString();
  const ended = await deps.write((trx) => deleteOpenInvite(trx, { ...props, at }));
  if (!ended) throw new AppError('not_found');
}

/** What a link invites to, while it is open; one answer for unknown, used, expired and cancelled links alike. */
export async function previewInvite(deps: Deps, token: string): Promise<InvitePreview> {
  const invite = await findInvite(deps.db, { ...parseInviteToken(token), openAt: deps.clock.now().toISOString() });
  if (!invite) throw new AppError('invite_unusable');
  const space = await findSpace(deps.db, invite.spaceId);
  const inviter = await findMember(deps.db, { spaceId: invite.spaceId, memberId: invite.createdByMemberId });
  if (!space) throw new AppError('invite_unusable');
  return {
    spaceName: space.name,
    spaceKind: space.kind,
    invitedBy: inviter?.displayName ?? 'A member',
    expiresAt: invite.expiresAt,
  };
}

/**
 * Joins the space behind an invite. Someone already in the space just gets
 * it back and the link stays unused for whoever it was meant for. Whether
 * the link can still be used is decided by the conditional update alone,
 * whose answer is checked: used, expired, ended and raced-for links all end
 * there.
 * @returns the space id, and whether the account joined just now
 */
export async function acceptInvite(
  deps: Deps,
  props: { token: string; accountId: string },
): Promise<{ spaceId: string; joined: boolean }> {
  return deps.write(async (trx) => {
    const invite = await findInvite(trx, parseInviteToken(props.token));
    if (!invite) throw new AppError('invite_unusable');
    if (await findMembership(trx, { spaceId: invite.spaceId, accountId: props.accountId })) {
      return { spaceId: invite.spaceId, joined: false };
    }
    const account = await findAccountById(trx, props.accountId);
    if (!account) throw new AppError('unauthenticated');
    const now = deps.clock.now().toISOString();
    // The space before the invite, in the order every bounded write of a space locks them.
    await lockSpace(trx, { spaceId: invite.spaceId, dialect: deps.dialect });
    if (!(await markInviteUsed(trx, { spaceId: invite.spaceId, inviteId: invite.id, at: now }))) {
      throw new AppError('invite_unusable');
    }
    // Refused whole: the write is rolled back, so the link stays unused.
    assertRoomForMember(await countMembers(trx, invite.spaceId));
    await insertMember(trx, {
      id: newId(),
      spaceId: invite.spaceId,
      accountId: account.id,
      displayName: normalizeDisplayName(account.displayName),
      createdAt: now,
      leftAt: null,
    });
    return { spaceId: invite.spaceId, joined: true };
  });
}
