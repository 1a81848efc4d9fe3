import type { Conversation, SpaceView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, joinSpace, type Person, signUp } from '../../testing/client';
import { answer, calm, conversationsPath, startConversation } from '../../testing/conversations';
import { useTestContext } from '../../testing/harness';

/**
 * "Needs you" knows a guided conversation waits on you (issue 10): your
 * turn, or your private answer still to give; participants only; gone once
 * you have answered, and while it is paused.
 */
describe('attention: a conversation waiting on you', () => {
  const ctx = useTestContext();

  /** The attention in the spaces list and in the space view, which must agree, and both bodies as read. */
  async function attentionOf(person: Person, base: string) {
    const list = await person.get<{ spaces: SpaceView[] }>('/api/spaces');
    const view = await person.get<{ space: SpaceView }>(base);
    expect(list.body.spaces[0]?.attention).toEqual(view.body.space.attention);
    return { attention: view.body.space.attention, bodies: JSON.stringify([list.body, view.body]) };
  }
  const waiting = async (person: Person, base: string) => (await attentionOf(person, base)).attention.conversation;

  it('counts it for the participant whose step it is, never for another member, and drops it once answered', async () => {
    const { ana, ben, space, anaId, benId, base } = await anaAndBen(ctx().app);
    const cy = await signUp(ctx().app, { displayName: 'Cy' });
    await joinSpace(ana, cy, space.id);
    expect(await waiting(ben, base)).toBeNull();

    let c = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId] });
    // Both check in privately: it waits on each, named by the other.
    expect(await waiting(ben, base)).toEqual({ conversationId: c.id, withMemberId: anaId });
    expect(await waiting(ana, base)).toEqual({ conversationId: c.id, withMemberId: benId });
    // Cy is in the space, not in the conversation: nothing of it reaches him.
    const cys = await attentionOf(cy, base);
    expect(cys.attention).toEqual({ needsYou: null, breaks: [], conversation: null });
    expect(cys.bodies).not.toContain(c.id);

    c = await answer(ana, c, 'check-in', calm);
    expect(await waiting(ana, base)).toBeNull();
    expect(await waiting(ben, base)).toEqual({ conversationId: c.id, withMemberId: anaId });
    c = await answer(ben, c, 'check-in', calm);
    // Ana names the topic now: her turn alone.
    expect(c).toMatchObject({ stepId: 'topic', turn: anaId });
    expect(await waiting(ben, base)).toBeNull();
    expect(await waiting(ana, base)).toEqual({ conversationId: c.id, withMemberId: benId });
    c = await answer(ana, c, 'topic', { text: 'the weekend plans' });
    expect(await waiting(ana, base)).toBeNull();
    expect(await waiting(ben, base)).toEqual({ conversationId: c.id, withMemberId: anaId });
    // No words of it, ever, in what "needs you" carries.
    expect((await attentionOf(ben, base)).bodies).not.toContain('weekend');

    // Paused, it asks nothing of anyone; ended, nothing either.
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const paused = await ben.post<{ conversation: Conversation }>(conversationsPath(space.id, c.id, 'pause'), {
      until,
    });
    expect(paused.status).toBe(200);
    expect(await waiting(ben, base)).toBeNull();
    expect(await waiting(ana, base)).toBeNull();
    expect((await ben.post(conversationsPath(space.id, c.id, 'abandon'))).status).toBe(200);
    for (const p of [ana, ben, cy]) expect(await waiting(p, base)).toBeNull();
  });

  it('says a rupture talked through in it once, as the conversation, and names it again once that ended', async () => {
    const { ana, ben, space, anaId, benId, base } = await anaAndBen(ctx().app);
    const logged = await ana.post<{ rupture: { id: string } }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['missed_bid'],
      involved: [benId],
      visibility: 'shared',
    });
    const ruptureId = logged.body.rupture.id;
    expect((await ben.post(`${base}/ruptures/${ruptureId}/acknowledge`)).status).toBe(200);
    const c = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId], ruptureId });
    // Starting it reached toward Ben (an attempt): one line for him, the conversation.
    expect((await attentionOf(ben, base)).attention).toMatchObject({
      needsYou: null,
      conversation: { conversationId: c.id, withMemberId: anaId },
    });
    expect((await ben.post(conversationsPath(space.id, c.id, 'abandon'))).status).toBe(200);
    expect((await attentionOf(ben, base)).attention).toMatchObject({
      needsYou: { ruptureId, reason: 'reached', byMemberId: anaId },
      conversation: null,
    });
  });

  it('leaves one gone through alone at its own pace: it waits on nobody', async () => {
    const { ben, space, base } = await anaAndBen(ctx().app);
    const benId = (await ben.get<{ space: SpaceView }>(base)).body.space.members.find((m) => m.isMe)?.id ?? '';
    const c = await startConversation(ben, space.id, { protocol: 'apology', participants: [benId] });
    expect(c.waitingOn).toEqual([benId]);
    expect(await waiting(ben, base)).toBeNull();
  });
});
