import type { RuptureView, SpaceView } from '@repairable/core';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addMemberWithoutAccount, anaAndBen, type Person, signUp } from '../testing/client';
import { useTestContext } from '../testing/harness';
import { listen } from '../testing/listen';
import { connectLive, type Listener } from '../testing/live-socket';

describe('live updates over /api/live', () => {
  const ctx = useTestContext();
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    // Sockets first: closing a server waits for its open connections.
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  async function server() {
    const s = await listen(ctx());
    cleanup.push(() => s.close());
    return s;
  }

  function connect(url: string, person: Person | undefined, headers: Record<string, string> = {}): Promise<Listener> {
    return connectLive(url, person, cleanup, headers);
  }

  it("pushes a change to the other member's open socket, without content", async () => {
    const { url } = await server();
    const { ana, ben, space, benId } = await anaAndBen(ctx().app);
    const bens = await connect(url, ben);
    const created = await ana.post<{ rupture: RuptureView }>(`/api/spaces/${space.id}/ruptures`, {
      size: 'small',
      kinds: ['harsh_words'],
      involved: [benId],
      visibility: 'shared',
      note: 'You said I never listen',
    });
    const message = await bens.next();
    expect(message).toEqual({
      type: 'rupture.noted',
      spaceId: space.id,
      ruptureId: created.body.rupture.id,
      version: 1,
    });
    expect(JSON.stringify(message)).not.toContain('listen');
    expect((await bens.next()).type).toBe('rupture.raised');

    await ben.post(`/api/spaces/${space.id}/ruptures/${created.body.rupture.id}/acknowledge`);
    const anas = await connect(url, ana);
    await ben.post(`/api/spaces/${space.id}/ruptures/${created.body.rupture.id}/attempts`, { kind: 'apology' });
    expect(await anas.next()).toMatchObject({ type: 'attempt.made', ruptureId: created.body.rupture.id });
  });

  it('never sends a private or harmful rupture, or anything, to others or outsiders (A2, P2)', async () => {
    const { url } = await server();
    const { ana, ben, space, benId } = await anaAndBen(ctx().app);
    const outsider = await signUp(ctx().app);
    const bens = await connect(url, ben);
    const outsiders = await connect(url, outsider);
    const anas = await connect(url, ana);
    for (const body of [
      { size: 'tiny', kinds: ['eye_roll'], involved: [benId], visibility: 'private' },
      { size: 'big', kinds: ['harm'], involved: [benId], visibility: 'shared' },
    ]) {
      await ana.post(`/api/spaces/${space.id}/ruptures`, body);
    }
    await ana.post(`/api/spaces/${space.id}/checkins`, { state: 'activated', intensity: 8 });
    await ana.post(`/api/spaces/${space.id}/moments`, { kind: 'gratitude', visibility: 'private' });
    // The author hears of her own changes (other devices); nobody else hears anything.
    expect((await anas.next()).type).toBe('rupture.noted');
    await new Promise((r) => setTimeout(r, 200));
    expect(bens.messages).toEqual([]);
    expect(outsiders.messages).toEqual([]);
  });

  it('accepts a socket from its own origin, as a browser sends it', async () => {
    const { url } = await server();
    const ana = await signUp(ctx().app);
    const anas = await connect(url, ana, { origin: url });
    expect(anas.socket.readyState).toBe(WebSocket.OPEN);
  });

  it("never pushes news of someone's private rupture through a link (A2, A4)", async () => {
    const { url } = await server();
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    const kid = await addMemberWithoutAccount(ana, space.id);
    // Ana's own private rupture with the child, repaired alone.
    const hidden = await ana.post<{ rupture: RuptureView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['yelling'],
      involved: [kid.id],
      visibility: 'private',
      topic: 'bedtime',
    });
    const hiddenPath = `${base}/ruptures/${hidden.body.rupture.id}`;
    await ana.post(`${hiddenPath}/attempts`, { kind: 'do_over' });
    await ana.post(`${hiddenPath}/reconnected`, { memberId: kid.id });
    await ana.post(`${hiddenPath}/responses`, { feel: 'repaired' });
    // A shared rupture with Ben, repaired together.
    const together = await ana.post<{ rupture: RuptureView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['criticism'],
      involved: [benId],
      visibility: 'shared',
      topic: 'bedtime',
    });
    const togetherPath = `${base}/ruptures/${together.body.rupture.id}`;
    await ana.post(`${togetherPath}/attempts`, { kind: 'apology' });
    await ana.post(`${togetherPath}/responses`, { feel: 'repaired' });
    await ben.post(`${togetherPath}/responses`, { feel: 'repaired' });
    // A new one Ana keeps to herself for now.
    const newer = await ana.post<{ rupture: RuptureView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['criticism'],
      involved: [benId],
      visibility: 'private',
      topic: 'bedtime',
    });
    const newerPath = `${base}/ruptures/${newer.body.rupture.id}`;
    const bens = await connect(url, ben);
    const anas = await connect(url, ana);

    // The shared one cannot be linked to Ana's private one: Ben could not see it.
    expect((await ana.post(`${togetherPath}/link`, { earlierId: hidden.body.rupture.id })).status).toBe(409);
    // Ana's private one may point at the shared one, but Ben hears nothing until she raises it.
    expect((await ana.post(`${newerPath}/link`, { earlierId: together.body.rupture.id })).status).toBe(200);
    expect(await anas.next()).toMatchObject({ type: 'rupture.linked', ruptureId: newer.body.rupture.id });
    await new Promise((r) => setTimeout(r, 200));
    expect(bens.messages).toEqual([]);
    expect((await ben.get<{ rupture: RuptureView }>(togetherPath)).body.rupture.repairHeld).not.toBe(false);

    // Once raised, Ben sees the new rupture, and with it why the earlier repair did not hold.
    expect((await ana.post(`${newerPath}/raise`)).status).toBe(200);
    const heard = [await bens.next(), await bens.next()];
    expect(heard.map((m) => m.type).sort()).toEqual(['repair.did_not_hold', 'rupture.raised']);
    expect(heard.find((m) => m.type === 'repair.did_not_hold')?.ruptureId).toBe(together.body.rupture.id);
    expect((await ben.get<{ rupture: RuptureView }>(togetherPath)).body.rupture.repairHeld).toBe(false);
    expect(JSON.stringify(bens.messages)).not.toContain(hidden.body.rupture.id);
  });

  it('refuses a socket without a session, or from another origin', async () => {
    const { url } = await server();
    const ana = await signUp(ctx().app);
    await expect(connect(url, undefined)).rejects.toThrow('upgrade refused: 401');
    await expect(connect(url, ana, { origin: 'https://evil.example' })).rejects.toThrow('upgrade refused: 403');
    await expect(connect(url, ana, { origin: url.replace('127.0.0.1', 'localhost') })).rejects.toThrow(
      'upgrade refused: 403',
    );
  });

  it('closes the socket of a session that ended', async () => {
    const { url } = await server();
    const ana = await signUp(ctx().app);
    const anas = await connect(url, ana);
    const closed = new Promise<number>((resolve) => anas.socket.once('close', (code) => resolve(code)));
    await ana.post('/api/auth/logout');
    await ctx().live.hub.sweep(async () => false);
    expect(await closed).toBe(4401);
    await expect.poll(() => ctx().live.hub.size).toBe(0);
  });

  it('keeps no presence: what a client sends changes nothing and is never relayed', async () => {
    const { url } = await server();
    const { ana, ben } = await anaAndBen(ctx().app);
    const anas = await connect(url, ana);
    const bens = await connect(url, ben);
    anas.socket.send(JSON.stringify({ type: 'typing', spaceId: 'x' }));
    await new Promise((r) => setTimeout(r, 200));
    expect(bens.messages).toEqual([]);
  });

  it('lists spaces as before (the socket route does not shadow the API)', async () => {
    const { ana } = await anaAndBen(ctx().app);
    expect((await ana.get<{ spaces: SpaceView[] }>('/api/spaces')).body.spaces).toHaveLength(1);
  });
});
