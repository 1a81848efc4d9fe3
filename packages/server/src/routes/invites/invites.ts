import { z } from '@hono/zod-openapi';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { emptyBody } from '../../http/body';
import type { AppDeps } from '../../http/env';
import { AppError } from '../../http/errors';
import { commonErrors, createRouter, defineRoute, jsonContent } from '../../http/openapi';
import { presentSpace } from '../../http/presenters';
import { findSpace, listMembers } from '../../store/spaces';
import { SpaceParams, SpaceResponse, SpaceSchema } from '../spaces/schema';
import { acceptInvite, createInvite, previewInvite } from './operations';
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
  responses: { 201: jsonContent(InviteSchema, 'A single-use link, valid for 7 days.'), ...commonErrors },
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

export function inviteRoutes(deps: Pick<AppDeps, 'db' | 'clock' | 'write'>) {
  const router = createRouter();

  router.openapi(create, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const inviter = await authorizeSpace(deps.db, viewer, { spaceId, action: 'invite.create' });
    return c.json(await createInvite(deps, { spaceId, inviter }), 201);
  });

  router.openapi(preview, async (c) => {
    return c.json({ invite: await previewInvite(deps, c.req.valid('param').token) }, 200);
  });

  router.openapi(accept, async (c) => {
    const viewer = requireViewer(c);
    const spaceId = await acceptInvite(deps, { token: c.req.valid('param').token, accountId: viewer.accountId });
    const space = await findSpace(deps.db, spaceId);
    if (!space) throw new AppError('not_found');
    return c.json({ space: presentSpace(space, await listMembers(deps.db, spaceId), viewer.accountId) }, 200);
  });

  return router;
}
