import { z } from '@hono/zod-openapi';
import { LIMITS } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { emptyBody } from '../../http/body';
import type { AppDeps } from '../../http/env';
import { AppError } from '../../http/errors';
import { commonErrors, createRouter, defineRoute, ErrorSchema, jsonContent, noContent } from '../../http/openapi';
import { announceMembership } from '../../live/membership';
import { findSpace, listMembers } from '../../store/spaces';
import { presentOneSpace } from '../spaces/present';
import { SpaceParams, SpaceResponse, SpaceSchema } from '../spaces/schema';
import { acceptInvite, cancelInvite, createInvite, listInvites, previewInvite } from './operations';
import { INVITE_TOKEN_PATTERN } from './token';

const tags = ['invites'];
const TokenParams = z.strictObject({ token: z.string().regex(INVITE_TOKEN_PATTERN) });

const InviteSchema = z.object({ token: z.string(), path: z.string(), expiresAt: z.string() }).openapi('Invite');
const InvitePreviewSchema = z
  .object({ spaceName: z.string(), spaceKind: SpaceSchema.shape.kind, invitedBy: z.string(), expiresAt: z.string() })
  .openapi('InvitePreview');

const create = defineRoute({
  method: 'post',
  path: '/api/spaces/{spaceId}/invites',
  tags,
  middleware: [emptyBody()] as const,
  request: { params: SpaceParams },
  responses: {
    201: jsonContent(InviteSchema, 'A single-use link, valid for 7 days.'),
    ...commonErrors,
    409: jsonContent(ErrorSchema, 'As many invites are open as a member or the space may hold.'),
  },
});

const OpenInviteSchema = z
  .object({ id: z.string(), createdAt: z.string(), expiresAt: z.string(), madeByMe: z.boolean() })
  .openapi('OpenInvite');
const InviteParams = z.strictObject({ spaceId: z.uuid(), inviteId: z.uuid() });

const list = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}/invites',
  tags,
  description: `The space's open invites, newest first. Never their links: a link is shown once, when it is made. At most ${LIMITS.openInvitesPerSpace} can be open, so one page holds them all and \`next\` is always null.`,
  request: { params: SpaceParams },
  responses: {
    200: jsonContent(z.object({ invites: z.array(OpenInviteSchema), next: z.null() }), 'Open invites.'),
    ...commonErrors,
  },
});

const cancel = defineRoute({
  method: 'delete',
  path: '/api/spaces/{spaceId}/invites/{inviteId}',
  tags,
  description: 'Cancel an open invite: its link stops working at once.',
  request: { params: InviteParams },
  responses: { 204: noContent, ...commonErrors },
});

const preview = defineRoute({
  method: 'get',
  path: '/api/invites/{token}',
  tags,
  request: { params: TokenParams },
  responses: {
    200: jsonContent(z.object({ invite: InvitePreviewSchema }), 'What the link invites to.'),
    404: commonErrors[404],
  },
});

const accept = defineRoute({
  method: 'post',
  path: '/api/invites/{token}/accept',
  tags,
  middleware: [emptyBody()] as const,
  request: { params: TokenParams },
  responses: { 200: jsonContent(SpaceResponse, 'The space joined.'), ...commonErrors },
});

export function inviteRoutes(deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write' | 'bus'>) {
  const router = createRouter();

  router.openapi(create, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const inviter = await authorizeSpace(deps.db, viewer, { spaceId, action: 'invite.create' });
    return c.json(await createInvite(deps, { spaceId, inviter }), 201);
  });

  router.openapi(list, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(deps.db, viewer, { spaceId, action: 'invite.list' });
    return c.json({ invites: await listInvites(deps, { spaceId, viewer: member }), next: null }, 200);
  });

  router.openapi(cancel, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, inviteId } = c.req.valid('param');
    await authorizeSpace(deps.db, viewer, { spaceId, action: 'invite.cancel' });
    await cancelInvite(deps, { spaceId, inviteId });
    return c.body(null, 204);
  });

  router.openapi(preview, async (c) => {
    return c.json({ invite: await previewInvite(deps, c.req.valid('param').token) }, 200);
  });

  router.openapi(accept, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, joined } = await acceptInvite(deps, {
      token: c.req.valid('param').token,
      accountId: viewer.accountId,
    });
    const space = await findSpace(deps.db, spaceId);
    if (!space) throw new AppError('not_found');
    const members = await listMembers(deps.db, spaceId);
    if (joined)
      announceMembership(deps.bus, { type: 'member.joined', spaceId, members, actorAccountId: viewer.accountId });
    return c.json({ space: await presentOneSpace(deps, space, members, viewer.accountId) }, 200);
  });

  return router;
}
