import type { Conversation, LiveMessage, RuptureView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, joinSpace, type Person, signUp } from '../../testing/client';
import {
  answer,
  conversationsPath,
  readConversation,
  readRupture,
  startConversation,
  talkItThroughToCompletion,
} from '../../testing/conversations';
import { useTestContext } from '../../testing/harness';
import { useLiveServer } from '../../testing/listen';
import type { Listener } from '../../testing/live-socket';

/** Every word anyone writes in the walk below: none may ever reach a socket. */
const WORDS = ['dishes', 'alone', 'tired', 'lonely', 'makes sense', 'share it'];

describe('talk it through, live between two devices over real HTTP', () => {
  const ctx = useTestContext();
  const live = useLiveServer(ctx);

  async function online(...people: Person[]): Promise<{ url: string; sockets: Listener[] }> {
    const server = await live.open();
    const sockets: Listener[] = [];
    for (const person of people) {
      person.baseUrl = server.url;
      sockets.push(await server.connect(person));
    }
    return { url: server.url, sockets };
  }

  it('ends with the rupture repaired as both see it, and the sockets hear only ids and versions', async () => {
    const { ana, ben, space, anaId, benId, base } = await anaAndBen(ctx().app);
    const cy = await signUp(ctx().app, { displayName: 'Cy' });
    await joinSpace(ana, cy, space.id);
    const logged = await ana.post<{ rupture: RuptureView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['dismissive_tone'],
      involved: [benId],
      visibility: 'shared',
      topic: 'chores',
    });
    const ruptureId = logged.body.rupture.id;
    const {
      sockets: [anas, bens, cys],
    } = await online(ana, ben, cy);
    if (!anas || !bens || !cys) throw new Error('sockets missing');

    const started = await startConversation(ana, space.id, {
      protocol: 'talk-it-through',
      participants: [benId],
      ruptureId,
    });
    expect(started).toMatchObject({
      protocol: 'talk-it-through',
      status: 'active',
      stepId: 'check-in',
      participants: [anaId, benId],
      speaker: anaId,
      listener: benId,
      ruptureId,
      version: 1,
    });
    // Starting from the rupture counts as a repair attempt of kind `conversation`.
    const attempted = await readRupture(ben, space.id, ruptureId);
    expect(attempted.status).toBe('repairing');
    expect(attempted.attempts.map((a) => a.kind)).toEqual(['conversation']);

    const atCompletion = await talkItThroughToCompletion(ana, ben, started);
    expect(atCompletion.stepId).toBe('completion');
    // Ben sees the mirror loop as it was: two mirrors, one "not quite".
    const seenByBen = await readConversation(ben, space.id, started.id);
    expect(seenByBen.entries.filter((e) => e.stepId === 'mirror')).toHaveLength(2);
    expect(seenByBen.entries.find((e) => e.stepId === 'did-i-get-it')?.input).toEqual({ choice: 'not-quite' });

    const afterAna = await answer(ana, atCompletion, 'completion', { feel: 'repaired' });
    expect(afterAna.status).toBe('active');
    expect((await readRupture(ana, space.id, ruptureId)).status).toBe('repairing');
    const done = await answer(ben, afterAna, 'completion', { feel: 'repaired' });
    expect(done.status).toBe('done');
    expect(done.endedAt).not.toBeNull();

    // Both read the rupture as repaired, each by their own answer from the conversation.
    for (const person of [ana, ben]) {
      const rupture = await readRupture(person, space.id, ruptureId);
      expect(rupture.status).toBe('repaired');
      expect(rupture.responses.map((r) => [r.memberId, r.feel]).sort()).toEqual(
        [
          [anaId, 'repaired'],
          [benId, 'repaired'],
        ].sort(),
      );
    }
    expect((await readConversation(ben, space.id, started.id)).status).toBe('done');

    // Each device heard every change of the conversation, as ids and versions, and of the rupture.
    await waitFor(() => conversationMessages(bens.messages).at(-1)?.version === done.version);
    await waitFor(() => anas.messages.some((m) => m.type === 'rupture.repaired'));
    for (const socket of [anas, bens]) {
      const pushes = conversationMessages(socket.messages);
      expect(pushes.map((m) => m.version)).toEqual(Array.from({ length: done.version }, (_, i) => i + 1));
      for (const m of pushes) expect(Object.keys(m).sort()).toEqual(['conversationId', 'spaceId', 'type', 'version']);
      const heard = JSON.stringify(socket.messages);
      for (const word of WORDS) expect(heard).not.toContain(word);
    }
    // Cy, in the same space, heard nothing of it and cannot find it.
    expect(cys.messages).toEqual([]);
    expect((await cy.get(conversationsPath(space.id, started.id))).status).toBe(404);
    const cysList = await cy.get<{ conversations: Conversation[] }>(conversationsPath(space.id));
    expect(cysList.body.conversations).toEqual([]);
  });
});

function conversationMessages(messages: readonly LiveMessage[]): LiveMessage[] {
  return messages.filter((m) => m.type === 'conversation.changed');
}

async function waitFor(ready: () => boolean, ms = 2000): Promise<void> {
  const until = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > until) throw new Error('not within 2 s');
    await new Promise((r) => setTimeout(r, 10));
  }
}
