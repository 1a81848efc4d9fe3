/**
 * The repair cycle's records (DESIGN.md §3–4). Plain data; the operations
 * in cycle.ts take them and return new ones plus the events they produced.
 */
import type { AttemptKind, CheckinState, MomentKind, RuptureKind, RuptureSize, Visibility } from '../identifiers';

export const RUPTURE_STATUSES = ['noted', 'raised', 'recognized', 'repairing', 'repaired', 'let_go'] as const;
export type RuptureStatus = (typeof RUPTURE_STATUSES)[number];
/**
 * The two endings. A rupture in neither is open: still to repair, however
 * far along. The one definition of "open" (core's `isClosed`, the server's
 * SQL `ruptureIsOpen`, the quiet wall all read it).
 */
export const CLOSED_STATUSES = ['repaired', 'let_go'] as const satisfies readonly RuptureStatus[];

/** Every status that is not an ending, derived from the two above (SQL reads `status in (…)`, which an index serves). */
export const OPEN_STATUSES: readonly RuptureStatus[] = RUPTURE_STATUSES.filter(
  (s) => !(CLOSED_STATUSES as readonly RuptureStatus[]).includes(s),
);

/** Whether a rupture is still open: the one test of it, in core, the browser and the simulation alike (SQL: `ruptureIsOpen`). */
export function isOpen(r: { status: RuptureStatus }): boolean {
  return OPEN_STATUSES.includes(r.status);
}

export const FEELINGS = ['repaired', 'not_yet'] as const;
export type Feeling = (typeof FEELINGS)[number];

export interface Rupture {
  id: string;
  spaceId: string;
  authorMemberId: string;
  /** `private` until raised; a rupture marked as harm stays private for good. */
  visibility: Visibility;
  size: RuptureSize;
  kinds: RuptureKind[];
  /** Members it happened between; always includes the author. */
  involved: string[];
  topic: string | null;
  note: string | null;
  occurredAt: string;
  createdAt: string;
  status: RuptureStatus;
  /** Bumped by every change; the optimistic-concurrency token of the API. */
  version: number;
  /** Members who recognized that something happened (rule 2). */
  recognizedBy: string[];
  /** How many repair attempts (not counting breaks) have been made; responses answer a round. */
  round: number;
  /** Set during a break: the return time the other members see. */
  pausedUntil: string | null;
  /** An earlier rupture this one resembles (rule 8). */
  linkedToId: string | null;
  /** False once a later rupture was linked to this one after it was repaired: the repair did not hold. */
  repairHeld: boolean | null;
  raisedAt: string | null;
  repairedAt: string | null;
  letGoAt: string | null;
  /** When its author last changed what it says (size, kinds, topic, note, time); null if never. Earlier wording is not kept. */
  editedAt: string | null;
}

export interface Attempt {
  id: string;
  spaceId: string;
  ruptureId: string;
  memberId: string;
  kind: AttemptKind;
  message: string | null;
  /** For a break: when the member will come back. */
  returnAt: string | null;
  /** The member's latest check-in said flooded and they chose to go on (rule 6); only they see it. */
  whileFlooded: boolean;
  round: number;
  createdAt: string;
  /** When its maker last changed its message; null if never. */
  editedAt: string | null;
}

/**
 * How a member feels after repair. For a member without an account, an
 * account member records the observed reconnection: `memberId` is the
 * child, `recordedByMemberId` the parent, and `note` what they saw.
 */
export interface RepairResponse {
  id: string;
  spaceId: string;
  ruptureId: string;
  memberId: string;
  recordedByMemberId: string;
  round: number;
  feel: Feeling;
  need: string | null;
  note: string | null;
  createdAt: string;
  /** When whoever recorded it last changed its need or note; null if never. */
  editedAt: string | null;
}

export interface Checkin {
  id: string;
  spaceId: string;
  memberId: string;
  state: CheckinState;
  intensity: number;
  note: string | null;
  createdAt: string;
  /** When its member last changed the note; `null` if never. */
  editedAt: string | null;
}

export interface PositiveMoment {
  id: string;
  spaceId: string;
  authorMemberId: string;
  kind: MomentKind;
  visibility: 'private' | 'shared';
  note: string | null;
  about: string[];
  createdAt: string;
  /** When its author last changed it; everyone who sees it sees that it was edited. `null` if never. */
  editedAt: string | null;
}

export const RUPTURE_EVENT_TYPES = [
  'rupture.noted',
  'rupture.raised',
  'rupture.acknowledged',
  'rupture.recognized',
  'attempt.made',
  'break.taken',
  'response.given',
  'reconnection.recorded',
  'rupture.repaired',
  'rupture.let_go',
  'rupture.linked',
  'repair.did_not_hold',
  'member.left',
  'rupture.marked_harm',
  'rupture.edited',
] as const;
export type RuptureEventType = (typeof RUPTURE_EVENT_TYPES)[number];

/** Something that happened to a rupture: kept as history and pushed live to whoever may see the rupture. */
export interface RuptureEvent {
  type: RuptureEventType;
  spaceId: string;
  ruptureId: string;
  actorMemberId: string;
  at: string;
}
