import type { Conversation, RuptureView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { addMemberWithoutAccount, anaAndBen, type Person } from '../../testing/client';
import {
  answer,
  calm,
  conversationsPath,
  readRupture,
  sendStep,
  startConversation,
  talkItThroughToCompletion,
} from '../../testing/conversations';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

describe('a conversation started from a rupture', () => {
  const ctx = useTestContext();

  async function logRupture(person: Person, base: string, body: Record<string, unknown>): Promise<string> {
    const res = await person.post<{ rupture: RuptureView }>(`${base}/ruptures`, { size: 'small', ...body });
    if (res.status !== 201) throw new Error(`log failed: ${res.status}`);
    return res.body.rupture.id;
  }

  it('parent do-over, alone with a child member: the observed reconnection repairs the rupture', async () => {
    const { ana, ben, space, anaId, base } = await anaAndBen(ctx().app, { kind: 'family' });
    const kid = await addMemberWithoutAccount(ana, space.id, 'Mo');
    const ruptureId = await logRupture(ana, base, { kinds: ['yelling'], involved: [kid.id], visibility: 'private' });

    let c = await startConversation(ana, space.id, {
      protocol: 'parent-do-over',
      participants: [kid.id],
      ageBand: '3-6',
      ruptureId,
    });
    expect(c).toMatchObject({ participants: [anaId, kid.id], child: kid.id, ageBand: '3-6', alone: true });
    c = await answer(ana, c, 'check-in', { state: 'activated', intensity: 5 });
    c = await answer(ana, c, 'regulate', { choice: 'done' });
    c = await answer(ana, c, 'my-part', { text: 'I yelled.' });
    c = await answer(ana, c, 'not-your-fault', { choice: 'said' });
    c = await answer(ana, c, 'do-over', { text: 'Let us try again: shoes on, please.' });
    c = await answer(ana, c, 'reconnect', { choices: ['came-close', 'hugged'] });
    c = await answer(ana, c, 'note', { text: '' });
    c = await answer(ana, c, 'completion', { feel: 'repaired' });
    expect(c.status).toBe('done');

    const rupture = await readRupture(ana, space.id, ruptureId);
    expect(rupture.status).toBe('repaired');
    expect(rupture.attempts.map((a) => a.kind)).toEqual(['conversation']);
    expect(rupture.responses.map((r) => [r.memberId, r.feel, r.note])).toEqual([
      [anaId, 'repaired', null],
      [kid.id, 'repaired', 'Came close, Hugged me'],
    ]);
    // The co-parent was never part of it: no list entry, no read.
    expect((await ben.get<{ conversations: unknown[] }>(conversationsPath(space.id))).body.conversations).toEqual([]);
    expect((await ben.get(conversationsPath(space.id, c.id))).status).toBe(404);
  });

  it('offers no do-over in a couple’s space, where someone not on the app is a partner, not a child', async () => {
    const { ana, space } = await anaAndBen(ctx().app);
    const partner = await addMemberWithoutAccount(ana, space.id, 'Sam');
    const before = await snapshotDatabase(ctx().db);
    const res = await ana.post<{ error: { code: string } }>(conversationsPath(space.id), {
      protocol: 'parent-do-over',
      participants: [partner.id],
      ageBand: '13+',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_participants');
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('keeps the check-in given inside it as the member’s own check-in (rule 6 reads it)', async () => {
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    const c = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId] });
    await answer(ana, c, 'check-in', { state: 'shut_down', intensity: 8 });
    const regulation = await ana.get<{ regulation: { offerBreak: boolean; latest: { state: string } | null } }>(
      `${base}/regulation`,
    );
    expect(regulation.body.regulation).toMatchObject({
      offerBreak: true,
      latest: { state: 'shut_down', intensity: 8 },
    });
    // Ben's own reading is untouched: a check-in is its member's alone.
    const bens = await ben.get<{ regulation: { latest: unknown } }>(`${base}/regulation`);
    expect(bens.body.regulation.latest).toBeNull();
  });

  it('records an attempt only when the cycle needs one, and a "not yet" keeps the rupture open', async () => {
    const { ana, ben, space, anaId, benId, base } = await anaAndBen(ctx().app);
    const ruptureId = await logRupture(ana, base, { kinds: ['forgot'], involved: [benId], visibility: 'shared' });
    const first = await startConversation(ana, space.id, {
      protocol: 'talk-it-through',
      participants: [benId],
      ruptureId,
    });
    // A second one while the first attempt awaits answers: the same round, no second attempt.
    await ana.post(conversationsPath(space.id, first.id, 'abandon'));
    const second = await startConversation(ben, space.id, {
      protocol: 'talk-it-through',
      participants: [anaId],
      ruptureId,
    });
    expect((await readRupture(ben, space.id, ruptureId)).attempts).toHaveLength(1);
    // The rupture's conversations, newest first; another rupture's list is empty.
    const onIt = await ben.get<{ conversations: Conversation[] }>(
      `${conversationsPath(space.id)}?ruptureId=${ruptureId}&status=all`,
    );
    expect(onIt.body.conversations.map((x) => [x.id, x.status])).toEqual([
      [second.id, 'active'],
      [first.id, 'abandoned'],
    ]);
    const open = await ben.get<{ conversations: Conversation[] }>(
      `${conversationsPath(space.id)}?ruptureId=${ruptureId}&status=open`,
    );
    expect(open.body.conversations.map((x) => x.id)).toEqual([second.id]);

    const atCompletion = await talkItThroughToCompletion(ben, ana, second);
    const half = await answer(ana, atCompletion, 'completion', { feel: 'not_yet', need: 'a little more time' });
    await answer(ben, half, 'completion', { feel: 'repaired' });
    const after = await readRupture(ana, space.id, ruptureId);
    expect(after.status).toBe('repairing');
    expect(after.responses.find((r) => r.feel === 'not_yet')?.need).toBe('a little more time');

    // The round was answered: a new conversation is a new try, with its own attempt.
    await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId], ruptureId });
    expect((await readRupture(ana, space.id, ruptureId)).attempts.map((a) => a.kind)).toEqual([
      'conversation',
      'conversation',
    ]);
  });

  it('records each closing answer once when both are sent at the same moment (rule 10)', async () => {
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    const ruptureId = await logRupture(ana, base, { kinds: ['forgot'], involved: [benId], visibility: 'shared' });
    const c = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId], ruptureId });
    const atCompletion = await talkItThroughToCompletion(ana, ben, c);
    const both = await Promise.all(
      [ana, ben].map((person) => sendStep(person, atCompletion, 'completion', { feel: 'repaired' })),
    );
    expect(both.map((r) => r.status)).toEqual([200, 200]);
    const rupture = await readRupture(ben, space.id, ruptureId);
    expect(rupture.status).toBe('repaired');
    expect(rupture.responses).toHaveLength(2);
    const events = await ctx()
      .db.selectFrom('rupture_event')
      .select('type')
      .where('rupture_id', '=', ruptureId)
      .execute();
    expect(events.filter((e) => e.type === 'rupture.repaired')).toHaveLength(1);
  });

  it('still ends done when the rupture was repaired meanwhile, and records nothing more on it', async () => {
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    const ruptureId = await logRupture(ana, base, { kinds: ['forgot'], involved: [benId], visibility: 'shared' });
    const c = await startConversation(ana, space.id, { protocol: 'talk-it-through', participants: [benId], ruptureId });
    const atCompletion = await talkItThroughToCompletion(ana, ben, c);
    for (const person of [ana, ben]) {
      expect((await person.post(`${base}/ruptures/${ruptureId}/responses`, { feel: 'repaired' })).status).toBe(201);
    }
    const repaired = await readRupture(ana, space.id, ruptureId);
    expect(repaired.status).toBe('repaired');
    const half = await answer(ana, atCompletion, 'completion', { feel: 'not_yet', need: 'a hug' });
    expect((await answer(ben, half, 'completion', { feel: 'repaired' })).status).toBe('done');
    expect(await readRupture(ana, space.id, ruptureId)).toEqual(repaired);
  });

  it('goes on when the rupture it started from is deleted, naming it no more and answering nothing', async () => {
    const { ana, space, anaId, base } = await anaAndBen(ctx().app, { kind: 'parent_child' });
    const kid = await addMemberWithoutAccount(ana, space.id, 'Mo');
    const ruptureId = await logRupture(ana, base, { kinds: ['yelling'], involved: [kid.id], visibility: 'private' });
    let c = await startConversation(ana, space.id, {
      protocol: 'parent-do-over',
      participants: [kid.id],
      ageBand: '0-2',
      ruptureId,
    });
    expect((await ana.delete(`${base}/ruptures/${ruptureId}`)).status).toBe(204);
    c = await answer(ana, c, 'check-in', calm);
    expect(c.ruptureId).toBeNull();
    c = await answer(ana, c, 'regulate', { choice: 'done' });
    c = await answer(ana, c, 'soothe', { choices: ['hold'] });
    c = await answer(ana, c, 'reconnect', { choices: ['calmed'] });
    c = await answer(ana, c, 'note', { text: '' });
    c = await answer(ana, c, 'completion', { feel: 'repaired' });
    expect(c).toMatchObject({ status: 'done', participants: [anaId, kid.id] });
    const responses = await ctx().db.selectFrom('repair_response').select('id').execute();
    expect(responses).toEqual([]);
  });

  it('refuses harm, a rupture not everyone in it can act on, and one the starter cannot see, changing nothing', async () => {
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    const harm = await logRupture(ana, base, { kinds: ['harm'], involved: [benId], visibility: 'shared' });
    const mine = await logRupture(ana, base, { kinds: ['eye_roll'], involved: [benId], visibility: 'private' });
    const before = await snapshotDatabase(ctx().db);
    const start = (person: Person, ruptureId: string, participants: string[], protocol = 'talk-it-through') =>
      person.post<{ error: { code: string } }>(conversationsPath(space.id), { protocol, participants, ruptureId });

    const onHarm = await start(ana, harm, [benId]);
    expect([onHarm.status, onHarm.body.error.code]).toEqual([409, 'harm_not_for_repair']);
    const notShared = await start(ana, mine, [benId]);
    expect([notShared.status, notShared.body.error.code]).toEqual([409, 'conversation_rupture_not_shared']);
    const unseen = await start(ben, mine, [], 'apology');
    expect(unseen.status).toBe(404);
    const notAMember = await ana.post<{ error: { code: string } }>(conversationsPath(space.id), {
      protocol: 'talk-it-through',
      participants: ['01900000-0000-7000-8000-000000000000'],
    });
    expect([notAMember.status, notAMember.body.error.code]).toEqual([400, 'invalid_participants']);
    const unknownProtocol = await ana.post(conversationsPath(space.id), { protocol: 'therapy', participants: [benId] });
    expect(unknownProtocol.status).toBe(400);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('offers a weekly check-in only the open ruptures everyone in it shares', async () => {
    const { ana, ben, space, benId, base } = await anaAndBen(ctx().app);
    await logRupture(ana, base, { kinds: ['eye_roll'], involved: [benId], visibility: 'private', topic: 'secret' });
    const shared = await logRupture(ana, base, {
      kinds: ['forgot'],
      involved: [benId],
      visibility: 'shared',
      topic: 'keys',
    });
    await logRupture(ben, base, { kinds: ['harm'], involved: [], visibility: 'shared', topic: 'harm' });
    const c: Conversation = await startConversation(ana, space.id, {
      protocol: 'weekly-check-in',
      participants: [benId],
    });
    // Named by its kinds: the conversation keeps no copy of anyone's words.
    expect(c.openRuptures).toEqual([{ id: shared, summary: 'forgot' }]);
    const bens = JSON.stringify(await answer(ben, c, 'check-in', calm));
    expect(bens).not.toContain('secret');
    expect(bens).not.toContain('keys');
  });
});
