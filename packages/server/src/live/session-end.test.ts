import { DURATIONS, type LiveMessage, type SessionView } from '@repairable/core';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { anaAndBen, Person } from '../testing/client';
import { useTestContext } from '../testing/harness';
import { listen } from '../testing/listen';

const PASSWORD = 'a calm and long passphrase';

interface Listener {
  socket: WebSocket;
  received: LiveMessage[];
  closed: Promise<number>;
}

/**
 * SECURITY.md R6: a socket lives no longer than its session. Ending a
 * session (signing out, ending it from another device, a password change
 * that ends the others) closes its sockets at once, before another push can
 * reach them; the sweep closes the sockets of sessions that expired or sat
 * idle, by the same rule requests are held to.
 */
describe('sockets end with their session (R6)', () => {
  const ctx = useTestContext();
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  let url: string | undefined;
  async function serverUrl(): Promise<string> {
    if (url) return url;
    const s = await listen(ctx());
    cleanup.push(async () => {
      url = undefined;
      await s.close();
    });
    url = s.url;
    return url;
  }

  async function connect(person: Person): Promise<Listener> {
    const base = await serverUrl();
    const socket = new WebSocket(`${base.replace('http', 'ws')}/api/live`, {
      headers: { cookie: person.cookie ?? '' },
    });
    cleanup.push(() => socket.terminate());
    const received: LiveMessage[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data)) as LiveMessage));
    // The close code, or 0 if the server has not closed it within 3 s.
    const closed = new Promise<number>((resolve) => {
      socket.once('close', (code) => resolve(code));
      setTimeout(() => resolve(0), 3_000).unref();
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    return { socket, received, closed };
  }

  /** Ana, and Ben on two devices (two sessions), in one space. */
  async function couple() {
    const email = `ben-${Date.now()}@example.org`;
    const { ana, ben, benId, base } = await anaAndBen(ctx().app, { ben: { email, password: PASSWORD } });
    const benLaptop = new Person(ctx().app);
    expect((await benLaptop.post('/api/auth/login', { email, password: PASSWORD })).status).toBe(200);
    const share = () =>
      ana.post(`${base}/ruptures`, {
        size: 'small',
        kinds: ['harsh_words'],
        involved: [benId],
        visibility: 'shared',
      });
    return { ana, ben, benLaptop, share };
  }

  /** Ben's phone hears a change Ana makes after the session ended; the ended one must not. */
  async function expectOnlyPhoneHears(phone: Listener, ended: Listener, share: () => Promise<unknown>) {
    await share();
    await expect.poll(() => phone.received.map((m) => m.type)).toContain('rupture.noted');
    expect(ended.received).toEqual([]);
  }

  it('closes the socket at sign-out, before the next push', async () => {
    const { ben, benLaptop, share } = await couple();
    const phone = await connect(ben);
    const laptop = await connect(benLaptop);
    const before = ctx().live.hub.size;
    expect((await benLaptop.post('/api/auth/logout')).status).toBe(204);
    // Out of the fan-out by the time the sign-out is answered, with no sweep.
    expect(ctx().live.hub.size).toBe(before - 1);
    expect(await laptop.closed).toBe(4401);
    await expectOnlyPhoneHears(phone, laptop, share);
  });

  it('closes the socket of a session ended from another device', async () => {
    const { ben, benLaptop, share } = await couple();
    const phone = await connect(ben);
    const laptop = await connect(benLaptop);
    const listed = await ben.get<{ sessions: SessionView[] }>('/api/auth/sessions');
    const other = listed.body.sessions.find((s) => !s.current);
    expect(other).toBeDefined();
    expect((await ben.delete(`/api/auth/sessions/${other?.id}`)).status).toBe(204);
    expect(await laptop.closed).toBe(4401);
    await expectOnlyPhoneHears(phone, laptop, share);
  });

  it('closes the sockets of the other sessions when a password change ends them', async () => {
    const { ben, benLaptop, share } = await couple();
    const phone = await connect(ben);
    const laptop = await connect(benLaptop);
    const changed = await ben.post('/api/auth/password', {
      currentPassword: PASSWORD,
      newPassword: 'another calm and long passphrase',
      endOtherSessions: true,
    });
    expect(changed.status).toBe(204);
    expect(await laptop.closed).toBe(4401);
    expect(phone.socket.readyState).toBe(WebSocket.OPEN);
    await expectOnlyPhoneHears(phone, laptop, share);
  });

  it('closes, at the sweep, the socket of a session idle for 14 days, and keeps one in use', async () => {
    const { ana, ben } = await couple();
    const anas = await connect(ana);
    const bens = await connect(ben);
    const clock = ctx().clock;
    clock.advance(DURATIONS.sessionIdle - 24 * 60 * 60 * 1000);
    // Ana uses the app a day before Ben's fourteen idle days are up; Ben does not.
    expect((await ana.get('/api/me')).status).toBe(200);
    clock.advance(24 * 60 * 60 * 1000 + 2 * 60 * 1000);
    await ctx().live.sweep();
    expect(await bens.closed).toBe(4401);
    expect(anas.socket.readyState).toBe(WebSocket.OPEN);
    expect(ctx().live.hub.size).toBe(1);
  });
});
