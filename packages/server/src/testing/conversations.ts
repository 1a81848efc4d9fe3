import type { Conversation, RuptureDetailView } from '@repairable/core';
import type { Person, TestResponse } from './client';

/** Driving guided conversations in tests: start one, and answer steps with the version last seen. */

export const calm = { state: 'connected', intensity: 2 } as const;

export function conversationsPath(spaceId: string, conversationId?: string, action?: string): string {
  const base = `/api/spaces/${spaceId}/conversations`;
  return [base, conversationId, action].filter(Boolean).join('/');
}

export async function startConversation(
  person: Person,
  spaceId: string,
  body: { protocol: string; participants: string[]; ruptureId?: string; ageBand?: string; alone?: boolean },
): Promise<Conversation> {
  const res = await person.post<{ conversation: Conversation }>(conversationsPath(spaceId), body);
  if (res.status !== 201) throw new Error(`start failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.conversation;
}

export function sendStep(
  person: Person,
  conv: Pick<Conversation, 'id' | 'spaceId' | 'version'>,
  stepId: string,
  input: unknown,
  version = conv.version,
): Promise<TestResponse<{ conversation: Conversation; error?: { code: string } }>> {
  return person.post(conversationsPath(conv.spaceId, conv.id, 'steps'), { stepId, input, version });
}

/** Answers the current step, which must be `stepId`, and returns the conversation after it. */
export async function answer(
  person: Person,
  conv: Pick<Conversation, 'id' | 'spaceId' | 'version' | 'stepId'>,
  stepId: string,
  input: unknown,
): Promise<Conversation> {
  if (conv.stepId !== stepId) throw new Error(`expected step ${stepId}, the conversation is at ${conv.stepId}`);
  const res = await sendStep(person, conv, stepId, input);
  if (res.status !== 200) throw new Error(`step ${stepId} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.conversation;
}

/** `starter` starts a conversation with `other`, and both check in calm: it returns at the step after the check-ins. */
export async function startCheckedIn(
  starter: Person,
  other: Person,
  spaceId: string,
  body: Parameters<typeof startConversation>[2],
): Promise<Conversation> {
  const started = await startConversation(starter, spaceId, body);
  const checkedIn = await answer(starter, started, 'check-in', calm);
  return answer(other, checkedIn, 'check-in', calm);
}

export async function readConversation(person: Person, spaceId: string, id: string): Promise<Conversation> {
  const res = await person.get<{ conversation: Conversation }>(conversationsPath(spaceId, id));
  if (res.status !== 200) throw new Error(`read failed: ${res.status}`);
  return res.body.conversation;
}

export async function readRupture(person: Person, spaceId: string, id: string): Promise<RuptureDetailView> {
  const res = await person.get<{ rupture: RuptureDetailView }>(`/api/spaces/${spaceId}/ruptures/${id}`);
  if (res.status !== 200) throw new Error(`rupture read failed: ${res.status}`);
  return res.body.rupture;
}

/**
 * Talk it through from the start to the completion question, Ana speaking
 * and Ben listening: both check in calm, Ana names the topic and shares,
 * Ben mirrors, Ana says "not quite" and corrects, Ben mirrors again, Ana
 * confirms, that is all, Ben sums up, validates and imagines, Ana confirms,
 * Ben takes no turn. Returns the conversation at `completion`.
 */
export async function talkItThroughToCompletion(ana: Person, ben: Person, start: Conversation): Promise<Conversation> {
  let c = start;
  c = await answer(ana, c, 'check-in', calm);
  c = await answer(ben, c, 'check-in', calm);
  c = await answer(ana, c, 'topic', { text: 'the dishes last night' });
  c = await answer(ben, c, 'ready', { choice: 'now' });
  c = await answer(ana, c, 'share', { text: 'I felt alone when the dishes were left for me.' });
  c = await answer(ben, c, 'mirror', { text: 'You felt tired of the dishes.' });
  c = await answer(ana, c, 'did-i-get-it', { choice: 'not-quite' });
  c = await answer(ana, c, 'correct', { text: 'It is less the dishes, more feeling alone with them.' });
  c = await answer(ben, c, 'mirror', { text: 'You felt alone, left with it.' });
  c = await answer(ana, c, 'did-i-get-it', { choice: 'yes' });
  c = await answer(ana, c, 'is-there-more', { choice: 'thats-all' });
  c = await answer(ben, c, 'summary', { text: 'Being left with it made you feel alone.' });
  c = await answer(ben, c, 'validate', { text: 'It makes sense, because we said we would share it.' });
  c = await answer(ben, c, 'empathy', { text: 'I imagine you might feel lonely and let down.' });
  c = await answer(ana, c, 'empathy-check', { choice: 'yes' });
  c = await answer(ben, c, 'offer-swap', { choice: 'done' });
  return c;
}
