import type { AttentionView, MemberView } from '@repairable/core';
import { clockTime } from './time';

/**
 * "Needs you" in words (SECURITY.md P2 and P6): who raised something or
 * reached toward you, who is waiting for you in a conversation, who is
 * taking a break and until when. Never what it
 * is about, never how many, never whether anyone has read anything: the
 * words can be glanced at over a shoulder.
 */
export interface AttentionWords {
  /** One line when something is at the viewer's step. */
  needs: string | undefined;
  /** One line when a guided conversation with someone waits on the viewer. */
  talk: string | undefined;
  /** One line per person on a break. */
  breaks: string[];
}

export function attentionWords(
  attention: AttentionView,
  members: readonly Pick<MemberView, 'id' | 'displayName' | 'isMe'>[],
  now: Date,
): AttentionWords {
  const person = (id: string) => members.find((m) => m.id === id);
  const name = (id: string) => person(id)?.displayName ?? 'Someone';
  const need = attention.needsYou;
  let needs: string | undefined;
  if (need?.reason === 'raised') needs = `${name(need.byMemberId)} raised something with you.`;
  else if (need && person(need.byMemberId)?.isMe) needs = 'Something is waiting for your answer.';
  else if (need) needs = `${name(need.byMemberId)} reached out to repair something.`;
  const talkWith = attention.conversation && person(attention.conversation.withMemberId);
  const talk = !attention.conversation
    ? undefined
    : talkWith
      ? `A conversation with ${talkWith.displayName} is waiting for you.`
      : 'A conversation is waiting for you.';
  const breaks = attention.breaks.map((b) => `${name(b.memberId)} is taking a break until ${clockTime(b.until, now)}.`);
  return { needs, talk, breaks };
}
