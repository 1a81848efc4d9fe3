import type {
  CheckinView,
  InviteView,
  MemberView,
  MomentView,
  OpenInviteView,
  RuptureDetailView,
  RuptureView,
  SessionView,
  SpaceView,
} from '@repairable/core';
import type { Kysely } from 'kysely';
import type { App } from '../app';
import type { Database } from '../store/schema';
import { createSpace, joinSpace, Person, signUp } from './client';
import type { Target } from './endpoints';

export const ROLES = ['owner', 'other member', 'former member', 'outsider', 'anonymous'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A small world seen from one space: its creator, a second member, someone
 * who joined and left, an outsider with a space of their own, and a
 * stranger who is not signed in. `target` holds the ids of the first space.
 */
export async function buildWorld(
  app: App,
): Promise<{ people: Record<Role, Person>; target: Target; elsewhere: Target }> {
  const [owner, other, former, outsider] = await Promise.all([
    signUp(app, { displayName: 'Owner' }),
    signUp(app, { displayName: 'Other' }),
    signUp(app, { displayName: 'Former' }),
    signUp(app, { displayName: 'Outsider' }),
  ]);
  const space = await createSpace(owner);
  await joinSpace(owner, other, space.id);
  await joinSpace(owner, former, space.id);
  await former.post(`/api/spaces/${space.id}/leave`);
  const guest = (await owner.post<{ member: MemberView }>(`/api/spaces/${space.id}/members`, { displayName: 'Kid' }))
    .body.member;
  const invite = (await owner.post<InviteView>(`/api/spaces/${space.id}/invites`)).body;
  const inviteId = await onlyOpenInviteId(owner, space.id);
  const ownerSession = (await owner.get<{ sessions: SessionView[] }>('/api/auth/sessions')).body.sessions[0];
  const ownerMember = space.members[0];
  const otherMember = (await other.get<{ space: SpaceView }>(`/api/spaces/${space.id}`)).body.space.members.find(
    (m) => m.isMe,
  );
  const ruptures = `/api/spaces/${space.id}/ruptures`;
  // Logged first, so the shared rupture can be linked to it (an earlier rupture is logged before).
  const earlier = (
    await owner.post<{ rupture: RuptureView }>(ruptures, {
      size: 'tiny',
      kinds: ['eye_roll'],
      involved: [otherMember?.id],
      visibility: 'shared',
    })
  ).body.rupture;
  const shared = (
    await owner.post<{ rupture: RuptureView }>(ruptures, {
      size: 'small',
      kinds: ['dismissive_tone'],
      involved: [otherMember?.id, guest.id],
      visibility: 'shared',
      topic: 'chores',
      note: 'Private note about the dishes',
    })
  ).body.rupture;
  const attempt = (
    await owner.post<{ attempt: { id: string } }>(`${ruptures}/${shared.id}/attempts`, {
      kind: 'apology',
      message: 'I am sorry.',
    })
  ).body.attempt;
  const reconnection = (
    await owner.post<{ rupture: RuptureDetailView }>(`${ruptures}/${shared.id}/reconnected`, {
      memberId: guest.id,
      note: 'came back to play',
    })
  ).body.rupture.responses[0];
  const mine = (
    await owner.post<{ rupture: RuptureView }>(ruptures, {
      size: 'tiny',
      kinds: ['interrupting'],
      involved: [otherMember?.id],
      visibility: 'private',
      note: 'Only for me',
    })
  ).body.rupture;

  const moment = (
    await owner.post<{ moment: MomentView }>(`/api/spaces/${space.id}/moments`, {
      kind: 'appreciation',
      visibility: 'shared',
      note: 'Thank you for dinner.',
    })
  ).body.moment;
  const checkin = (
    await owner.post<{ checkin: CheckinView }>(`/api/spaces/${space.id}/checkins`, { state: 'activated', intensity: 4 })
  ).body.checkin;
  const conversation = await startOwnConversation(owner, space.id, ownerMember?.id);

  const theirs = await createSpace(outsider, { name: 'Theirs' });
  const theirGuest = (
    await outsider.post<{ member: MemberView }>(`/api/spaces/${theirs.id}/members`, { displayName: 'Pal' })
  ).body.member;
  const theirInvite = (await outsider.post<InviteView>(`/api/spaces/${theirs.id}/invites`)).body;
  const theirInviteId = await onlyOpenInviteId(outsider, theirs.id);
  const theirSession = (await outsider.get<{ sessions: SessionView[] }>('/api/auth/sessions')).body.sessions[0];
  const theirRupture = (
    await outsider.post<{ rupture: RuptureView }>(`/api/spaces/${theirs.id}/ruptures`, {
      size: 'medium',
      kinds: ['criticism'],
      involved: [theirGuest.id],
      visibility: 'shared',
    })
  ).body.rupture;
  const theirMoment = (
    await outsider.post<{ moment: MomentView }>(`/api/spaces/${theirs.id}/moments`, {
      kind: 'joy',
      visibility: 'shared',
    })
  ).body.moment;
  const theirConversation = await startOwnConversation(outsider, theirs.id, theirs.members[0]?.id);
  const theirCheckin = (
    await outsider.post<{ checkin: CheckinView }>(`/api/spaces/${theirs.id}/checkins`, {
      state: 'connected',
      intensity: 2,
    })
  ).body.checkin;

  if (!reconnection || !ownerSession || !ownerMember || !theirSession || !theirs.members[0])
    throw new Error('world incomplete');
  return {
    people: { owner, 'other member': other, 'former member': former, outsider, anonymous: new Person(app) },
    target: {
      spaceId: space.id,
      memberId: ownerMember.id,
      guestMemberId: guest.id,
      sessionId: ownerSession.id,
      inviteToken: invite.token,
      inviteId,
      ruptureId: shared.id,
      attemptId: attempt.id,
      responseId: reconnection.id,
      privateRuptureId: mine.id,
      earlierRuptureId: earlier.id,
      momentId: moment.id,
      checkinId: checkin.id,
      conversationId: conversation.id,
      conversationStepId: conversation.stepId,
      conversationVersion: conversation.version,
    },
    elsewhere: {
      spaceId: theirs.id,
      memberId: theirs.members[0].id,
      guestMemberId: theirGuest.id,
      sessionId: theirSession.id,
      inviteToken: theirInvite.token,
      inviteId: theirInviteId,
      ruptureId: theirRupture.id,
      attemptId: theirRupture.id,
      responseId: theirRupture.id,
      privateRuptureId: theirRupture.id,
      earlierRuptureId: theirRupture.id,
      momentId: theirMoment.id,
      checkinId: theirCheckin.id,
      conversationId: theirConversation.id,
      conversationStepId: theirConversation.stepId,
      conversationVersion: theirConversation.version,
    },
  };
}

/** A guided conversation of one person's own (an apology to prepare alone), at its first step. */
async function startOwnConversation(person: Person, spaceId: string, memberId: string | undefined) {
  const res = await person.post<{ conversation: { id: string; stepId: string; version: number } }>(
    `/api/spaces/${spaceId}/conversations`,
    { protocol: 'apology', participants: [memberId] },
  );
  if (res.status !== 201) throw new Error(`conversation failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.conversation;
}

async function onlyOpenInviteId(person: Person, spaceId: string): Promise<string> {
  const { invites } = (await person.get<{ invites: OpenInviteView[] }>(`/api/spaces/${spaceId}/invites`)).body;
  if (invites.length !== 1 || !invites[0]) throw new Error('expected one open invite');
  return invites[0].id;
}

const TABLES = [
  'account',
  'session',
  'space',
  'member',
  'invite',
  'rupture',
  'rupture_involvement',
  'attempt',
  'repair_response',
  'checkin',
  'moment',
  'rupture_event',
  'reminder_state',
  'idempotency_key',
  'safety_screen',
  'conversation',
  'conversation_participant',
  'conversation_entry',
] as const;

/** Every row of every table, in a stable order: equal snapshots mean nothing changed. */
export async function snapshotDatabase(db: Kysely<Database>): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of TABLES) out[table] = await db.selectFrom(table).selectAll().execute();
  for (const rows of Object.values(out)) rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return out;
}
