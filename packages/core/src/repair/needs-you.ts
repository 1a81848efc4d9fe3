import type { Conversation } from '../conversations/types';
import type { AttentionView, MemberView } from '../views';
import { type NextStepRupture, nextStep } from './next-step';

/**
 * What waits on one person in a space (SECURITY.md P2): never a read
 * receipt, never presence, never a count. It is read off `nextStep`, the one
 * rule for whose step it is: something "needs you" when a shared rupture you
 * are part of is at your step — it was raised with you and you have not
 * recognised it yet, or someone moved toward you and you have not said how it
 * landed (or only your own answer is left). Whose turn it is to begin is
 * nobody's in particular (rule 3), so it needs nobody; during someone's break
 * nothing is asked of anyone, and the others see until when.
 *
 * A guided conversation needs you too when it waits on you
 * (`conversationWaitsOn`); a rupture it was started from is then answered
 * through it, and not named a second time.
 *
 * The server gives this only the ruptures the viewer may see; its SQL
 * prefilter sits in packages/server/src/access/attention.ts and is tested
 * never to leave out one this would count.
 */

export type NeedsYouReason = 'raised' | 'reached';

export type AttentionRupture = NextStepRupture & { id: string };

type Person = Pick<MemberView, 'id' | 'hasAccount'>;

/** Nothing waits: the attention of a space with nothing at anyone's step. */
export const NO_ATTENTION: AttentionView = { needsYou: null, breaks: [], conversation: null };

/** What "needs you" reads of a conversation: whose step it is, never what was said. */
export type AttentionConversation = Pick<
  Conversation,
  'id' | 'status' | 'turn' | 'waitingOn' | 'alone' | 'participants' | 'child' | 'ruptureId'
>;

/**
 * Whether a conversation waits on this member: under way (a pause asks
 * nothing of anyone until someone is back), with someone else (one gone
 * through alone is at one's own pace, and waits on nobody), and at their
 * step: their turn, or a step everyone answers privately that still lacks
 * theirs. Only a participant can be waited on.
 */
export function conversationWaitsOn(c: AttentionConversation, memberId: string): boolean {
  if (c.status !== 'active' || c.alone || !c.participants.includes(memberId)) return false;
  return c.turn === memberId || c.waitingOn.includes(memberId);
}

/**
 * The attention of a space for `viewerId` over ruptures they may see: the
 * newest (highest id) one at their step, and each other person on a break.
 */
export function attentionOf(
  ruptures: readonly AttentionRupture[],
  context: {
    viewerId: string;
    members: readonly Person[];
    now: Date;
    /** The viewer's conversations under way or paused (they take part in each). */
    conversations?: readonly AttentionConversation[];
  },
): AttentionView {
  let needsYou: AttentionView['needsYou'] = null;
  const breaks = new Map<string, string>();
  const conversations = context.conversations ?? [];
  // A rupture talked through in a conversation under way is answered there: it is said once, as the conversation.
  const hosted = new Set(
    conversations.flatMap((c) =>
      (c.status === 'active' || c.status === 'paused') && c.participants.includes(context.viewerId) && c.ruptureId
        ? [c.ruptureId]
        : [],
    ),
  );
  for (const rupture of ruptures) {
    if (rupture.visibility !== 'shared') continue;
    const step = nextStep(rupture, context);
    const need =
      step.kind === 'acknowledge'
        ? { reason: 'raised' as const, byMemberId: step.raisedBy }
        : step.kind === 'answer'
          ? { reason: 'reached' as const, byMemberId: step.from }
          : undefined;
    if (need && !hosted.has(rupture.id) && (needsYou === null || rupture.id > needsYou.ruptureId)) {
      needsYou = { ruptureId: rupture.id, ...need };
    }
    if (step.kind !== 'wait') continue;
    for (const w of step.for) {
      if (w.what !== 'return') continue;
      const known = breaks.get(w.memberId);
      if (known === undefined || w.until > known) breaks.set(w.memberId, w.until);
    }
  }
  return {
    needsYou,
    breaks: [...breaks].map(([memberId, until]) => ({ memberId, until })),
    conversation: conversationNeeding(conversations, context.viewerId),
  };
}

/** The newest (highest id: ids are in creation order) conversation waiting on the viewer, and with whom. */
function conversationNeeding(
  conversations: readonly AttentionConversation[],
  viewerId: string,
): AttentionView['conversation'] {
  let found: AttentionView['conversation'] = null;
  for (const c of conversations) {
    if (!conversationWaitsOn(c, viewerId) || (found && c.id < found.conversationId)) continue;
    const other = c.participants.find((p) => p !== viewerId && p !== c.child);
    if (other) found = { conversationId: c.id, withMemberId: other };
  }
  return found;
}
