import type { RuptureView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen } from '../../testing/client';
import {
  answer,
  readConversation,
  readRupture,
  sendStep,
  startCheckedIn,
  startConversation,
  talkItThroughToCompletion,
} from '../../testing/conversations';
import { useTestContext } from '../../testing/harness';
import { useLiveServer } from '../../testing/listen';

/** Leaving a space treats words in conversations as it treats words on ruptures. */
describe('a participant leaves the space', () => {
  const ctx = useTestContext();
  const live = useLiveServer(ctx);

  async function midway() {
    const couple = await anaAndBen(ctx().app);
    const { ana, ben, space, benId, base } = couple;
    const logged = await ana.post<{ rupture: RuptureView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['forgot'],
      involved: [benId],
      visibility: 'shared',
    });
    const ruptureId = logged.body.rupture.id;
    let c = await startCheckedIn(ana, ben, space.id, { protocol: 'talk-it-through', participants: [benId], ruptureId });
    c = await answer(ana, c, 'topic', { text: 'the car keys' });
    c = await answer(ben, c, 'ready', { choice: 'now' });
    c = await answer(ana, c, 'share', { text: 'I felt forgotten.' });
    c = await answer(ben, c, 'mirror', { text: 'Ben heard you felt forgotten.' });
    return { ...couple, c, ruptureId };
  }

  it('stops waiting on them: the one left goes on alone, hears of it, and can finish and repair', async () => {
    const { ana, ben, space, anaId, c, ruptureId } = await midway();
    const server = await live.open();
    const anas = await server.connect(ana);
    expect((await ben.post(`/api/spaces/${space.id}/leave`)).status).toBe(204);

    const now = await readConversation(ana, space.id, c.id);
    expect(now).toMatchObject({ status: 'active', alone: true, soloMember: anaId, speaker: anaId });
    await waitFor(() => anas.messages.some((m) => m.type === 'conversation.changed' && m.conversationId === c.id));
    // What Ben said stays for Ana (he did not take what he shared).
    expect(JSON.stringify(now.entries)).toContain('Ben heard you felt forgotten.');

    let mine = now;
    while (mine.status === 'active' && mine.stepId !== 'completion') {
      const step = mine.stepId;
      const input = step === 'is-there-more' ? { choice: 'thats-all' } : { text: 'My own side of it.' };
      mine = await answer(ana, mine, step, input);
    }
    mine = await answer(ana, mine, 'completion', { feel: 'repaired' });
    expect(mine.status).toBe('done');
    expect((await readRupture(ana, space.id, ruptureId)).status).toBe('repaired');
  });

  it('with "remove what I shared too", takes their words out and keeps that they answered', async () => {
    const { ana, ben, space, benId, c } = await midway();
    expect((await ben.post(`/api/spaces/${space.id}/leave`, { removeShared: true })).status).toBe(204);
    const now = await readConversation(ana, space.id, c.id);
    const bens = now.entries.filter((e) => e.memberId === benId);
    expect(bens.map((e) => [e.stepId, e.input])).toEqual([
      ['ready', { choice: 'now' }],
      ['mirror', { text: '' }],
    ]);
    expect(JSON.stringify(now)).not.toContain('Ben heard');
    // Ana's own words stay whole.
    expect(JSON.stringify(now)).toContain('I felt forgotten.');
  });

  it('takes the rupture they logged, when they take what they shared, even while the last answer arrives', async () => {
    const { ana, ben, space, anaId, base } = await anaAndBen(ctx().app);
    const logged = await ben.post<{ rupture: RuptureView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['forgot'],
      involved: [anaId],
      visibility: 'shared',
    });
    const ruptureId = logged.body.rupture.id;
    const c = await startConversation(ben, space.id, { protocol: 'talk-it-through', participants: [anaId], ruptureId });
    const atCompletion = await talkItThroughToCompletion(ben, ana, c);
    const benDone = await answer(ben, atCompletion, 'completion', { feel: 'repaired' });
    // Ana's last answer (which answers the rupture) and Ben leaving with it, at the same moment.
    const [last, left] = await Promise.all([
      sendStep(ana, benDone, 'completion', { feel: 'repaired' }),
      ben.post(`/api/spaces/${space.id}/leave`, { removeShared: true }),
    ]);
    expect([last.status, left.status]).toEqual([200, 204]);
    expect((await ana.get(`${base}/ruptures/${ruptureId}`)).status).toBe(404);
    const now = await readConversation(ana, space.id, c.id);
    expect(now).toMatchObject({ status: 'done', ruptureId: null });
  });

  it('takes their conversations with nobody else along, and leaves the shared ones to the other', async () => {
    const { ana, ben, space, c } = await midway();
    const own = await startConversation(ana, space.id, { protocol: 'apology', participants: [] });
    expect((await ana.post(`/api/spaces/${space.id}/leave`)).status).toBe(204);
    const rows = await ctx().db.selectFrom('conversation').select('id').where('space_id', '=', space.id).execute();
    expect(rows.map((r) => r.id)).toEqual([c.id]);
    expect(await readConversation(ben, space.id, c.id)).toMatchObject({ alone: true, status: 'active' });
    expect(own.id).not.toBe(c.id);
  });
});

async function waitFor(ready: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > until) throw new Error('not within 2 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
