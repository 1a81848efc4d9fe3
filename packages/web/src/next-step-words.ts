import type { DepartedMemberView, MemberView, NextStep, SpaceKind, WaitingOn } from '@repairable/core';
import { joinNames } from './rupture-status';
import { clockTime } from './time';

/**
 * What the rupture page says about the viewer's step (core `nextStep`):
 * a heading, a few plain lines, and for waiting always whom and what for.
 * Never a count or a tally between people (rule 3, SECURITY.md P7): rule 4
 * is said in words, "It's repaired when you both feel it."
 */

export interface People {
  members: readonly MemberView[];
  departed: readonly DepartedMemberView[];
}

/** "Alex"; "you" for the viewer; "Ben (left)" for someone who has left; "someone who left" if even the name is gone. */
export function personName(memberId: string, people: People, you = 'you'): string {
  const member = people.members.find((m) => m.id === memberId);
  if (member) return member.isMe ? you : member.displayName;
  const gone = people.departed.find((d) => d.memberId === memberId);
  return gone ? `${gone.displayName} (left)` : 'someone who left';
}

/**
 * Rule 4 in words, for the people a rupture is between: both, everyone, or
 * for a parent with a child without an account, seeing the child come back.
 */
export function completionRule(involved: readonly string[], people: People): string {
  const here = people.members.filter((m) => involved.includes(m.id));
  const accounts = here.filter((m) => m.hasAccount);
  const children = here.filter((m) => !m.hasAccount);
  if (accounts.length <= 1 && children.length > 0) {
    const names = joinNames(children.map((c) => c.displayName));
    return `It's repaired when you've seen ${names} come back to you, and it feels repaired for you too.`;
  }
  if (here.length === 2) return "It's repaired when you both feel it.";
  return "It's repaired when everyone involved feels it.";
}

const WAITING_FOR: Record<WaitingOn['what'], string> = {
  recognize: 'to see that something happened',
  answer: 'to say how it landed',
  confirm: 'to say it feels repaired for them too',
  try_again: 'to try again',
  return: 'to come back from a break',
};

/** "Waiting for Alex to say how it landed." One sentence per kind of wait; a break says until when. */
export function waitingWords(waits: readonly WaitingOn[], people: People, now: Date): string[] {
  const lines: string[] = [];
  for (const what of Object.keys(WAITING_FOR) as WaitingOn['what'][]) {
    const these = waits.filter((w) => w.what === what);
    if (these.length === 0) continue;
    const names = joinNames(these.map((w) => personName(w.memberId, people)));
    const back = these.find((w) => w.what === 'return');
    lines.push(
      back?.what === 'return'
        ? `${names} ${these.length > 1 ? 'are' : 'is'} taking a break, back at ${clockTime(back.until, now)}. Nothing is asked of you meanwhile.`
        : `Waiting for ${names} ${WAITING_FOR[what]}.`,
    );
  }
  return lines;
}

/** The heading of the viewer's step on the rupture page. */
export function stepHeading(step: NextStep, people: People): string {
  switch (step.kind) {
    case 'raise':
      return 'Only you know about this so far';
    case 'acknowledge':
      return `${personName(step.raisedBy, people)} raised this with you`;
    case 'reach':
      return 'Ready when you are';
    case 'answer':
      return step.own ? 'Does it feel repaired for you too?' : 'How did that land?';
    case 'retry':
      return step.needs.length === 1
        ? `${personName(step.needs[0]?.memberId ?? '', people)} isn't there yet`
        : 'Not everyone is there yet';
    case 'record_reconnection':
      return `What did you see ${personName(step.child, people)} do?`;
    case 'on_break':
      return "You're taking a break";
    case 'wait':
      return 'Where this is';
    case 'done':
    case 'none':
      return '';
  }
}

/** One need, prominently: "Alex needs: a hug", or, when they did not say, an invitation to ask. */
export function needWords(need: { memberId: string; need: string | null }, people: People): string {
  const name = personName(need.memberId, people);
  return need.need ? `${name} needs: ${need.need}` : `${name} didn't say what would help. You could ask.`;
}

/** The quiet moment when a repair completes: our words per kind of space. No score, no celebration noise. */
export function completionMoment(spaceKind: SpaceKind, children: readonly string[]): { title: string; line: string } {
  if (spaceKind === 'parent_child' && children.length > 0) {
    return {
      title: `You and ${joinNames(children)} found your way back to each other.`,
      line: 'Coming back after a hard moment is how trust grows.',
    };
  }
  if (spaceKind === 'work') {
    return { title: 'You found your way through this together.', line: 'Take a moment to notice what helped.' };
  }
  return { title: 'You found your way back to each other.', line: 'Take a moment to notice how that feels.' };
}
