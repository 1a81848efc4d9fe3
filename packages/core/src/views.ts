/**
 * The shapes the HTTP API returns (DESIGN.md §9). The server's presenters
 * produce exactly these; the web app consumes them. Nothing here is a
 * database row.
 */
import type { SpaceKind } from './identifiers';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
}

export interface SessionView {
  id: string;
  /** A coarse device label such as "Chrome on Android"; never an address. */
  device: string;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
}

export interface MemberView {
  id: string;
  displayName: string;
  hasAccount: boolean;
  isMe: boolean;
}

export interface SpaceView {
  id: string;
  name: string;
  kind: SpaceKind;
  createdAt: string;
  members: MemberView[];
}

export interface InviteView {
  token: string;
  /** The path a person opens to join, e.g. `/join/<token>`. */
  path: string;
  expiresAt: string;
}

/** What someone holding an invite link may learn before accepting it. */
export interface InvitePreview {
  spaceName: string;
  spaceKind: SpaceKind;
  invitedBy: string;
  expiresAt: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}
