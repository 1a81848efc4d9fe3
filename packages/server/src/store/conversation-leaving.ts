import type { ConversationEntry } from '@repairable/core';
import type { Kysely } from 'kysely';
import { toEntry } from './conversations';
import type { Database } from './schema';

/** What leaving a space does to conversations (routes/conversations/departure.ts), read and written here. */

/** Ids of the open (active or paused) conversations a member takes part in, oldest first. */
export async function listOpenConversationIdsOf(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string },
): Promise<string[]> {
  const rows = await db
    .selectFrom('conversation')
    .innerJoin('conversation_participant', 'conversation_participant.conversation_id', 'conversation.id')
    .select('conversation.id')
    .where('conversation_participant.space_id', '=', props.spaceId)
    .where('conversation_participant.member_id', '=', props.memberId)
    .where('conversation.status', 'in', ['active', 'paused'])
    .orderBy('conversation.id')
    .execute();
  return rows.map((r) => r.id);
}

/**
 * A member who leaves takes their conversations that nobody else with an
 * account took part in (alone, or with a child): those were private.
 */
export async function deleteConversationsOnlyOf(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string },
): Promise<void> {
  await db
    .deleteFrom('conversation')
    .where('space_id', '=', props.spaceId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('conversation_participant as mine')
          .select('mine.member_id')
          .whereRef('mine.conversation_id', '=', 'conversation.id')
          .where('mine.member_id', '=', props.memberId),
      ),
    )
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('conversation_participant as other')
            .innerJoin('member', 'member.id', 'other.member_id')
            .select('other.member_id')
            .whereRef('other.conversation_id', '=', 'conversation.id')
            .where('other.member_id', '!=', props.memberId)
            .where('member.account_id', 'is not', null),
        ),
      ),
    )
    .execute();
}

/** The entries a member gave in a space's conversations, to erase their words when they take what they shared. */
export async function listEntriesOf(
  db: Kysely<Database>,
  props: { spaceId: string; memberId: string },
): Promise<{ conversationId: string; entry: ConversationEntry }[]> {
  const rows = await db
    .selectFrom('conversation_entry')
    .selectAll()
    .where('space_id', '=', props.spaceId)
    .where('member_id', '=', props.memberId)
    .execute();
  return rows.map((row) => ({ conversationId: row.conversation_id, entry: toEntry(row) }));
}

/** Replaces one entry's input (a leaving member's words erased); nothing else of it changes. */
export async function replaceEntryInput(
  db: Kysely<Database>,
  props: { spaceId: string; conversationId: string; seq: number; input: unknown },
): Promise<void> {
  await db
    .updateTable('conversation_entry')
    .set({ input: JSON.stringify(props.input) })
    .where('space_id', '=', props.spaceId)
    .where('conversation_id', '=', props.conversationId)
    .where('seq', '=', props.seq)
    .execute();
}
