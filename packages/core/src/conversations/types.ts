import type { CheckinState } from '../identifiers';
import type { Feeling } from '../repair/types';

/**
 * Guided conversations (DESIGN.md §6, PROTOCOLS.md): a protocol is data, an
 * ordered list of steps; one engine (engine.ts) runs every protocol.
 */

export const PROTOCOL_IDS = [
  'talk-it-through',
  'after-incident',
  'feedback-wheel',
  'apology',
  'parent-do-over',
  'weekly-check-in',
] as const;
export type ProtocolId = (typeof PROTOCOL_IDS)[number];

export const CONVERSATION_STATUSES = ['active', 'paused', 'done', 'abandoned'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const CHILD_AGE_BANDS = ['0-2', '3-6', '7-12', '13+'] as const;
export type ChildAgeBand = (typeof CHILD_AGE_BANDS)[number];

/**
 * Who acts on a step. `speaker` and `listener` are the two roles (they swap);
 * `each` means every one who answers does so privately, and the answers are
 * revealed together once all are in; `both` means every one answers, openly.
 */
export type StepRole = 'speaker' | 'listener' | 'each' | 'both';

export interface StepOption {
  id: string;
  label: string;
}

/** What a step asks for. The matching `StepValue` is what a member submits. */
export type StepInput =
  | { kind: 'text'; maxLength: number; toneCheck: boolean; optional?: boolean }
  | {
      kind: 'choice';
      options: readonly StepOption[];
      min: number;
      max: number;
      /** The options are the conversation's `openRuptures` (weekly check-in), not `options`. */
      optionsFrom?: 'openRuptures';
    }
  | { kind: 'confirm'; options: readonly StepOption[] }
  | { kind: 'checkin' }
  | { kind: 'gate'; minimumBreakMinutes: number }
  | { kind: 'completion' };
export type StepInputKind = StepInput['kind'];

/** What a member submits for a step, by the step's input kind. */
export type StepValue =
  | { text: string }
  | { choices: string[] }
  | { choice: string; until?: string }
  | { state: CheckinState; intensity: number }
  | { choice: 'go-on' } // gate: go on now (recorded)
  | { choice: 'break'; until: string } // gate: take a break until `until` (≥ 20 minutes)
  | { feel: Feeling; need?: string };

/**
 * Where a step leads. `end` goes to the closing completion question; `swap`
 * swaps speaker and listener and goes to the protocol's `swapTo`; `pause`
 * (on a confirm option) pauses until the `until` given with the answer and
 * asks the same step again on resume.
 */
export type StepTarget = string | 'swap' | 'end' | 'pause';

export interface StepNext {
  byChoice?: Readonly<Record<string, StepTarget>>;
  to?: StepTarget;
  /** Once roles have been swapped, a `swap` from this step goes here instead (one round each). */
  afterSwap?: StepTarget;
  /** A choice step answered with nothing picked goes here. */
  ifNone?: StepTarget;
}

export interface ProtocolStep {
  /** Stable within its protocol, e.g. 'mirror', 'did-i-get-it', 'is-there-more'. */
  id: string;
  role: StepRole;
  input: StepInput;
  /**
   * What the one who acts reads. `{speaker}`, `{listener}`, `{other}` and
   * `{child}` are placeholders the app fills with names.
   */
  prompt: string;
  /** What the others read meanwhile ("{listener} is writing what they heard."). */
  waiting: string;
  /** A sentence starter or a short note beside the box. */
  hint?: string;
  next?: StepNext;
  /**
   * When one person goes on alone: `skip` the step, or make it their `own`.
   * By default a step for the person who is not there is skipped, and every
   * other step is the present person's own.
   */
  alone?: 'skip' | 'own';
  /** Skipped when the conversation has none of these (the weekly check-in's open ruptures). */
  requires?: 'openRuptures';
  /** The prompt for one who goes on alone (the other is not there to read or answer). */
  alonePrompt?: string;
}

export interface Protocol {
  id: ProtocolId;
  title: string;
  purpose: string;
  inspiredBy: string;
  /** One person can run it alone from the start. */
  alone: boolean;
  /** One account member and one member without an account (parent do-over). */
  withChild?: boolean;
  /** Every step, from the opening check-in to the closing completion question. For the parent do-over: the 3–6 band; use `protocolSteps`. */
  steps: readonly ProtocolStep[];
  /** Parent do-over: the steps of each age band. */
  stepsByBand?: Readonly<Record<ChildAgeBand, readonly ProtocolStep[]>>;
  /** Where a `swap` leads. */
  swapTo?: string;
}

export interface ProtocolSummary {
  id: ProtocolId;
  title: string;
  purpose: string;
  inspiredBy: string;
  alone: boolean;
  withChild: boolean;
}

export interface ConversationEntry {
  seq: number;
  stepId: string;
  memberId: string;
  input: StepValue;
  createdAt: string;
  /**
   * Visible to the other participants. `each` answers stay false until every
   * one who must answer has; check-ins and the break choice stay false for
   * good (one's own state is one's own). Unrevealed entries of others are
   * removed by `conversationFor`.
   */
  revealed: boolean;
}

/** A shared open rupture the weekly check-in may pick (given by the server at start). */
export interface OpenRuptureRef {
  id: string;
  summary: string;
}

export interface Conversation {
  id: string;
  spaceId: string;
  protocol: ProtocolId;
  ruptureId: string | null;
  /** Member ids, starter first. A child (member without an account) is a participant who never acts. */
  participants: string[];
  speaker: string | null;
  listener: string | null;
  /** The participant without an account (parent do-over), or null. */
  child: string | null;
  ageBand: ChildAgeBand | null;
  status: ConversationStatus;
  /** The current step. */
  stepId: string;
  /** Entries with a larger seq belong to the current visit of the current step (loops come back). */
  stepSince: number;
  /** The version when the current visit began: an answer to it may carry any version since (each/both answers race). */
  stepVersion: number;
  /** The member who acts next; null on each/both steps and once ended. */
  turn: string | null;
  /** Who has still to answer the current step (ids only, never content). */
  waitingOn: string[];
  /** True when one person goes on alone: started alone, or after "continue alone". */
  alone: boolean;
  /** Who goes on alone, when `alone`. */
  soloMember: string | null;
  /** How many times speaker and listener have swapped. */
  swaps: number;
  pausedUntil: string | null;
  pausedBy: string | null;
  /** Weekly check-in: the week's shared open ruptures, as the server gave them at start. */
  openRuptures: OpenRuptureRef[];
  entries: ConversationEntry[];
  version: number;
  startedBy: string;
  createdAt: string;
  updatedAt: string;
  endedAt: string | null;
}

/** What changed, for live pushes: never content. */
export interface ConversationEvent {
  type: 'conversation.changed';
  conversationId: string;
  spaceId: string;
  version: number;
}

export interface ConversationChange {
  conversation: Conversation;
  events: ConversationEvent[];
}

/** One closing answer, for the server to record as the linked rupture's response (rule 4). */
export interface CompletionAnswer {
  memberId: string;
  feel: Feeling;
  need: string | null;
  /** Set for a child: the parent who observed the reconnection, and what they saw. */
  observedBy: string | null;
  observed: string | null;
}
