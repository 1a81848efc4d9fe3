import type { Conversation, ConversationEntry, Member } from '@repairable/core';
import type { Kysely } from 'kysely';
import { conversationShownTo, rupturesShownIn } from '../../access/visibility';
import type { ConversationHead } from '../../store/conversations';
import type { Database } from '../../store/schema';

/** An entry as given, but for a pick among ruptures: one the reader may no longer see is not named. */
function presentEntry(e: ConversationEntry, hidden: ReadonlySet<string>) {
  let input = e.input as unknown as Record<string, unknown>;
  if (hidden.size > 0 && Array.isArray(input.choices)) {
    input = { ...input, choices: input.choices.filter((id) => !hidden.has(id as string)) };
  }
  return {
    seq: e.seq,
    stepId: e.stepId,
    memberId: e.memberId,
    input,
    createdAt: e.createdAt,
    revealed: e.revealed,
  };
}

/**
 * The engine's conversation, field by field (so the web app can run core's
 * step helpers on it), and nothing a field was not named for.
 */
function presentHead(c: ConversationHead, shownRuptures: ReadonlySet<string>) {
  return {
    id: c.id,
    spaceId: c.spaceId,
    protocol: c.protocol,
    ruptureId: c.ruptureId !== null && shownRuptures.has(c.ruptureId) ? c.ruptureId : null,
    participants: [...c.participants],
    speaker: c.speaker,
    listener: c.listener,
    child: c.child,
    ageBand: c.ageBand,
    status: c.status,
    stepId: c.stepId,
    stepSince: c.stepSince,
    stepVersion: c.stepVersion,
    turn: c.turn,
    waitingOn: [...c.waitingOn],
    alone: c.alone,
    soloMember: c.soloMember,
    swaps: c.swaps,
    openRuptures: c.openRuptures.filter((r) => shownRuptures.has(r.id)).map((r) => ({ id: r.id, summary: r.summary })),
    pausedUntil: c.pausedUntil,
    pausedBy: c.pausedBy,
    version: c.version,
    startedBy: c.startedBy,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    endedAt: c.endedAt,
  };
}

/** What one participant may read of conversations: the engine's view for them, naming only ruptures they may see. */
export interface ConversationLens {
  viewer: Pick<Member, 'id'>;
  shownRuptures: ReadonlySet<string>;
}

export async function lensFor(
  db: Kysely<Database>,
  viewer: Pick<Member, 'id' | 'spaceId'>,
  conversations: readonly Pick<Conversation, 'ruptureId' | 'openRuptures'>[],
): Promise<ConversationLens> {
  const shownRuptures = await rupturesShownIn(db, {
    spaceId: viewer.spaceId,
    viewerMemberId: viewer.id,
    conversations,
  });
  return { viewer, shownRuptures };
}

/** One conversation as one participant may read it. */
export function presentConversation(conversation: Conversation, lens: ConversationLens) {
  const shown = conversationShownTo(conversation, lens.viewer);
  const hidden = new Set(shown.openRuptures.map((r) => r.id).filter((id) => !lens.shownRuptures.has(id)));
  return { ...presentHead(shown, lens.shownRuptures), entries: shown.entries.map((e) => presentEntry(e, hidden)) };
}

/** A list item: the conversation as the participant sees it, without its entries. */
export function presentConversationHead(head: ConversationHead, lens: ConversationLens) {
  return presentHead(conversationShownTo({ ...head, entries: [] }, lens.viewer), lens.shownRuptures);
}

/** One conversation for its reader, with the one query the rupture it names needs. */
export async function conversationView(db: Kysely<Database>, viewer: Member, conversation: Conversation) {
  return presentConversation(conversation, await lensFor(db, viewer, [conversation]));
}
