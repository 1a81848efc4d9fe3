import { DURATIONS, type InvitePreview, type InviteView, type Member, normalizeDisplayName } from '@repairable/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../http/errors';
import type { Clock } from '../../ports/clock';
import { newId } from '../../ports/ids';
import { findAccountById } from '../../store/accounts';
import type { Write } from '../../store/connect';
import { findInvite, type Invite, insertInvite, markInviteUsed } from '../../store/invites';
import type { Database } from '../../store/schema';
import { findMember, findMembership, findSpace, insertMember } from '../../store/spaces';
import { newInviteToken, parseInviteToken } from './token';

type Deps = { db: Kysely<Database>; write: Write; clock: Clock };

export async function createInvite(deps: Deps, props: { spaceId: string; inviter: Member }): Promise<InviteView> {
  const now = deps.clock.now();
  const { token, tokenHash } = newInviteToken(props.spaceId);
  const invite: Invite = {
    id: newId(now.getTime()),
    spaceId: props.spaceId,
    tokenHash,
    createdByMemberId: props.inviter.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + DURATIONS.invite).toISOString(),
    usedAt: null,
  };
  await deps.write((trx) => insertInvite(trx, invite));
  return { token, path: `/join/${token}`, expiresAt: invite.expiresAt };
}

function isUsable(invite: Invite | undefined, now: Date): invite is Invite {
  return invite !== undefined && invite.usedAt === null && invite.expiresAt > now.toISOString();
}

/** The invite behind a token, if it can still be used; otherwise one answer for unknown, used and expired alike. */
async function findUsableInvite(deps: Deps, db: Kysely<Database>, token: string): Promise<Invite> {
  const invite = await findInvite(db, parseInviteToken(token));
  if (!isUsable(invite, deps.clock.now())) throw new AppError('invite_unusable');
  return invite;
}

export async function previewInvite(deps: Deps, token: string): Promise<InvitePreview> {
  const invite = await findUsableInvite(deps, deps.db, token);
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
 * it back and the link stays unused for whoever it was meant for. The
 * conditional update makes the link single-use even under a race.
 * @returns the space id joined
 */
export async function acceptInvite(deps: Deps, props: { token: string; accountId: string }): Promise<string> {
  return deps.write(async (trx) => {
    const invite = await findInvite(trx, parseInviteToken(props.token));
    if (invite && (await findMembership(trx, { spaceId: invite.spaceId, accountId: props.accountId }))) {
      return invite.spaceId;
    }
    if (!isUsable(invite, deps.clock.now())) throw new AppError('invite_unusable');
    const account = await findAccountById(trx, props.accountId);
    if (!account) throw new AppError('unauthenticated');
    const now = deps.clock.now().toISOString();
    if (!(await markInviteUsed(trx, { spaceId: invite.spaceId, inviteId: invite.id, at: now }))) {
      throw new AppError('invite_unusable');
    }
    await insertMember(trx, {
      id: newId(),
      spaceId: invite.spaceId,
      accountId: account.id,
      displayName: normalizeDisplayName(account.displayName),
      createdAt: now,
      leftAt: null,
    });
    return invite.spaceId;
  });
}
