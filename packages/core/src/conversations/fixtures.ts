import type { MemberRecord } from '../spaces';
import { submitStep } from './engine';
import { startConversation } from './lifecycle';
import type { ChildAgeBand, Conversation, OpenRuptureRef, ProtocolId } from './types';

/** Test helpers: two account members and a child, a clock, and a driver that answers with the current version. */
export const A = 'm-a';
export const B = 'm-b';
export const CHILD = 'm-child';
export const MEMBERS: MemberRecord[] = [
  { id: A, accountId: 'acc-a' },
  { id: B, accountId: 'acc-b' },
  { id: CHILD, accountId: null },
];

export const T0 = Date.parse('2026-03-01T10:00:00.000Z');
export const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

export function start(
  protocol: ProtocolId,
  opts: {
    participants?: string[];
    alone?: boolean;
    ageBand?: ChildAgeBand | null;
    openRuptures?: OpenRuptureRef[];
  } = {},
): Conversation {
  const participants = opts.participants ?? [A, B];
  return startConversation({
    id: 'c1',
    spaceId: 's1',
    protocol,
    participants,
    startedBy: participants[0] ?? A,
    ruptureId: 'r1',
    ageBand: opts.ageBand ?? null,
    members: MEMBERS,
    now: at(0),
    ...(opts.alone !== undefined ? { alone: opts.alone } : {}),
    ...(opts.openRuptures ? { openRuptures: opts.openRuptures } : {}),
  }).conversation;
}

/** One member answers the current step (asserting it is that step) with the current version. */
export function answer(conv: Conversation, memberId: string, stepId: string, input: unknown, minute = 1): Conversation {
  return submitStep(conv, { memberId, stepId, input, version: conv.version, now: at(minute) }).conversation;
}

export const calm = { state: 'connected', intensity: 2 } as const;
export const flooded = { state: 'activated', intensity: 8 } as const;
export const repaired = { feel: 'repaired' } as const;

/** Both check in calm: the gate is skipped. */
export function checkedIn(conv: Conversation, who: string[] = [A, B]): Conversation {
  return who.reduce((c, m) => answer(c, m, 'check-in', calm), conv);
}
