import { encodeCursor } from '../http/paging';

/** The shape of the endpoint catalogue (`endpoints.ts`): what each entry says about one route. */

/** The ids a request is aimed at; each test fills them from its own world. */
export interface Target {
  spaceId: string;
  memberId: string;
  guestMemberId: string;
  sessionId: string;
  inviteToken: string;
  /** The open invite behind `inviteToken`, as the invite list names it. */
  inviteId: string;
  /** Raised by the owner, involving the other member and the member without an account; it has one attempt. */
  ruptureId: string;
  /** The owner's attempt on `ruptureId`. */
  attemptId: string;
  /** The reconnection the owner recorded for the member without an account on `ruptureId`. */
  responseId: string;
  /** The owner's own tiny private rupture. */
  privateRuptureId: string;
  /** Another shared rupture, to link to. */
  earlierRuptureId: string;
  /** The owner's shared positive moment. */
  momentId: string;
  /** The owner's own check-in. */
  checkinId: string;
  /** The owner's guided conversation, with nobody else (an apology of their own), at its first step. */
  conversationId: string;
  /** Its current step and version, for a step that passes validation. */
  conversationStepId: string;
  conversationVersion: number;
}

export type Access =
  /** Anyone, signed in or not. */
  | 'public'
  /** Any signed-in person; acts on their own account only. */
  | 'account'
  /** Current members of the target space; everyone else gets 404. */
  | 'member'
  /** Holders of the invite link. */
  | 'invite'
  /** Members who may see the shared rupture: its author and the members it involves. */
  | 'shared rupture'
  /** Only the author of the private rupture. */
  | 'private rupture'
  /**
   * Something shared that the owner wrote (a moment, a rupture, their words on
   * one): the owner may change it; the other member sees it and is refused
   * (409 `only_author`); anyone else: 404.
   */
  | 'own shared entry'
  /** The check-in: its member's alone; everyone else gets 404. */
  | 'own check-in'
  /** A guided conversation: its participants' alone (here the owner's); every other member too gets 404. */
  | 'own conversation';

export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The OpenAPI path template, e.g. `/api/spaces/{spaceId}`. */
  template: string;
  access: Access;
  path(t: Target): string;
  /** A body that passes validation; omitted for bodyless endpoints. */
  body?: (t: Target) => unknown;
  /** The status a permitted caller gets with `body`. */
  okStatus: number;
  /** True when a successful call consumes or destroys its target, so each matrix cell needs a fresh world. */
  destructive?: boolean;
  /** Query fields that pass validation, so the fuzz test aims wrong values at the real names. */
  query?: Record<string, string>;
}

/** Paging fields every paginated list takes; any (time, id) makes a well-formed cursor. */
export const PAGE_QUERY = {
  limit: '2',
  before: encodeCursor({ at: '2030-01-01T00:00:00.000Z', id: '01900000-0000-7000-8000-000000000000' }),
};
