import type { Conversation } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, createSpace, joinSpace, signUp } from '../../testing/client';
import { answer, conversationsPath, readConversation, sendStep, startConversation } from '../../testing/conversations';
import { useTestContext } from '../../testing/harness';
import { useLiveServer } from '../../testing/listen';

const SECRET_NEED = 'a quiet walk, just the two of us';

describe('who sees what of a conversation (participants only; answers given privately stay hidden)', () => {
  const ctx = useTestContext();
  const live = useLiveServer(ctx);

  it("never gives Ben Ana's private answer before he has answered: not in a read, a list, a step's answer or a push", async () => {
    const { ana, ben, space, anaId, benId } = await anaAndBen(ctx().app);
    const server = await live.open();
    const bens = await server.connect(ben);

    const started = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId] });
    // Ana's check-in is hers for good; Ben's answer to his own check-in must not carry it either.
    const anaIn = await answer(ana, started, 'check-in', { state: 'activated', intensity: 6 });
    const benIn = await sendStep(ben, anaIn, 'check-in', { state: 'connected', intensity: 2 });
    let c = benIn.body.conversation;
    c = await answer(ana, c, 'topic', { text: 'the dishes' });
    c = await answer(ben, c, 'ready', { choice: 'now' });
    c = await answer(ana, c, 'share', { text: 'I felt alone.' });
    c = await answer(ben, c, 'mirror', { text: 'You felt alone.' });
    c = await answer(ana, c, 'did-i-get-it', { choice: 'yes' });
    c = await answer(ana, c, 'is-there-more', { choice: 'thats-all' });
    c = await answer(ben, c, 'summary', { text: 'Alone with it.' });
    c = await answer(ben, c, 'validate', { text: 'That makes sense.' });
    c = await answer(ben, c, 'empathy', { text: 'Lonely, maybe.' });
    c = await answer(ana, c, 'empathy-check', { choice: 'yes' });
    c = await answer(ben, c, 'offer-swap', { choice: 'done' });
    const anaAnswered = await answer(ana, c, 'completion', { feel: 'not_yet', need: SECRET_NEED });
    // Ana reads her own answer.
    expect(JSON.stringify(await readConversation(ana, space.id, c.id))).toContain(SECRET_NEED);

    // Everything Ben receives before he answers.
    const read = await ben.get<{ conversation: Conversation }>(conversationsPath(space.id, c.id));
    const list = await ben.get(conversationsPath(space.id));
    const received = [benIn.body, read.body, list.body, bens.messages];
    for (const body of received) {
      const text = JSON.stringify(body);
      expect(text).not.toContain(SECRET_NEED);
      expect(text).not.toContain('not_yet');
      expect(text).not.toContain('activated');
    }
    const bensView = read.body.conversation;
    expect(bensView.entries.filter((e) => e.memberId === anaId && e.stepId === 'completion')).toEqual([]);
    expect(bensView.entries.filter((e) => e.memberId === anaId && e.stepId === 'check-in')).toEqual([]);
    // He sees only that he is the one still to answer.
    expect(bensView).toMatchObject({ stepId: 'completion', waitingOn: [benId], version: anaAnswered.version });

    // Once he has answered, both answers are revealed together; the check-ins never are.
    const done = await answer(ben, bensView, 'completion', { feel: 'repaired' });
    expect(done.status).toBe('done');
    expect(done.entries.find((e) => e.memberId === anaId && e.stepId === 'completion')?.input).toEqual({
      feel: 'not_yet',
      need: SECRET_NEED,
    });
    expect(done.entries.filter((e) => e.memberId === anaId && e.stepId === 'check-in')).toEqual([]);
  });

  it('stops naming the rupture it started from to whoever can no longer see it (marked as harm by its author)', async () => {
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    const logged = await ana.post<{ rupture: { id: string } }>(`${base}/ruptures`, {
      size: 'big',
      kinds: ['yelling'],
      involved: [benId],
      visibility: 'shared',
    });
    const ruptureId = logged.body.rupture.id;
    const c = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId], ruptureId });
    expect((await readConversation(ben, space.id, c.id)).ruptureId).toBe(ruptureId);
    expect((await ana.post(`${base}/ruptures/${ruptureId}/harm`)).status).toBe(200);

    expect((await readConversation(ana, space.id, c.id)).ruptureId).toBe(ruptureId);
    const bens = [
      await ben.get(conversationsPath(space.id, c.id)),
      await ben.get(`${conversationsPath(space.id)}?status=all`),
    ];
    for (const res of bens) {
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(ruptureId);
    }
    // The conversation ended with the harm mark (harm-end.test.ts): a step is refused, naming nothing.
    const step = await sendStep(ben, c, 'check-in', { state: 'connected', intensity: 2 });
    expect(step.status).toBe(409);
    expect(JSON.stringify(step.body)).not.toContain(ruptureId);
  });

  it('shows a third member of the space nothing: no list entry, 404 on every route, no push', async () => {
    const { ana, ben, space, benId } = await anaAndBen(ctx().app);
    const cy = await signUp(ctx().app, { displayName: 'Cy' });
    await joinSpace(ana, cy, space.id);
    const server = await live.open();
    const cys = await server.connect(cy);
    const anas = await server.connect(ana);

    let c = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId] });
    c = await answer(ana, c, 'check-in', { state: 'connected', intensity: 1 });
    c = await answer(ben, c, 'check-in', { state: 'connected', intensity: 1 });
    c = await answer(ana, c, 'topic', { text: 'money worries' });

    const list = await cy.get<{ conversations: unknown[] }>(conversationsPath(space.id));
    expect(list.status).toBe(200);
    expect(list.body.conversations).toEqual([]);
    const notFound = { error: { code: 'not_found', message: 'We could not find that.' } };
    const asCy = [
      await cy.get(conversationsPath(space.id, c.id)),
      await sendStep(cy, c, 'ready', { choice: 'now' }),
      await cy.post(conversationsPath(space.id, c.id, 'pause'), {
        until: new Date(Date.now() + 3_600_000).toISOString(),
      }),
      await cy.post(conversationsPath(space.id, c.id, 'resume')),
      await cy.post(conversationsPath(space.id, c.id, 'continue-alone')),
      await cy.post(conversationsPath(space.id, c.id, 'abandon')),
    ];
    for (const res of asCy) {
      expect(res.status).toBe(404);
      expect(res.body).toEqual(notFound);
    }
    // A conversation that does not exist reads the same.
    const missing = await cy.get(conversationsPath(space.id, '01900000-0000-7000-8000-000000000000'));
    expect(missing.body).toEqual(notFound);
    // Nor does another space's id open it, even Cy's own space.
    const cysSpace = await createSpace(cy, { name: 'Mine' });
    expect((await cy.get(conversationsPath(cysSpace.id, c.id))).body).toEqual(notFound);
    expect((await sendStep(cy, { ...c, spaceId: cysSpace.id }, 'ready', { choice: 'now' })).status).toBe(404);

    await answer(ben, c, 'ready', { choice: 'now' });
    // Ana's socket heard the last change; Cy's, opened before any of it, heard nothing at all.
    await waitFor(() => anas.messages.some((m) => m.version === c.version + 1));
    expect(cys.messages).toEqual([]);
    expect((await readConversation(ana, space.id, c.id)).status).toBe('active');
  });
});

async function waitFor(ready: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > until) throw new Error('not within 2 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
