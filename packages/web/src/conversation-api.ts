import type { ChildAgeBand, Conversation, ProtocolId, ProtocolSummary } from '@repairable/core';
import { request, seg } from './api';

/** What starting a conversation takes (POST /api/spaces/:spaceId/conversations). */
export interface StartConversationInput {
  protocol: ProtocolId;
  participants: string[];
  ruptureId?: string;
  ageBand?: ChildAgeBand;
  /** Two people, but the starter goes through it at their own pace. */
  alone?: boolean;
}

/** One answer to the current step, sent with the version on screen. */
export interface StepAnswer {
  stepId: string;
  input: Record<string, unknown>;
  version: number;
}

type One = { conversation: Conversation };

const base = (spaceId: string) => `/api/spaces/${seg(spaceId)}/conversations`;
const one = (spaceId: string, id: string) => `${base(spaceId)}/${seg(id)}`;

/** The guided conversations' endpoints (issue 10); every answer carries the version the person was looking at. */
export const conversationApi = {
  protocols: () => request<{ protocols: ProtocolSummary[] }>('GET', '/api/protocols').then((r) => r.protocols),
  start: (spaceId: string, input: StartConversationInput) =>
    request<One>('POST', base(spaceId), input).then((r) => r.conversation),
  open: (spaceId: string) =>
    request<{ conversations: Conversation[] }>('GET', `${base(spaceId)}?status=open`).then((r) => r.conversations),
  /** The newest open conversation started from this rupture that the viewer takes part in, or undefined (the server filters). */
  openFromRupture: (spaceId: string, ruptureId: string) =>
    request<{ conversations: Conversation[] }>(
      'GET',
      `${base(spaceId)}?status=open&ruptureId=${encodeURIComponent(ruptureId)}&limit=1`,
    ).then((r) => r.conversations[0]),
  get: (spaceId: string, id: string) => request<One>('GET', one(spaceId, id)).then((r) => r.conversation),
  answer: (spaceId: string, id: string, answer: StepAnswer) =>
    request<One>('POST', `${one(spaceId, id)}/steps`, answer).then((r) => r.conversation),
  pause: (spaceId: string, id: string, until: string, version: number) =>
    request<One>('POST', `${one(spaceId, id)}/pause`, { until, version }).then((r) => r.conversation),
  resume: (spaceId: string, id: string, version: number) =>
    request<One>('POST', `${one(spaceId, id)}/resume`, { version }).then((r) => r.conversation),
  continueAlone: (spaceId: string, id: string, version: number) =>
    request<One>('POST', `${one(spaceId, id)}/continue-alone`, { version }).then((r) => r.conversation),
  abandon: (spaceId: string, id: string, version: number) =>
    request<One>('POST', `${one(spaceId, id)}/abandon`, { version }).then((r) => r.conversation),
};
