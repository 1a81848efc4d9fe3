import {
  assertMemberWithoutAccount,
  assertRoomForMember,
  createMemberWithoutAccount,
  EMPTY_QUIET_WALL,
  NO_ATTENTION,
  normalizeDisplayName,
  normalizeSpaceName,
} from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { readOptionalBody } from '../../http/body';
import type { AppDeps } from '../../http/env';
import { AppError } from '../../http/errors';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent, noContent } from '../../http/openapi';
import { nextCursor, pageRequest } from '../../http/paging';
import { presentMember, presentSpace } from '../../http/presenters';
import { newId } from '../../ports/ids';
import {
  countMembers,
  findMember,
  findSpace,
  insertMember,
  listMembers,
  listMembersOfSpaces,
  listSpacesOfAccount,
  lockSpace,
  renameMember,
  renameSpace,
} from '../../store/spaces';
import { createSpaceFor, leaveSpace, removeMemberWithoutAccount } from './operations';
import { presentOneSpace, presentSpaces } from './present';
import {
  CreateSpaceBody,
  LeaveBody,
  MemberBody,
  MemberParams,
  MemberResponse,
  RenameSpaceBody,
  SpaceParams,
  SpaceResponse,
  SpacesQuery,
  SpacesResponse,
} from './schema';

const tags = ['spaces'];

const create = defineRoute({
  method: 'post',
  path: '/api/spaces',
  tags,
  request: { body: jsonBody(CreateSpaceBody) },
  responses: { 201: jsonContent(SpaceResponse, 'The new space, with me as its first member.'), ...commonErrors },
});

const list = defineRoute({
  method: 'get',
  path: '/api/spaces',
  tags,
  request: { query: SpacesQuery },
  responses: {
    200: jsonContent(SpacesResponse, 'One page of the spaces I belong to, newest first.'),
    400: commonErrors[400],
    401: commonErrors[401],
  },
});

const read = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}',
  tags,
  request: { params: SpaceParams },
  responses: { 200: jsonContent(SpaceResponse, 'One space with its members.'), ...commonErrors },
});

const rename = defineRoute({
  method: 'patch',
  path: '/api/spaces/{spaceId}',
  tags,
  request: { params: SpaceParams, body: jsonBody(RenameSpaceBody) },
  responses: { 200: jsonContent(SpaceResponse, 'The renamed space.'), ...commonErrors },
});

const addMember = defineRoute({
  method: 'post',
  path: '/api/spaces/{spaceId}/members',
  tags,
  request: { params: SpaceParams, body: jsonBody(MemberBody) },
  responses: { 201: jsonContent(MemberResponse, 'A member without an account.'), ...commonErrors },
});

const updateMember = defineRoute({
  method: 'patch',
  path: '/api/spaces/{spaceId}/members/{memberId}',
  tags,
  request: { params: MemberParams, body: jsonBody(MemberBody) },
  responses: { 200: jsonContent(MemberResponse, 'The renamed member.'), ...commonErrors },
});

const removeMember = defineRoute({
  method: 'delete',
  path: '/api/spaces/{spaceId}/members/{memberId}',
  tags,
  request: { params: MemberParams },
  responses: { 204: noContent, ...commonErrors },
});

const leave = defineRoute({
  method: 'post',
  path: '/api/spaces/{spaceId}/leave',
  tags,
  description:
    'Leave alone. Private things go with you. Optional body `{"removeShared": true}` also removes what you shared.',
  request: { params: SpaceParams },
  responses: { 204: noContent, ...commonErrors },
});

export function spaceRoutes(deps: Pick<AppDeps, 'db' | 'clock' | 'write' | 'dialect' | 'bus'>) {
  const { db } = deps;
  const router = createRouter();

  async function loadSpaceView(spaceId: string, accountId: string) {
    const space = await findSpace(db, spaceId);
    if (!space) throw new AppError('not_found');
    return presentOneSpace(deps, space, await listMembers(db, spaceId), accountId);
  }

  router.openapi(create, async (c) => {
    const viewer = requireViewer(c);
    const { space, members } = await createSpaceFor(deps, { accountId: viewer.accountId, ...c.req.valid('json') });
    // Nobody else is here yet, so nothing can wait on anyone, and nothing has waited at all.
    const mine = { attention: NO_ATTENTION, quietWall: EMPTY_QUIET_WALL };
    return c.json({ space: presentSpace(space, members, viewer.accountId, mine) }, 201);
  });

  router.openapi(list, async (c) => {
    const viewer = requireViewer(c);
    const page = await listSpacesOfAccount(db, {
      accountId: viewer.accountId,
      page: pageRequest(c.req.valid('query')),
    });
    const spaces = page.items;
    const members = await listMembersOfSpaces(
      db,
      spaces.map((s) => s.id),
    );
    const views = await presentSpaces(deps, spaces, members, viewer.accountId);
    return c.json({ spaces: views, next: nextCursor(page) }, 200);
  });

  router.openapi(read, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    await authorizeSpace(db, viewer, { spaceId, action: 'space.read' });
    return c.json({ space: await loadSpaceView(spaceId, viewer.accountId) }, 200);
  });

  router.openapi(rename, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    await authorizeSpace(db, viewer, { spaceId, action: 'space.rename' });
    await deps.write((trx) => renameSpace(trx, { spaceId, name: normalizeSpaceName(c.req.valid('json').name) }));
    return c.json({ space: await loadSpaceView(spaceId, viewer.accountId) }, 200);
  });

  router.openapi(addMember, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    await authorizeSpace(db, viewer, { spaceId, action: 'member.add' });
    const now = deps.clock.now();
    const member = createMemberWithoutAccount({
      memberId: newId(now.getTime()),
      spaceId,
      displayName: c.req.valid('json').displayName,
      at: now.toISOString(),
    });
    await deps.write(async (trx) => {
      await lockSpace(trx, { spaceId, dialect: deps.dialect });
      assertRoomForMember(await countMembers(trx, spaceId));
      await insertMember(trx, member);
    });
    return c.json({ member: presentMember(member, viewer.accountId) }, 201);
  });

  router.openapi(updateMember, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, memberId } = c.req.valid('param');
    await authorizeSpace(db, viewer, { spaceId, action: 'member.rename' });
    const member = await findMember(db, { spaceId, memberId });
    if (!member) throw new AppError('not_found');
    assertMemberWithoutAccount(member);
    const displayName = normalizeDisplayName(c.req.valid('json').displayName);
    await deps.write((trx) => renameMember(trx, { spaceId, memberId, displayName }));
    return c.json({ member: presentMember({ ...member, displayName }, viewer.accountId) }, 200);
  });

  router.openapi(removeMember, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, memberId } = c.req.valid('param');
    const remover = await authorizeSpace(db, viewer, { spaceId, action: 'member.remove' });
    const member = await findMember(db, { spaceId, memberId });
    if (!member) throw new AppError('not_found');
    assertMemberWithoutAccount(member);
    await removeMemberWithoutAccount(deps, { spaceId, memberId, removedByMemberId: remover.id });
    return c.body(null, 204);
  });

  router.openapi(leave, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const membership = await authorizeSpace(db, viewer, { spaceId, action: 'space.leave' });
    const { removeShared } = await readOptionalBody(c, LeaveBody);
    await leaveSpace(deps, { spaceId, memberId: membership.id, removeShared: removeShared ?? false });
    return c.body(null, 204);
  });

  return router;
}
