import type { Conversation, LiveMessage } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen } from '../../testing/client';
import {
  answer,
  conversationsPath,
  readConversation,
  sendStep,
  startCheckedIn,
  startConversation,
} from '../../testing/conversations';
import { useTestContext } from '../../testing/harness';
import { useLiveServer } from '../../testing/listen';

describe('a rupture marked as harm hosts no conversation (rule 9)', () => {
  const ctx = useTestContext();
  const live = useLiveServer(ctx);

  it('ends every open conversation started from it in the same write, and Ben reads nothing of the rupture or of harm', async () => {
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    const server = await live.open();
    const logged = await ana.post<{ rupture: { id: string } }>(`${base}/ruptures`, {
      size: 'big',
      kinds: ['yelling'],
      involved: [benId],
      visibility: 'shared',
    });
    const ruptureId = logged.body.rupture.id;
    const from = { protocol: 'talk-it-through', participants: [benId], ruptureId };
    // One under way, one Ben paused, one about something else that must go on.
    let active = await startCheckedIn(ana, ben, space.id, from);
    active = await answer(ana, active, 'topic', { text: 'that night' });
    const toPause = await startConversation(ana, space.id, from);
    const paused = await ben.post<{ conversation: Conversation }>(conversationsPath(space.id, toPause.id, 'pause'), {
      until: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(paused.body.conversation.status).toBe('paused');
    const other = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId] });
    const byRupture = `${conversationsPath(space.id)}?ruptureId=${ruptureId}&status=all`;
    expect((await ben.get<{ conversations: unknown[] }>(byRupture)).body.conversations).toHaveLength(2);

    const bens = await server.connect(ben);
    expect((await ana.post(`${base}/ruptures/${ruptureId}/harm`)).status).toBe(200);
    const ended = [active, paused.body.conversation];
    await waitFor(() => ended.every((c) => bens.messages.some((m) => pushAbout(m, c.id, c.version + 1))));

    // Ben: both ended, as if someone had left them; no rupture, no reason, no word of harm or safety.
    const received: unknown[] = [bens.messages];
    for (const c of ended) {
      const read = await ben.get<{ conversation: Conversation }>(conversationsPath(space.id, c.id));
      expect(read.body.conversation).toMatchObject({ status: 'abandoned', ruptureId: null, turn: null, waitingOn: [] });
      const step = await sendStep(ben, read.body.conversation, 'topic', { text: 'still here' });
      expect(step.status).toBe(409);
      expect(step.body).toEqual({ error: { code: 'conversation_ended', message: 'This conversation has ended.' } });
      received.push(read.body, step.body);
    }
    for (const status of ['open', 'ended', 'all']) {
      received.push((await ben.get(`${conversationsPath(space.id)}?status=${status}`)).body);
    }
    const asked = await ben.get<{ conversations: unknown[] }>(byRupture);
    expect(asked.body.conversations).toEqual([]);
    received.push(asked.body);
    for (const body of received) {
      const text = JSON.stringify(body).toLowerCase();
      expect(text).not.toContain(ruptureId);
      expect(text).not.toContain('harm');
      expect(text).not.toContain('safety');
    }
    for (const m of bens.messages)
      expect(Object.keys(m).sort()).toEqual(['conversationId', 'spaceId', 'type', 'version']);
    expect((await readConversation(ben, space.id, other.id)).status).toBe('active');

    // Ana, its author, still sees where they started, and that they ended.
    for (const c of ended) {
      expect(await readConversation(ana, space.id, c.id)).toMatchObject({ status: 'abandoned', ruptureId });
    }
    // And nothing can start from it again.
    const again = await ana.post(conversationsPath(space.id), from);
    expect(again.status).toBe(409);
  });

  it('stops naming it in a weekly check-in that listed it, even where it was picked', async () => {
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    const logged = await ana.post<{ rupture: { id: string } }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['forgot'],
      involved: [benId],
      visibility: 'shared',
    });
    const ruptureId = logged.body.rupture.id;
    let c = await startCheckedIn(ana, ben, space.id, { protocol: 'weekly-check-in', participants: [benId] });
    c = await answer(ana, c, 'appreciations', { text: 'the soup' });
    c = await answer(ben, c, 'appreciations', { text: 'the walk' });
    c = await answer(ana, c, 'went-well', { text: 'Sunday' });
    if (c.stepId === 'went-well') c = await answer(ben, c, 'went-well', { text: 'Sunday too' });
    c = await answer(ana, c, 'open-ruptures', { choices: [ruptureId] });
    expect(JSON.stringify(await readConversation(ben, space.id, c.id))).toContain(ruptureId);

    expect((await ana.post(`${base}/ruptures/${ruptureId}/harm`)).status).toBe(200);
    // Not started from it, so it goes on; but it no longer names it to Ben, not even as Ana's pick.
    const bens = await readConversation(ben, space.id, c.id);
    expect(bens.status).toBe('active');
    expect(JSON.stringify(bens)).not.toContain(ruptureId);
    expect(bens.entries.find((e) => e.stepId === 'open-ruptures')?.input).toEqual({ choices: [] });
    expect(JSON.stringify(await readConversation(ana, space.id, c.id))).toContain(ruptureId);
  });
});

function pushAbout(m: LiveMessage, conversationId: string, version: number): boolean {
  return 'conversationId' in m && m.conversationId === conversationId && m.version === version;
}

async function waitFor(ready: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > until) throw new Error('not within 2 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
