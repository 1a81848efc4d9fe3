import { type Endpoint, PAGE_QUERY, type Target } from './endpoint-types';

const soon = () => new Date(Date.now() + 30 * 60_000).toISOString();
const conversationPath = (t: Target, action = '') =>
  `/api/spaces/${t.spaceId}/conversations/${t.conversationId}${action}`;

/** Guided conversations (issue 10), for `ENDPOINTS`: every one by id is aimed at the owner's own conversation. */
export const CONVERSATION_ENDPOINTS: Endpoint[] = [
  { method: 'GET', template: '/api/protocols', access: 'account', path: () => '/api/protocols', okStatus: 200 },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/conversations',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/conversations`,
    body: (t) => ({ protocol: 'apology', participants: [t.memberId] }),
    okStatus: 201,
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/conversations',
    access: 'member',
    path: (t) => `/api/spaces/${t.spaceId}/conversations`,
    okStatus: 200,
    query: { status: 'open', ruptureId: '01900000-0000-7000-8000-000000000000', ...PAGE_QUERY },
  },
  {
    method: 'GET',
    template: '/api/spaces/{spaceId}/conversations/{conversationId}',
    access: 'own conversation',
    path: (t) => conversationPath(t),
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/conversations/{conversationId}/steps',
    access: 'own conversation',
    path: (t) => conversationPath(t, '/steps'),
    body: (t) => ({
      stepId: t.conversationStepId,
      input: { state: 'connected', intensity: 2 },
      version: t.conversationVersion,
    }),
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/conversations/{conversationId}/pause',
    access: 'own conversation',
    path: (t) => conversationPath(t, '/pause'),
    body: () => ({ until: soon() }),
    okStatus: 200,
    destructive: true,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/conversations/{conversationId}/resume',
    access: 'own conversation',
    path: (t) => conversationPath(t, '/resume'),
    okStatus: 200,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/conversations/{conversationId}/continue-alone',
    access: 'own conversation',
    path: (t) => conversationPath(t, '/continue-alone'),
    // The owner's conversation is theirs alone already: 409 `already_alone` is as far as they may go.
    okStatus: 409,
  },
  {
    method: 'POST',
    template: '/api/spaces/{spaceId}/conversations/{conversationId}/abandon',
    access: 'own conversation',
    path: (t) => conversationPath(t, '/abandon'),
    okStatus: 200,
    destructive: true,
  },
];
