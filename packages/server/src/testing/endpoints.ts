import { encodeCursor } from '../http/paging';

/**
 * Every API endpoint, described once for the tests that must visit all of
 * them: the authorization matrix (SECURITY.md A1) and the arbitrary-JSON
 * fuzz (I4). `endpoints.test.ts` fails when a route exists that is not
 * listed here, so a new endpoint cannot skip either.
 */

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
  /** The owner's own tiny private rupture. */
  privateRuptureId: string;
  /** Another shared rupture, to link to. */
  earlierRuptureId: string;
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
  | 'private rupture';

export interface Endpoint {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
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
const PAGE_QUERY = {
  limit: '2',
  before: encodeCursor({ at: '2030-01-01T00:00:00.000Z', id: '01900000-0000-7000-8000-000000000000' }),
};

export const ENDPOINTS: Endpoint[] = [
  { method: 'GET', template: '/api/health', access: 'public', path: () => '/api/health', okStatus: 200 },
  {
    method: 'POST',
    template: '/api/auth/register',
    access: 'public',
    path: () => '/api/auth/register',
    body: () => ({
      email: `new-${Math.random().toString(36).slice(2)}@example.org`,
      password: 'a fresh long passphrase',
      displayName: 'New person',
    }),
    okStatus: 201,
  },
  {
    method: 'POST',
    template: '/api/auth/login',
    access: 'public',
    path: () => '/api/auth/login',
    body: () => ({ email: 'nobody@example.org', password: 'not the password' }),
    okStatus: 401,
  },
  { method: 'POST', template: '/api/auth/logout', access: 'public', path: () => '/api/auth/logout', okStatus: 204 },
  { method: 'GET', template: '/api/me', access: 'account', path: () => '/api/me', okStatus: 200 },
  {
    method: 'GET',
    template: '/api/auth/sessions',
    access: 'account',
    path: () => '/api/auth/sessions',
    okStatus: 200,
    query: PAGE_QUERY,
  },
  {
    method: 'DELETE',
    template: '/api/auth/sessions/{sessionId}',
    access: 'account',
    path: (t) => `/api/auth/sessions/${t.sessionId}`,
    okStatus: 204,
    destructive: true,
  },
  {
    method: 'POST',
    template: '/api/auth/password',
    access: 'account',
    path: () => '/api/auth/password',
    body: () => ({ currentPassword: 'wrong current password', newPassword: 'another long passphrase' }),
    okStatus: 400,
  },
  {
    method: 'POST',
    template: '/api/spaces',
    access: 'account',
    path: () => '/api/spaces',
    body: () => ({ name: 'Friends', kind: 'friends' }),
    okStatus: 201,
  },
  {
    method: 'GET',
    template: '/api/spaces',
    access: 'account',
    path: () => '/api/spaces',
    okStatus: 200,
    query: PAGE_QUERY,
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}`,
    okStatus: 200,
  },
  {
    method: 'PATCH',
    template: '/api/spaces/{spaceId}',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}`,
    body: () => ({ name: 'Renamed' }),
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/members',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/members`,
    body: () => ({ displayName: 'Mia' }),
    okStatus: 201,
  },
  {
    method: 'PATCH',
    template: '/api/spaces/{spaceId}/members/{memberId}',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/members/${t.guestMemberId}`,
    body: () => ({ displayName: 'Mia B.' }),
    okStatus: 200,
  },
  {
    method: 'DELETE',
    template: '/api/spaces/{spaceId}/members/{memberId}',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/members/${t.guestMemberId}`,
    okStatus: 204,
    destructive: true,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/invites',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/invites`,
    okStatus: 201,
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/invites',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/invites`,
    okStatus: 200,
  },
  {
    method: 'DELETE',
    template: '/api/spaces/{spaceId}/invites/{inviteId}',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/invites/${t.inviteId}`,
    okStatus: 204,
    destructive: true,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/leave',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/leave`,
    okStatus: 204,
    destructive: true,
  },
  {
    method: 'GET',
    template: '/api/invites/{token}',
    access: 'invite',
    path: (t) => `/api/invites/${t.inviteToken}`,
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/invites/{token}/accept',
    access: 'invite',
    path: (t) => `/api/invites/${t.inviteToken}/accept`,
    okStatus: 200,
    destructive: true,
  },
];

const soon = () => new Date(Date.now() + 30 * 60_000).toISOString();
const rupturePath = (t: Target, id: string, action = '') => `/api/spaces/${t.spaceId}/ruptures/${id}${action}`;

ENDPOINTS.push(
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/ruptures`,
    body: () => ({ size: 'tiny', kinds: ['eye_roll'], involved: [], visibility: 'private' }),
    okStatus: 201,
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/ruptures',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/ruptures`,
    okStatus: 200,
    query: { status: 'open', ...PAGE_QUERY },
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}',
    access: 'shared rupture',
    path: (t) => rupturePath(t, t.ruptureId),
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/raise',
    access: 'private rupture',
    path: (t) => rupturePath(t, t.privateRuptureId, '/raise'),
    okStatus: 200,
    destructive: true,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/acknowledge',
    access: 'shared rupture',
    path: (t) => rupturePath(t, t.ruptureId, '/acknowledge'),
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/let-go',
    access: 'private rupture',
    path: (t) => rupturePath(t, t.privateRuptureId, '/let-go'),
    okStatus: 200,
    destructive: true,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/attempts',
    access: 'shared rupture',
    path: (t) => rupturePath(t, t.ruptureId, '/attempts'),
    body: () => ({ kind: 'apology', message: 'I am sorry.' }),
    okStatus: 201,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/responses',
    access: 'shared rupture',
    path: (t) => rupturePath(t, t.ruptureId, '/responses'),
    body: () => ({ feel: 'not_yet', need: 'a little time' }),
    okStatus: 201,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/reconnected',
    access: 'shared rupture',
    path: (t) => rupturePath(t, t.ruptureId, '/reconnected'),
    body: (t) => ({ memberId: t.guestMemberId, note: 'came back to play' }),
    okStatus: 201,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/break',
    access: 'shared rupture',
    path: (t) => rupturePath(t, t.ruptureId, '/break'),
    body: () => ({ returnAt: soon() }),
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/link',
    access: 'shared rupture',
    path: (t) => rupturePath(t, t.ruptureId, '/link'),
    body: (t) => ({ earlierId: t.earlierRuptureId }),
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/ruptures/{ruptureId}/reminder',
    access: 'shared rupture',
    path: (t) => rupturePath(t, t.ruptureId, '/reminder'),
    body: () => ({ snoozeUntil: null }),
    okStatus: 204,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/moments',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/moments`,
    body: () => ({ kind: 'appreciation', visibility: 'shared', note: 'Thank you for dinner.' }),
    okStatus: 201,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/checkins',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/checkins`,
    body: () => ({ state: 'activated', intensity: 4 }),
    okStatus: 201,
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/regulation',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/regulation`,
    okStatus: 200,
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/timeline',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/timeline`,
    okStatus: 200,
    query: PAGE_QUERY,
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/reminders',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/reminders`,
    okStatus: 200,
  },
);
