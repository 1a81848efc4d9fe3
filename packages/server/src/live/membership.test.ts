import type { LiveMessage } from '@repairable/core';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { addMemberWithoutAccount, createSpace, joinSpace, type Person, signUp } from '../testing/client';
import { useTestContext } from '../testing/harness';
import { listen } from '../testing/listen';

/** Joins and leaves update live (issue 8): the space's other members hear `{type, spaceId}` and nothing more. */
describe('live: someone joins or leaves a space', () => {
  const ctx = useTestContext();
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const fn of cleanup.splice(0).reverse()) await fn();
  });

  /** Every frame a person's socket receives, as it arrives. */
  async function frames(url: string, person: Person): Promise<LiveMessage[]> {
    const socket = new WebSocket(`${url.replace('http', 'ws')}/api/live`, { headers: { cookie: person.cookie ?? '' } });
    cleanup.push(() => socket.close());
    const received: LiveMessage[] = [];
    socket.on('message', (data) => received.push(JSON.parse(String(data)) as LiveMessage));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    return received;
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 150));

  it('tells the members when someone joins, leaves or is removed, and tells nobody outside', async () => {
    const s = await listen(ctx());
    cleanup.push(() => s.close());
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const outsider = await signUp(ctx().app, { displayName: 'Olu' });
    const space = await createSpace(ana);
    const anas = await frames(s.url, ana);
    const outsiders = await frames(s.url, outsider);

    await joinSpace(ana, ben, space.id);
    await settle();
    expect(anas).toEqual([{ type: 'member.joined', spaceId: space.id }]);

    const bens = await frames(s.url, ben);
    const kid = await addMemberWithoutAccount(ana, space.id, 'Mia');
    expect((await ana.delete(`/api/spaces/${space.id}/members/${kid.id}`)).status).toBe(204);
    await settle();
    expect(bens).toEqual([{ type: 'member.left', spaceId: space.id }]);

    expect((await ben.post(`/api/spaces/${space.id}/leave`)).status).toBe(204);
    await settle();
    expect(anas.slice(1)).toEqual([
      { type: 'member.left', spaceId: space.id },
      { type: 'member.left', spaceId: space.id },
    ]);
    expect(outsiders).toEqual([]);
    // Only that something changed: no names, no ids of people.
    expect(JSON.stringify(anas)).not.toMatch(/Ben|Mia|memberId|accountId/);
  });

  it('says nothing when someone already in the space opens a link again', async () => {
    const s = await listen(ctx());
    cleanup.push(() => s.close());
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const space = await createSpace(ana);
    await joinSpace(ana, ben, space.id);
    const anas = await frames(s.url, ana);
    await joinSpace(ana, ben, space.id);
    await settle();
    expect(anas).toEqual([]);
  });
});
