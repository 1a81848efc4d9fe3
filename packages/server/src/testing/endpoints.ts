import { CONVERSATION_ENDPOINTS } from './conversation-endpoints';
import { type Endpoint, PAGE_QUERY } from './endpoint-types';
import { MOMENT_EDITING_ENDPOINTS } from './moment-endpoints';
import { REPAIR_ENDPOINTS } from './repair-endpoints';

export type { Access, Endpoint, Target } from './endpoint-types';

/** Health, sign-in and sessions, spaces and members, invites. */
const ACCOUNT_AND_SPACE_ENDPOINTS: Endpoint[] = [
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
  { method: 'GET', template: '/api/auth/session', access: 'public', path: () => '/api/auth/session', okStatus: 200 },
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
    method: 'POST',
    template: '/api/demo-space',
    access: 'account',
    path: () => '/api/demo-space',
    body: () => ({ kind: 'parent_child' }),
    okStatus: 201,
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
    template: '/api/safety/resources',
    access: 'public',
    path: () => '/api/safety/resources',
    okStatus: 200,
  },
  { method: 'GET', template: '/api/safety/screen', access: 'account', path: () => '/api/safety/screen', okStatus: 200 },
  {
    method: 'PUT',
    template: '/api/safety/screen',
    access: 'account',
    path: () => '/api/safety/screen',
    body: () => ({ afraid: 'no', hurt: 'not_sure', threatened: 'no', controlled: 'yes' }),
    okStatus: 200,
  },
  {
    method: 'DELETE',
    template: '/api/safety/screen',
    access: 'account',
    path: () => '/api/safety/screen',
    okStatus: 204,
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

/**
 * Every API endpoint, described once for the tests that must visit all of
 * them: the authorization matrix (SECURITY.md A1) and the arbitrary-JSON
 * fuzz (I4). `endpoints.test.ts` fails when a route exists that is not
 * listed here, so a new endpoint cannot skip either.
 */
export const ENDPOINTS: Endpoint[] = [
  ...ACCOUNT_AND_SPACE_ENDPOINTS,
  ...REPAIR_ENDPOINTS,
  ...MOMENT_EDITING_ENDPOINTS,
  ...CONVERSATION_ENDPOINTS,
];
