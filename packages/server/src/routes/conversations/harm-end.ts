import { type Conversation, endedByHarm, type Rupture } from '@repairable/core';
import type { Kysely } from 'kysely';
import type { Dialect } from '../../store/connect';
import { findConversation, listOpenConversationIdsHostedBy, updateConversation } from '../../store/conversations';
import type { Database } from '../../store/schema';

type Where = { dialect: Dialect; spaceId: string; ruptureId: string };

/**
 * Locks the open conversations started from a rupture (PostgreSQL; SQLite
 * transactions are serialized), and returns them. The harm mark calls it
 * before it locks the rupture, so locks are taken conversation first, then
 * rupture, as a conversation's last step takes them; called again once the
 * rupture is locked, it finds the ones already held (no wait) and any
 * started in between.
 */
export async function lockConversationsHostedBy(trx: Kysely<Database>, where: Where): Promise<Conversation[]> {
  const held: Conversation[] = [];
  for (const conversationId of await listOpenConversationIdsHostedBy(trx, where)) {
    const found = await findConversation(trx, {
      spaceId: where.spaceId,
      conversationId,
      forUpdate: true,
      dialect: where.dialect,
    });
    if (found) held.push(found.conversation);
  }
  return held;
}

/**
 * Inside the write that marks a rupture as harm: every open conversation
 * started from it ends (core's `endedByHarm`: abandoned, nobody named),
 * written version-checked under its lock.
 * @returns the conversations ended, to announce to their participants after the commit
 */
export async function endConversationsHostedBy(
  trx: Kysely<Database>,
  props: Where & { rupture: Rupture; at: string },
): Promise<Conversation[]> {
  const ended: Conversation[] = [];
  for (const before of await lockConversationsHostedBy(trx, props)) {
    const after = endedByHarm(before, props.rupture, props.at)?.conversation;
    if (!after) continue;
    if (!(await updateConversation(trx, before, after))) throw new Error('conversation changed under its lock');
    ended.push(after);
  }
  return ended;
}
