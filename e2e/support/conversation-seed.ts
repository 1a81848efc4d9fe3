import { call, type SpaceBody } from '../../bench/api';
import { type Conversation, currentStep } from '../../packages/core/src/index';

/**
 * Guided conversations for the screen tour, made through the real HTTP API
 * as two people would: one at each kind of moment the turn screen shows
 * (someone's turn and the other waiting, the regulation gate, a pause, a
 * baby's checklist, a finished one). None is linked to a rupture, so the
 * tour's ruptures stay at their own steps.
 */

export interface ConversationStops {
  /** Couple space: talk it through, Bea is saying back what Alex shared. */
  talk: string;
  /** Couple space: feedback wheel, Bea paused it for 40 minutes. */
  paused: string;
  /** Couple space: Alex's apology, at his own pace, finished. */
  done: string;
  /** A second space of theirs: after a hard moment, Bea checked in flooded and is offered a break. */
  gateSpaceId: string;
  gate: string;
  /** Parent space: the do-over for a baby, at the checklist. */
  baby: string;
}

interface Person {
  cookie: string;
}

type One = { conversation: Conversation };

function client(baseURL: string, person: Person, spaceId: string) {
  const base = `/api/spaces/${spaceId}/conversations`;
  return {
    start: async (body: Record<string, unknown>) =>
      (await call<One>(baseURL, 'POST', base, { cookie: person.cookie, body, expect: 201 })).body.conversation,
    answer: async (c: Conversation, input: unknown) =>
      (
        await call<One>(baseURL, 'POST', `${base}/${c.id}/steps`, {
          cookie: person.cookie,
          body: { stepId: c.stepId, input, version: c.version },
          expect: 200,
        })
      ).body.conversation,
    pause: async (c: Conversation, minutes: number) =>
      (
        await call<One>(baseURL, 'POST', `${base}/${c.id}/pause`, {
          cookie: person.cookie,
          body: { until: new Date(Date.now() + minutes * 60_000).toISOString(), version: c.version },
          expect: 200,
        })
      ).body.conversation,
  };
}

const calm = { state: 'connected', intensity: 2 };

/** Some valid answer to whatever step the one going alone is at. */
function anyAnswer(c: Conversation): unknown {
  const input = currentStep(c).input;
  switch (input.kind) {
    case 'checkin':
      return calm;
    case 'confirm':
      return { choice: input.options[0]?.id };
    case 'choice':
      return { choices: input.options.slice(0, Math.max(1, input.min)).map((o) => o.id) };
    case 'gate':
      return { choice: 'go-on' };
    case 'completion':
      return { feel: 'repaired' };
    case 'text':
      return { text: 'I was short with you when you asked about the weekend, and I am sorry.' };
  }
}

export async function seedConversations(
  baseURL: string,
  people: { alex: Person; bea: Person },
  spaces: { couple: string; beaId: string; parent: string; childId: string },
): Promise<ConversationStops> {
  const a = client(baseURL, people.alex, spaces.couple);
  const b = client(baseURL, people.bea, spaces.couple);

  let talk = await a.start({ protocol: 'talk-it-through', participants: [spaces.beaId] });
  talk = await a.answer(talk, calm);
  talk = await b.answer(talk, calm);
  talk = await a.answer(talk, { text: 'the weekend plans' });
  talk = await b.answer(talk, { choice: 'now' });
  talk = await a.answer(talk, { text: 'I felt left out when the plans were made without me.' });

  let paused = await a.start({ protocol: 'feedback-wheel', participants: [spaces.beaId] });
  paused = await a.answer(paused, calm);
  paused = await b.answer(paused, calm);
  paused = await b.pause(paused, 40);

  let done = await a.start({ protocol: 'apology', participants: [spaces.beaId], alone: true });
  while (done.status === 'active') done = await a.answer(done, anyAnswer(done));

  // Rule 6's gate, in a space of its own: a flooded check-in changes what the other screens offer Bea.
  const gateSpace = await call<SpaceBody>(baseURL, 'POST', '/api/spaces', {
    cookie: people.alex.cookie,
    body: { name: 'Sunday walks', kind: 'friends' },
    expect: 201,
  });
  const gateSpaceId = gateSpace.body.space.id;
  const invite = await call<{ token: string }>(baseURL, 'POST', `/api/spaces/${gateSpaceId}/invites`, {
    cookie: people.alex.cookie,
    expect: 201,
  });
  const joined = await call<SpaceBody>(baseURL, 'POST', `/api/invites/${invite.body.token}/accept`, {
    cookie: people.bea.cookie,
    expect: 200,
  });
  const beaThere = joined.body.space.members.find((m) => m.isMe)?.id;
  const ga = client(baseURL, people.alex, gateSpaceId);
  const gb = client(baseURL, people.bea, gateSpaceId);
  let gate = await ga.start({ protocol: 'after-incident', participants: [beaThere] });
  gate = await ga.answer(gate, calm);
  gate = await gb.answer(gate, { state: 'activated', intensity: 8 });

  const p = client(baseURL, people.alex, spaces.parent);
  let baby = await p.start({ protocol: 'parent-do-over', participants: [spaces.childId], ageBand: '0-2' });
  baby = await p.answer(baby, calm);
  baby = await p.answer(baby, { choice: 'done' });

  return { talk: talk.id, paused: paused.id, done: done.id, gateSpaceId, gate: gate.id, baby: baby.id };
}
