import {
  abandonConversation,
  type Conversation,
  continueAlone,
  hasEnded,
  type Member,
  resumeConversation,
} from '@repairable/core';
import type { Kysely } from 'kysely';
import type { EventBus } from '../../ports/event-bus';
import type { Dialect } from '../../store/connect';
import {
  deleteConversationsOnlyOf,
  listEntriesOf,
  listOpenConversationIdsOf,
  replaceEntryInput,
} from '../../store/conversation-leaving';
import { findConversation, updateConversation } from '../../store/conversations';
import type { Database } from '../../store/schema';
import { announceConversation } from './run-conversation';

/** An entry's input with the person's own words taken out (free text, a need); undefined when it holds none. */
export function withoutWords(input: unknown): unknown {
  if (!input || typeof input !== 'object') return undefined;
  const value = input as Record<string, unknown>;
  if (typeof value.text === 'string' && value.text !== '') return { ...value, text: '' };
  if (typeof value.need === 'string') {
    const { need: _need, ...rest } = value;
    return rest;
  }
  return undefined;
}

/**
 * Inside the write of a member leaving, before they are marked gone, the
 * way leaving treats their words on ruptures: conversations nobody else
 * with an account took part in were private and go with them; with
 * "remove what I shared too" their words in the others are erased (the
 * steps they answered stay, so the conversation still reads in order); and
 * every open conversation stops waiting on them: the one left continues
 * alone at their own pace, or, with nobody left, it ends without blame.
 * Done before any rupture is deleted or settled, so locks are always taken
 * conversation first, then rupture, as a conversation's completion takes them.
 * @returns the conversations that changed, to announce after the commit
 */
export async function settleConversationsOfLeaver(
  trx: Kysely<Database>,
  props: {
    dialect: Dialect;
    spaceId: string;
    memberId: string;
    removeShared: boolean;
    members: readonly Member[];
    at: string;
  },
): Promise<Conversation[]> {
  const { spaceId, memberId } = props;
  await deleteConversationsOnlyOf(trx, { spaceId, memberId });
  if (props.removeShared) {
    for (const { conversationId, entry } of await listEntriesOf(trx, { spaceId, memberId })) {
      const input = withoutWords(entry.input);
      if (input !== undefined) await replaceEntryInput(trx, { spaceId, conversationId, seq: entry.seq, input });
    }
  }
  const changed: Conversation[] = [];
  for (const conversationId of await listOpenConversationIdsOf(trx, { spaceId, memberId })) {
    const found = await findConversation(trx, { spaceId, conversationId, forUpdate: true, dialect: props.dialect });
    if (!found) continue;
    const before = found.conversation;
    const after = withoutLeaver(before, memberId, props.members, props.at);
    if (after === before) continue;
    if (!(await updateConversation(trx, before, after))) throw new Error('conversation changed under its lock');
    changed.push(after);
  }
  return changed;
}

/**
 * An open conversation once `leaver` is gone: the one left goes on alone
 * (a pause the leaver took ends with them); with nobody left to act, it ends
 * without blame. A pause the one left took stays theirs: coming back, they
 * can go on alone themselves.
 */
function withoutLeaver(conv: Conversation, leaver: string, members: readonly Member[], now: string): Conversation {
  // Listed open before its lock was taken: it may have ended meanwhile.
  if (hasEnded(conv)) return conv;
  const remaining = conv.participants.find(
    (id) => id !== leaver && id !== conv.child && members.some((m) => m.id === id && m.accountId !== null),
  );
  if (!remaining || conv.soloMember === leaver)
    return abandonConversation(conv, { memberId: leaver, now }).conversation;
  if (conv.alone) return conv;
  if (conv.status === 'paused' && conv.pausedBy !== leaver) return conv;
  const back = conv.status === 'paused' ? resumeConversation(conv, { memberId: leaver, now }).conversation : conv;
  return continueAlone(back, { memberId: remaining, now }).conversation;
}

/** After the commit: each changed conversation is announced to the participants still in the space. */
export function announceSettledConversations(
  bus: EventBus,
  conversations: readonly Conversation[],
  members: readonly Member[],
): void {
  for (const conversation of conversations) announceConversation(bus, conversation, members);
}
