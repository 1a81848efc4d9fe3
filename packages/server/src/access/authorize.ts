import type { Member } from '@repairable/core';
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { AppEnv, Viewer } from '../http/env';
import { AppError } from '../http/errors';
import type { Database } from '../store/schema';
import { findMembership, listMembers } from '../store/spaces';
import { SPACE_POLICY, type SpaceAction } from './policy';

/** The signed-in caller, or a 401. */
export function requireViewer(c: Context<AppEnv>): Viewer {
  return requireViewerOf(c.get('viewer'));
}

export function requireViewerOf(viewer: Viewer | undefined): Viewer {
  if (!viewer) throw new AppError('unauthenticated');
  return viewer;
}

/**
 * Allows `action` on a space or answers 404, never 403: someone who may not
 * see a space cannot learn that it exists (DESIGN.md §9).
 * @returns the caller's membership, which the action acts as
 */
export async function authorizeSpace(
  db: Kysely<Database>,
  viewer: Viewer,
  props: { spaceId: string; action: SpaceAction },
): Promise<Member> {
  const membership = await findMembership(db, { spaceId: props.spaceId, accountId: viewer.accountId });
  return permitted(membership, props.action);
}

/**
 * `authorizeSpace` for actions that need every current member as well:
 * one query instead of two.
 */
export async function authorizeSpaceWithMembers(
  db: Kysely<Database>,
  viewer: Viewer,
  props: { spaceId: string; action: SpaceAction },
): Promise<{ member: Member; members: Member[] }> {
  const members = await listMembers(db, props.spaceId);
  const member = permitted(
    members.find((m) => m.accountId === viewer.accountId),
    props.action,
  );
  return { member, members };
}

/** The one place a membership is checked against the policy: not allowed reads as not found. */
function permitted(membership: Member | undefined, action: SpaceAction): Member {
  if (!membership || !SPACE_POLICY[action]({ membership })) throw new AppError('not_found');
  return membership;
}

/**
 * Whether a kept idempotent answer about a space may be given back to this
 * caller: only while they are still one of its members.
 */
export async function mayReplayAnswer(db: Kysely<Database>, viewer: Viewer, spaceId: string): Promise<boolean> {
  const membership = await findMembership(db, { spaceId, accountId: viewer.accountId });
  return membership !== undefined && SPACE_POLICY['idempotency.replay']({ membership });
}
