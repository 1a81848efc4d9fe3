import { protocolSummaries } from '@repairable/core';
import { authorizeSpace, authorizeSpaceWithMembers, requireViewer } from '../../access/authorize';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent } from '../../http/openapi';
import { nextCursor, pageRequest } from '../../http/paging';
import type { EventBus } from '../../ports/event-bus';
import { SpaceParams } from '../spaces/schema';
import { conversationsOf, loadConversation, startConversationIn } from './operations';
import { presentConversation, presentConversationHead } from './presenter';
import {
  ConversationParams,
  ConversationResponse,
  ConversationsResponse,
  ListConversationsQuery,
  ProtocolsResponse,
  StartConversationBody,
} from './schema';

const tags = ['conversations'];
const base = '/api/spaces/{spaceId}/conversations';
const conflict = { 409: commonErrors[400] } as const;

const protocols = defineRoute({
  method: 'get',
  path: '/api/protocols',
  tags,
  responses: {
    200: jsonContent(ProtocolsResponse, 'The guided conversations, with one line each on what it is for.'),
    401: commonErrors[401],
  },
});

const start = defineRoute({
  method: 'post',
  path: base,
  tags,
  description:
    'Start a guided conversation with members of the space (PROTOCOLS.md). From a rupture (`ruptureId`), ' +
    'everyone taking part must be able to act on it; it records a repair attempt of kind `conversation` ' +
    'when the cycle needs one, and the closing answers become the rupture’s.',
  request: { params: SpaceParams, body: jsonBody(StartConversationBody) },
  responses: {
    201: jsonContent(ConversationResponse, 'The conversation, at its first step.'),
    ...commonErrors,
    ...conflict,
  },
});

const list = defineRoute({
  method: 'get',
  path: base,
  tags,
  request: { params: SpaceParams, query: ListConversationsQuery },
  responses: {
    200: jsonContent(ConversationsResponse, 'One page of the conversations I take part in, newest first.'),
    ...commonErrors,
  },
});

const read = defineRoute({
  method: 'get',
  path: `${base}/{conversationId}`,
  tags,
  request: { params: ConversationParams },
  responses: {
    200: jsonContent(
      ConversationResponse,
      'The conversation as I may read it: answers given privately appear once all have answered.',
    ),
    ...commonErrors,
  },
});

export function conversationRoutes(deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus }) {
  const { db } = deps;
  const router = createRouter();

  router.openapi(protocols, (c) => {
    requireViewer(c);
    return c.json({ protocols: protocolSummaries() }, 200);
  });

  router.openapi(start, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const { member, members } = await authorizeSpaceWithMembers(db, viewer, { spaceId, action: 'conversation.start' });
    const conversation = await startConversationIn(deps, {
      spaceId,
      viewer: member,
      members,
      input: c.req.valid('json'),
    });
    return c.json({ conversation: presentConversation(conversation, member) }, 201);
  });

  router.openapi(list, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'conversation.read' });
    const { status, ruptureId, ...query } = c.req.valid('query');
    const page = await conversationsOf(db, { spaceId, viewer: member, status, ruptureId, page: pageRequest(query) });
    return c.json(
      { conversations: page.items.map((item) => presentConversationHead(item, member)), next: nextCursor(page) },
      200,
    );
  });

  router.openapi(read, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, conversationId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'conversation.read' });
    const conversation = await loadConversation(db, { spaceId, conversationId, viewer: member });
    return c.json({ conversation: presentConversation(conversation, member) }, 200);
  });

  return router;
}
