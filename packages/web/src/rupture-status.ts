import { isOpen, type MemberView, type RuptureView } from '@repairable/core';
import { clockTime, isAhead } from './time';

/**
 * What a rupture's state means, in words (briefs/ui-contract-3.md). Never a
 * count, a score or a verdict about anyone (SECURITY.md P7).
 */

/** "Bea", "Bea and Mia", "Bea, Mia and Cai". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A member's name as the viewer reads it, "you" for themselves; "someone who left" for a member no longer here. */
export function nameOf(memberId: string, members: readonly MemberView[], you = 'you'): string {
  const member = members.find((m) => m.id === memberId);
  if (!member) return 'someone who left';
  return member.isMe ? you : member.displayName;
}

/** A member's own display name, as everyone sees it. */
export function displayNameOf(memberId: string, members: readonly MemberView[]): string {
  return members.find((m) => m.id === memberId)?.displayName ?? 'someone who left';
}

interface StatusContext {
  members: readonly MemberView[];
  now: Date;
}

/**
 * The status line of a rupture: "Only you can see this.", "Shared with
 * Bea.", "You both see that something happened.", "Repairing.",
 * "Repaired. Everyone feels it.", "You let this one go.", and during a
 * break "Taking a break — back at 14:30.".
 */
export function statusWords(
  rupture: Pick<RuptureView, 'status' | 'involved' | 'authorMemberId' | 'pausedUntil' | 'visibility'>,
  context: StatusContext,
): string {
  const open = isOpen(rupture);
  if (open && rupture.pausedUntil && isAhead(rupture.pausedUntil, context.now)) {
    return `Taking a break — back at ${clockTime(rupture.pausedUntil, context.now)}.`;
  }
  switch (rupture.status) {
    case 'noted':
      return 'Only you can see this.';
    case 'raised': {
      const others = rupture.involved.filter((id) => id !== rupture.authorMemberId);
      const names = others.map((id) => nameOf(id, context.members));
      // "you" reads best first: "Shared with you and Cai."
      names.sort((a, b) => (a === 'you' ? -1 : b === 'you' ? 1 : 0));
      return names.length > 0 ? `Shared with ${joinNames(names)}.` : 'Shared.';
    }
    case 'recognized': {
      // Only people with an account can see it; a child or a colleague off the app is not counted.
      const seeing = rupture.involved.filter((id) => context.members.find((m) => m.id === id)?.hasAccount);
      if (seeing.length <= 1) return "You've named it. That's the first step.";
      return seeing.length === 2
        ? 'You both see that something happened.'
        : 'Everyone involved sees that something happened.';
    }
    case 'repairing':
      return rupture.visibility === 'private' ? 'Repairing. Only you can see this.' : 'Repairing.';
    case 'repaired':
      return 'Repaired. Everyone feels it.';
    case 'let_go':
      return 'You let this one go.';
  }
}
