import type {
  ApiErrorBody,
  InvitePreview,
  InviteView,
  MemberView,
  OpenInviteView,
  SessionView,
  SpaceKind,
  SpaceView,
  UserView,
} from '@repairable/core';
import { type Paged, type PageRequest, pageSearch } from './paging';
import { readRetryAfter, waitMessage } from './wait';

/** What a failed API call throws: the HTTP status and the server's stable code and readable message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** How long the server asked us to wait (a 429's Retry-After), in seconds. */
  readonly retryAfterSeconds: number | undefined;

  constructor(status: number, code: string, message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

const OFFLINE_MESSAGE = 'We could not reach Repairable. Please check your connection and try again.';
const UNEXPECTED_MESSAGE = 'Something went wrong on our side. Please try again.';

let onSessionLost: (() => void) | undefined;

/** Called when a signed-in request finds the session gone (expired, or ended from another device). */
export function setSessionLostHandler(handler: () => void): void {
  onSessionLost = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * One call to the API. `ifMatch` sends the version the caller last saw,
 * so the server answers 409 `stale_version` instead of acting on a rupture
 * that changed meanwhile.
 */
export async function request<T>(
  method: Method,
  path: string,
  body?: unknown,
  options: { ifMatch?: number } = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // The server takes state-changing requests as JSON only, bodyless ones included.
  if (method !== 'GET') headers['content-type'] = 'application/json';
  if (options.ifMatch !== undefined) headers['if-match'] = String(options.ifMatch);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      cache: 'no-store',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'network', OFFLINE_MESSAGE);
  }
  if (response.status === 204) return undefined as T;
  const payload: unknown = await response.json().catch(() => undefined);
  if (response.ok) return payload as T;
  const error = readError(response.status, payload, readRetryAfter(response.headers.get('retry-after')));
  if (error.code === 'unauthenticated' && path !== '/api/me') onSessionLost?.();
  throw error;
}

function readError(status: number, payload: unknown, retryAfterSeconds?: number): ApiError {
  const body = payload as Partial<ApiErrorBody> | undefined;
  const code = typeof body?.error?.code === 'string' ? body.error.code : 'unexpected';
  const message = typeof body?.error?.message === 'string' ? body.error.message : UNEXPECTED_MESSAGE;
  return new ApiError(status, code, message, retryAfterSeconds);
}

export const seg = encodeURIComponent;

/** The Repairable HTTP API (DESIGN.md §9), one typed function per endpoint. */
export const api = {
  register: (props: { email: string; password: string; displayName: string }) =>
    request<{ user: UserView }>('POST', '/api/auth/register', props).then((r) => r.user),
  login: (props: { email: string; password: string }) =>
    request<{ user: UserView }>('POST', '/api/auth/login', props).then((r) => r.user),
  logout: () => request<void>('POST', '/api/auth/logout'),
  me: () => request<{ user: UserView }>('GET', '/api/me').then((r) => r.user),
  /** Who is signed in, or null: 200 either way, so asking while signed out logs no failed request. */
  session: () => request<{ user: UserView | null }>('GET', '/api/auth/session').then((r) => r.user),
  sessions: (page?: PageRequest) =>
    request<{ sessions: SessionView[]; next: string | null }>('GET', `/api/auth/sessions${pageSearch(page)}`).then(
      (r): Paged<SessionView> => ({ items: r.sessions, next: r.next }),
    ),
  endSession: (sessionId: string) => request<void>('DELETE', `/api/auth/sessions/${seg(sessionId)}`),
  changePassword: (props: { currentPassword: string; newPassword: string; endOtherSessions: boolean }) =>
    request<void>('POST', '/api/auth/password', props),

  spaces: (page?: PageRequest) =>
    request<{ spaces: SpaceView[]; next: string | null }>('GET', `/api/spaces${pageSearch(page)}`).then(
      (r): Paged<SpaceView> => ({ items: r.spaces, next: r.next }),
    ),
  space: (spaceId: string) => request<{ space: SpaceView }>('GET', `/api/spaces/${seg(spaceId)}`).then((r) => r.space),
  createSpace: (props: { name: string; kind: SpaceKind }) =>
    request<{ space: SpaceView }>('POST', '/api/spaces', props).then((r) => r.space),
  /** A clearly labelled sample space with a year of made-up history; one at a time (409 demo_space_exists). */
  createDemoSpace: () => request<{ space: SpaceView }>('POST', '/api/demo-space', {}).then((r) => r.space),
  renameSpace: (spaceId: string, name: string) =>
    request<{ space: SpaceView }>('PATCH', `/api/spaces/${seg(spaceId)}`, { name }).then((r) => r.space),
  leaveSpace: (spaceId: string, options: { removeShared: boolean }) =>
    request<void>('POST', `/api/spaces/${seg(spaceId)}/leave`, options),

  addMember: (spaceId: string, displayName: string) =>
    request<{ member: MemberView }>('POST', `/api/spaces/${seg(spaceId)}/members`, { displayName }).then(
      (r) => r.member,
    ),
  renameMember: (spaceId: string, memberId: string, displayName: string) =>
    request<{ member: MemberView }>('PATCH', `/api/spaces/${seg(spaceId)}/members/${seg(memberId)}`, {
      displayName,
    }).then((r) => r.member),
  removeMember: (spaceId: string, memberId: string) =>
    request<void>('DELETE', `/api/spaces/${seg(spaceId)}/members/${seg(memberId)}`),

  createInvite: (spaceId: string) => request<InviteView>('POST', `/api/spaces/${seg(spaceId)}/invites`),
  /** The open invites are bounded by the server (20 a space), so one page holds them all. */
  listInvites: (spaceId: string) =>
    request<{ invites: OpenInviteView[] }>('GET', `/api/spaces/${seg(spaceId)}/invites`).then((r) => r.invites),
  cancelInvite: (spaceId: string, inviteId: string) =>
    request<void>('DELETE', `/api/spaces/${seg(spaceId)}/invites/${seg(inviteId)}`),
  previewInvite: (token: string) =>
    request<{ invite: InvitePreview }>('GET', `/api/invites/${seg(token)}`).then((r) => r.invite),
  acceptInvite: (token: string) =>
    request<{ space: SpaceView }>('POST', `/api/invites/${seg(token)}/accept`).then((r) => r.space),
};

/** The words to show for any error: the server's message, or a calm fallback. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return UNEXPECTED_MESSAGE;
  // A pause the server asked for says how long it is (sign-in, sign-up, password change).
  if (error.status === 429 && error.retryAfterSeconds !== undefined) return waitMessage(error.retryAfterSeconds);
  return error.message;
}
