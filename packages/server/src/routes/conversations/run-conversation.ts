import type { Conversation, Member, Rupture, RuptureEvent } from '@repairable/core';
import type { Kysely } from 'kysely';
import { assertCanSeeConversation, conversationAudienceAccounts } from '../../access/visibility';
import { AppError } from '../../http/errors';
import type { EventBus } from '../../ports/event-bus';
import { findConversation, updateConversation } from '../../store/conversations';
import type { Database } from '../../store/schema';
import { listMembers } from '../../store/spaces';
import { type ChangeDeps, publishEvents } from '../ruptures/run-change';
import { answerLinkedRupture } from './rupture-link';

export interface ConversationContext {
  conversation: Conversation;
  /** For each entry (by `seq`), the conversation version it was sent against. */
  basedOn: ReadonlyMap<number, number>;
  members: Member[];
  viewer: Member;
  now: Date;
  db: Kysely<Database>;
}

/** What a change gives back: the new conversation (the same object when nothing changed). */
export interface ConversationChange {
  conversation: Conversation;
  /** Work to write in the same transaction once the conversation is written (a check-in, say). */
  save?(db: Kysely<Database>): Promise<void>;
}

/** What changed on the linked rupture, to announce after the commit. */
export interface RuptureTouched {
  rupture: Rupture;
  events: RuptureEvent[];
}

/**
 * Tells the participants' open sockets that a conversation changed, and
 * nobody else's: its id and new version, never what anyone said. Clients
 * read it again through the API, which shows each participant only what
 * they may read.
 */
export function announceConversation(
  bus: EventBus,
  conversation: Pick<Conversation, 'id' | 'spaceId' | 'participants' | 'version'>,
  members: readonly Member[],
): void {
  bus.publish({
    accountIds: conversationAudienceAccounts(conversation, members),
    message: {
      type: 'conversation.changed',
      spaceId: conversation.spaceId,
      conversationId: conversation.id,
      version: conversation.version,
    },
  });
}

/** Announces a rupture's changes to its own audience (which may differ from the conversation's). */
export function announceRupture(bus: EventBus, touched: RuptureTouched | undefined, members: readonly Member[]): void {
  if (touched) publishEvents(bus, [touched.rupture], members, touched.events);
}

/**
 * Applies one engine step to one conversation, all or nothing (the
 * conversation's `runChange`): the row is locked (PostgreSQL) or the
 * transaction serialized (SQLite), a participant is required (anyone else:
 * 404), the engine decides, and the new state, its entries and — when the
 * conversation has just ended done and started from a rupture — the
 * rupture's answers are written in one transaction. The participants'
 * sockets hear of it after the commit; nothing is written or announced when
 * the engine returns the conversation unchanged (a resent step).
 */
export async function runConversationChange(
  deps: ChangeDeps,
  props: {
    spaceId: string;
    conversationId: string;
    viewer: Member;
    apply(ctx: ConversationContext): ConversationChange | Promise<ConversationChange>;
  },
): Promise<{ conversation: Conversation; members: Member[] }> {
  const result = await deps.write(async (trx) => {
    const found = await findConversation(trx, {
      spaceId: props.spaceId,
      conversationId: props.conversationId,
      forUpdate: true,
      dialect: deps.dialect,
    });
    assertCanSeeConversation(props.viewer, found?.conversation);
    if (!found) throw new AppError('not_found');
    const before = found.conversation;
    const members = await listMembers(trx, props.spaceId);
    const now = deps.clock.now();
    const change = await props.apply({
      conversation: before,
      basedOn: found.basedOn,
      members,
      viewer: props.viewer,
      now,
      db: trx,
    });
    const after = change.conversation;
    if (after === before) return { conversation: before, members, changed: false, touched: undefined };
    // Unreachable while the row is locked; kept so a lost lock can never lose a step silently.
    if (!(await updateConversation(trx, before, after))) throw new AppError('stale_version');
    if (change.save) await change.save(trx);
    const touched =
      after.status === 'done' && before.status !== 'done'
        ? await answerLinkedRupture(trx, { dialect: deps.dialect, conversation: after, members, now })
        : undefined;
    return { conversation: after, members, changed: true, touched };
  });
  if (result.changed) {
    announceConversation(deps.bus, result.conversation, result.members);
    announceRupture(deps.bus, result.touched, result.members);
  }
  return { conversation: result.conversation, members: result.members };
}
