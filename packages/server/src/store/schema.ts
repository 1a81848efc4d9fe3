/**
 * Table types for Kysely. Times are ISO-8601 UTC strings with milliseconds
 * (`2026-11-21T13:48:45.123Z`) on both dialects: they sort as text, compare
 * as text, and need no per-dialect parsing. Every table that belongs to a
 * space carries `space_id` so the data can later be sharded by space.
 */

import type {
  AttemptKind,
  CheckinState,
  Feeling,
  MomentKind,
  RuptureEventType,
  RuptureSize,
  RuptureStatus,
  SpaceKind,
  Visibility,
} from '@repairable/core';
import type { ColumnType } from 'kysely';

export interface AccountTable {
  id: string;
  email: string;
  password_hash: string;
  display_name: string;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  account_id: string;
  /** SHA-256 of the cookie token; the token itself is never stored. */
  token_hash: string;
  device: string;
  created_at: string;
  last_used_at: string;
  /** The absolute end; idle expiry is computed from `last_used_at`. */
  expires_at: string;
}

export interface SpaceTable {
  id: string;
  name: string;
  kind: SpaceKind;
  created_at: string;
  /** A sample space (migration 0012); 0 for every other, the default. */
  sample: ColumnType<Flag, Flag | undefined, Flag>;
}

export interface MemberTable {
  id: string;
  space_id: string;
  /** Null for a member without an account, and for one who left. */
  account_id: string | null;
  display_name: string;
  created_at: string;
  left_at: string | null;
}

export interface InviteTable {
  id: string;
  space_id: string;
  token_hash: string;
  created_by_member_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface MigrationTable {
  name: string;
  applied_at: string;
}

/** Booleans are 0/1 integers on both dialects. */
type Flag = 0 | 1;

export interface RuptureTable {
  id: string;
  space_id: string;
  author_member_id: string;
  visibility: Visibility;
  harm: Flag;
  size: RuptureSize;
  /** JSON array of rupture kinds. */
  kinds: string;
  topic: string | null;
  note: string | null;
  occurred_at: string;
  created_at: string;
  status: RuptureStatus;
  version: number;
  /** JSON array of member ids. */
  recognized_by: string;
  round: number;
  paused_until: string | null;
  linked_to_id: string | null;
  repair_held: Flag | null;
  raised_at: string | null;
  repaired_at: string | null;
  let_go_at: string | null;
  edited_at: string | null;
}

export interface RuptureInvolvementTable {
  space_id: string;
  rupture_id: string;
  member_id: string;
}

export interface AttemptTable {
  id: string;
  space_id: string;
  rupture_id: string;
  member_id: string;
  kind: AttemptKind;
  message: string | null;
  return_at: string | null;
  while_flooded: Flag;
  round: number;
  created_at: string;
  edited_at: string | null;
}

export interface RepairResponseTable {
  id: string;
  space_id: string;
  rupture_id: string;
  member_id: string;
  recorded_by_member_id: string;
  round: number;
  feel: Feeling;
  need: string | null;
  note: string | null;
  created_at: string;
  edited_at: string | null;
}

export interface CheckinTable {
  id: string;
  space_id: string;
  member_id: string;
  state: CheckinState;
  intensity: number;
  note: string | null;
  created_at: string;
  edited_at: string | null;
}

export interface MomentTable {
  id: string;
  space_id: string;
  author_member_id: string;
  kind: MomentKind;
  visibility: Visibility;
  note: string | null;
  /** JSON array of member ids. */
  about: string;
  created_at: string;
  edited_at: string | null;
}

export interface RuptureEventTable {
  id: string;
  space_id: string;
  rupture_id: string;
  type: RuptureEventType;
  actor_member_id: string;
  at: string;
}

export interface ReminderStateTable {
  space_id: string;
  rupture_id: string;
  member_id: string;
  shown: number;
  snoozed_until: string | null;
}

export interface IdempotencyKeyTable {
  account_id: string;
  key: string;
  /** Method, path and body hash of the first request: a reused key with another request is refused. */
  fingerprint: string;
  /** 0 while the first request is still running. */
  status: number;
  body: string | null;
  /** The space the request was about, if any: leaving it removes the answer, and only its members may replay it. */
  space_id: string | null;
  created_at: string;
}

/** One back-off bucket (auth/throttle.ts). `key` is a hash; nothing here names a person or an address. */
export interface ThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
  /** After this a quiet bucket counts as empty and may be pruned. */
  forget_at: string;
}

/** P5: the account's view puts safety first since `since` (a row exists only then). */
export interface SafetyScreenTable {
  account_id: string;
  since: string;
}

/** A browser that has signed in to this account before: the cookie token's SHA-256 only. */
export interface KnownDeviceTable {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: string;
  last_used_at: string;
}

/** A guided conversation (migration 0014); `state` is the core engine's state as JSON. */
export interface ConversationTable {
  id: string;
  space_id: string;
  protocol: string;
  rupture_id: string | null;
  status: string;
  version: number;
  started_by: string;
  state: string;
  created_at: string;
  updated_at: string;
  ended_at: string | null;
}

/** Who takes part in a conversation, starter first (`position`). */
export interface ConversationParticipantTable {
  space_id: string;
  conversation_id: string;
  member_id: string;
  position: number;
}

/** One step answered: what the person gave (JSON, whole), and the version it was sent against. */
export interface ConversationEntryTable {
  space_id: string;
  conversation_id: string;
  seq: number;
  step_id: string;
  member_id: string;
  input: string;
  revealed: Flag;
  based_on: number;
  created_at: string;
}

export interface Database {
  account: AccountTable;
  session: SessionTable;
  space: SpaceTable;
  member: MemberTable;
  invite: InviteTable;
  rupture: RuptureTable;
  rupture_involvement: RuptureInvolvementTable;
  attempt: AttemptTable;
  repair_response: RepairResponseTable;
  checkin: CheckinTable;
  moment: MomentTable;
  rupture_event: RuptureEventTable;
  reminder_state: ReminderStateTable;
  idempotency_key: IdempotencyKeyTable;
  throttle: ThrottleTable;
  known_device: KnownDeviceTable;
  safety_screen: SafetyScreenTable;
  conversation: ConversationTable;
  conversation_participant: ConversationParticipantTable;
  conversation_entry: ConversationEntryTable;
  schema_migration: MigrationTable;
}
