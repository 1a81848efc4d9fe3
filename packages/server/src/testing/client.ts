import type { MemberView, SpaceView, UserView } from '@repairable/core';
import type { App } from '../app';

export interface TestResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * One person talking to the app through real HTTP semantics, in-process:
 * it keeps its session cookie between requests as a browser would.
 */
export class Person {
  /** The session cookie, `name=value`. */
  cookie: string | undefined;
  /** The known-device cookie (auth/known-device.ts), `name=value`; kept apart so a copied session is a new device. */
  device: string | undefined;
  user: UserView | undefined;
  /** When set (`http://127.0.0.1:port`), requests go over a real socket to that server instead of in-process. */
  baseUrl: string | undefined;

  constructor(readonly app: App) {}

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<TestResponse<T>> {
    const init: RequestInit = { method, headers: { ...headers } };
    const h = init.headers as Record<string, string>;
    const cookies = [this.cookie, this.device].filter((v) => v !== undefined);
    if (cookies.length > 0) h.cookie = cookies.join('; ');
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      h['content-type'] ??= 'application/json';
    } else if (method !== 'GET' && method !== 'DELETE' && method !== 'HEAD') {
      h['content-type'] ??= 'application/json';
    }
    const res = this.baseUrl ? await fetch(`${this.baseUrl}${path}`, init) : await this.app.request(path, init);
    for (const setCookie of res.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const value = /=$/.test(pair) || /Max-Age=0/i.test(setCookie) ? undefined : pair;
      if (/^(__Host-)?device=/.test(pair)) this.device = value;
      else this.cookie = value;
    }
    const text = await res.text();
    const parsed: unknown = text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = unknown>(path: string) => this.request<T>('GET', path);
  post = <T = unknown>(path: string, body?: unknown) => this.request<T>('POST', path, body);
  patch = <T = unknown>(path: string, body?: unknown) => this.request<T>('PATCH', path, body);
  delete = <T = unknown>(path: string) => this.request<T>('DELETE', path);
}

let counter = 0;

/** A signed-in person with a fresh account. */
export async function signUp(
  app: App,
  overrides: Partial<{ email: string; password: string; displayName: string }> = {},
): Promise<Person> {
  counter += 1;
  const person = new Person(app);
  const res = await person.post<{ user: UserView }>('/api/auth/register', {
    email: overrides.email ?? `person${counter}-${Date.now()}@example.org`,
    password: overrides.password ?? 'a calm and long passphrase',
    displayName: overrides.displayName ?? `Person ${counter}`,
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${JSON.stringify(res.body)}`);
  person.user = res.body.user;
  return person;
}

export async function createSpace(
  person: Person,
  overrides: Partial<{ name: string; kind: SpaceView['kind'] }> = {},
): Promise<SpaceView> {
  const res = await person.post<{ space: SpaceView }>('/api/spaces', {
    name: overrides.name ?? 'Us',
    kind: overrides.kind ?? 'couple',
  });
  if (res.status !== 201) throw new Error(`create space failed: ${res.status}`);
  return res.body.space;
}

/** Invites `guest` into `host`'s space and accepts; returns the space as the guest sees it. */
export async function joinSpace(host: Person, guest: Person, spaceId: string): Promise<SpaceView> {
  const invite = await host.post<{ token: string }>(`/api/spaces/${spaceId}/invites`);
  const res = await guest.post<{ space: SpaceView }>(`/api/invites/${invite.body.token}/accept`);
  if (res.status !== 200) throw new Error(`join failed: ${res.status}`);
  return res.body.space;
}

/**
 * Adds a member without an account (a child, say) to the space; `person`
 * must be a member. Returns the member as the space lists it.
 */
export async function addMemberWithoutAccount(
  person: Person,
  spaceId: string,
  displayName = 'Kid',
): Promise<MemberView> {
  const res = await person.post<{ member: MemberView }>(`/api/spaces/${spaceId}/members`, { displayName });
  if (res.status !== 201) throw new Error(`add member failed: ${res.status}`);
  return res.body.member;
}

export interface AnaAndBen {
  ana: Person;
  ben: Person;
  /** The space as Ana created it, before Ben joined. */
  space: SpaceView;
  /** Member ids in the space (not account ids). */
  anaId: string;
  benId: string;
  /** `/api/spaces/<id>`, where every route of the space begins. */
  base: string;
}

/**
 * The two-person space most tests start from: Ana and Ben, each signed up
 * and signed in; Ana creates a couple space and Ben joins it by invite.
 * `ben` fixes his sign-up details, for a test that signs him in again elsewhere.
 */
export async function anaAndBen(
  app: App,
  options: { ben?: Partial<{ email: string; password: string }>; kind?: SpaceView['kind'] } = {},
): Promise<AnaAndBen> {
  const ana = await signUp(app, { displayName: 'Ana' });
  const ben = await signUp(app, { ...options.ben, displayName: 'Ben' });
  const space = await createSpace(ana, options.kind ? { kind: options.kind } : {});
  const joined = await joinSpace(ana, ben, space.id);
  const anaId = space.members.find((m) => m.isMe)?.id;
  const benId = joined.members.find((m) => m.isMe)?.id;
  if (!anaId || !benId) throw new Error('Ana or Ben is missing from the space');
  return { ana, ben, space, anaId, benId, base: `/api/spaces/${space.id}` };
}
