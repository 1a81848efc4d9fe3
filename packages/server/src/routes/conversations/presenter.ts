import type { Conversation, ConversationEntry, Member } from '@repairable/core';
import { conversationShownTo } from '../../access/visibility';
import type { ConversationHead } from '../../store/conversations';

function presentEntry(e: ConversationEntry) {
  return {
    seq: e.seq,
    stepId: e.stepId,
    memberId: e.memberId,
    input: e.input as unknown as Record<string, unknown>,
    createdAt: e.createdAt,
    revealed: e.revealed,
  };
}

/**
 * The engine's conversation, field by field (so the web app can run core's
 * step helpers on it), and nothing a field was not named for.
 */
function presentHead(c: ConversationHead) {
  return {
    id: c.id,
    spaceId: c.spaceId,
    protocol: c.protocol,
    ruptureId: c.ruptureId,
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
    openRuptures: c.openRuptures.map((r) => ({ id: r.id, summary: r.summary })),
    pausedUntil: c.pausedUntil,
    pausedBy: c.pausedBy,
    version: c.version,
    startedBy: c.startedBy,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    endedAt: c.endedAt,
  };
}

/** One conversation as one participant may read it (the engine's view for them, and only that). */
export function presentConversation(conversation: Conversation, viewer: Pick<Member, 'id'>) {
  const shown = conversationShownTo(conversation, viewer);
  return { ...presentHead(shown), entries: shown.entries.map(presentEntry) };
}

/** A list item: the conversation as the participant sees it, without its entries. */
export function presentConversationHead(head: ConversationHead, viewer: Pick<Member, 'id'>) {
  return presentHead(conversationShownTo({ ...head, entries: [] }, viewer));
}
