import type { Conversation } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen } from '../../testing/client';
import {
  answer,
  calm,
  conversationsPath,
  readConversation,
  sendStep,
  startCheckedIn,
  startConversation,
} from '../../testing/conversations';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

describe('conversation steps: turns, versions and resends', () => {
  const ctx = useTestContext();

  async function started() {
    const couple = await anaAndBen(ctx().app);
    const { ana, ben, space, benId } = couple;
    const c = await startCheckedIn(ana, ben, space.id, { protocol: 'talk-it-through', participants: [benId] });
    return { ...couple, c };
  }

  it('refuses a step out of turn or on a stale version with a clear 409, and changes nothing', async () => {
    const { ana, ben, c } = await started();
    expect(c).toMatchObject({ stepId: 'topic', turn: c.speaker });
    const before = await snapshotDatabase(ctx().db);

    const outOfTurn = await sendStep(ben, c, 'topic', { text: 'my topic' });
    expect(outOfTurn.status).toBe(409);
    expect(outOfTurn.body).toMatchObject({ error: { code: 'not_your_turn', message: expect.stringMatching(/turn/) } });

    const wrongStep = await sendStep(ana, c, 'share', { text: 'ahead of myself' });
    expect(wrongStep.status).toBe(409);
    expect(wrongStep.body).toMatchObject({ error: { code: 'wrong_step' } });

    const stale = await sendStep(ana, c, 'topic', { text: 'the dishes' }, c.version - 1);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'stale_version', message: expect.stringMatching(/changed/) } });

    const badInput = await sendStep(ana, c, 'topic', { choice: 'now' });
    expect(badInput.status).toBe(400);
    expect(badInput.body).toMatchObject({
      error: { code: 'invalid_step_input', fields: [{ path: 'input', message: 'Some words are needed.' }] },
    });

    const malformed = await sendStep(ana, c, 'topic', { text: 'x', extra: true });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ error: { code: 'validation_failed' } });

    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('answers a resent step with the conversation as it is now, recording nothing twice', async () => {
    const { ana, ben, space, c } = await started();
    const first = await sendStep(ana, c, 'topic', { text: 'the dishes' });
    expect(first.status).toBe(200);
    const after = first.body.conversation;

    // The same request again (a lost answer, a double tap): 200, same state, one entry.
    const before = await snapshotDatabase(ctx().db);
    const again = await sendStep(ana, c, 'topic', { text: 'the dishes' });
    expect(again.status).toBe(200);
    expect(again.body.conversation).toEqual(after);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    // Even once the conversation has moved on, the old request is still known for what it was.
    const moved = await answer(ben, after, 'ready', { choice: 'now' });
    const late = await sendStep(ana, c, 'topic', { text: 'the dishes' });
    expect(late.status).toBe(200);
    expect(late.body.conversation.version).toBe(moved.version);
    const entries = (await readConversation(ana, space.id, c.id)).entries.filter((e) => e.stepId === 'topic');
    expect(entries).toHaveLength(1);

    // Different words on that old version are not a resend: stale.
    const changedMind = await sendStep(ana, c, 'topic', { text: 'something else' });
    expect(changedMind.status).toBe(409);
    expect(changedMind.body).toMatchObject({ error: { code: 'stale_version' } });
  });

  it('lets two answers to a step everyone answers race on the same version', async () => {
    const { ana, ben, space, benId } = await anaAndBen(ctx().app);
    const c = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId] });
    const [a, b] = await Promise.all([sendStep(ana, c, 'check-in', calm), sendStep(ben, c, 'check-in', calm)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    const now = await readConversation(ana, space.id, c.id);
    expect(now).toMatchObject({ stepId: 'topic', version: 3 });
  });

  it('pages through the conversations one takes part in, newest first, without their entries', async () => {
    const { ana, ben, space, benId } = await anaAndBen(ctx().app);
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      made.push((await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId] })).id);
    }
    await startConversation(ana, space.id, { protocol: 'apology', participants: [] });
    type Page = { conversations: (Conversation & { entries?: unknown })[]; next: string | null };
    const first = await ben.get<Page>(`${conversationsPath(space.id)}?limit=2`);
    expect(first.body.conversations.map((c) => c.id)).toEqual([made[2], made[1]]);
    expect(first.body.conversations[0]?.entries).toBeUndefined();
    const second = await ben.get<Page>(`${conversationsPath(space.id)}?limit=2&before=${first.body.next}`);
    expect(second.body).toEqual({ conversations: [expect.objectContaining({ id: made[0] })], next: null });
    expect((await ben.get(`${conversationsPath(space.id)}?limit=101`)).status).toBe(400);
    expect((await ben.get(`${conversationsPath(space.id)}?status=mine`)).status).toBe(400);
  });

  it('pauses with a return time both see, resumes where it was, and can be abandoned by either', async () => {
    const { ana, ben, space, anaId, c } = await started();
    const until = new Date(ctx().clock.now().getTime() + 30 * 60_000).toISOString();
    // A return time in the past is refused, and changes nothing.
    const before = await snapshotDatabase(ctx().db);
    const past = await ana.post(conversationsPath(space.id, c.id, 'pause'), { until: '2020-01-01T00:00:00.000Z' });
    expect(past.status).toBe(400);
    expect(past.body).toMatchObject({ error: { code: 'invalid_return_time' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    const paused = await ana.post<{ conversation: Conversation }>(conversationsPath(space.id, c.id, 'pause'), {
      until,
      version: c.version,
    });
    expect(paused.status).toBe(200);
    expect(paused.body.conversation).toMatchObject({ status: 'paused', pausedUntil: until, pausedBy: anaId });
    expect(await readConversation(ben, space.id, c.id)).toMatchObject({ status: 'paused', pausedUntil: until });

    // Paused: no step, and only the one who paused may come back before the time.
    expect((await sendStep(ana, paused.body.conversation, 'topic', { text: 'x' })).body).toMatchObject({
      error: { code: 'conversation_paused' },
    });
    const early = await ben.post(conversationsPath(space.id, c.id, 'resume'));
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: 'conversation_paused' } });
    // Paused already: a second pause is refused.
    expect((await ana.post(conversationsPath(space.id, c.id, 'pause'), { until })).status).toBe(409);

    const resumed = await ana.post<{ conversation: Conversation }>(conversationsPath(space.id, c.id, 'resume'), {});
    expect(resumed.status).toBe(200);
    expect(resumed.body.conversation).toMatchObject({ status: 'active', stepId: 'topic', pausedUntil: null });
    expect(resumed.body.conversation.entries.map((e) => e.stepId)).toEqual(['check-in']);

    const stale = await ben.post(conversationsPath(space.id, c.id, 'abandon'), { version: c.version });
    expect(stale.body).toMatchObject({ error: { code: 'stale_version' } });
    const abandoned = await ben.post<{ conversation: Conversation }>(conversationsPath(space.id, c.id, 'abandon'));
    expect(abandoned.status).toBe(200);
    expect(abandoned.body.conversation).toMatchObject({ status: 'abandoned', turn: null, waitingOn: [] });
    expect(await readConversation(ana, space.id, c.id)).toMatchObject({ status: 'abandoned' });
    const after = await sendStep(ana, abandoned.body.conversation, 'topic', { text: 'x' });
    expect(after.status).toBe(409);
    expect(after.body).toMatchObject({ error: { code: 'conversation_ended' } });
  });
});
