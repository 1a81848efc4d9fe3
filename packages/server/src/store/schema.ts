/**
 * Table types for Kysely. Times are ISO-8601 UTC strings with milliseconds
 * (`2026-11-21T13:48:45.123Z`) on both dialects: they sort as text, compare
 * as text, and need no per-dialect parsing. Every table that belongs to a
 * space carries `space_id` so the data can later be sharded by space.
 */
import type { SpaceKind } from '@repairable/core';

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

export interface Database {
  account: AccountTable;
  session: SessionTable;
  space: SpaceTable;
  member: MemberTable;
  invite: InviteTable;
  schema_migration: MigrationTable;
}
