import { z } from '@hono/zod-openapi';
import { assertMayDeleteCheckin, assertMayDeleteMoment, editCheckin, editMoment } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import {
  assertCanSeeCheckin,
  assertCanSeeMoment,
  checkinChangeAudienceAccounts,
  momentChangeAudienceAccounts,
} from '../../access/visibility';
import type { AppDeps } from '../../http/env';
import {
  commonErrors,
  type createRouter,
  defineRoute,
  ErrorSchema,
  jsonBody,
  jsonContent,
  noContent,
} from '../../http/openapi';
import type { EventBus } from '../../ports/event-bus';
import {
  deleteCheckin,
  deleteMoment,
  findCheckin,
  findMoment,
  updateCheckinNote,
  updateMoment,
} from '../../store/moments';
import { listMembers } from '../../store/spaces';
import { presentCheckin, presentMoment } from './presenters';
import { CheckinParams, CheckinPatch, CheckinSchema, MomentParams, MomentPatch, MomentSchema } from './schema';

const tags = ['moments'];
const onlyAuthor = jsonContent(ErrorSchema, 'Not yours to change: `only_author`.');

const readMoment = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}/moments/{momentId}',
  tags,
  request: { params: MomentParams },
  responses: { 200: jsonContent(z.object({ moment: MomentSchema }), 'A positive moment I may see.'), ...commonErrors },
});

const patchMoment = defineRoute({
  method: 'patch',
  path: '/api/spaces/{spaceId}/moments/{momentId}',
  tags,
  description:
    'Its author changes a moment; it then shows as edited to everyone who sees it. Making a shared one private takes it back.',
  request: { params: MomentParams, body: jsonBody(MomentPatch) },
  responses: {
    200: jsonContent(z.object({ moment: MomentSchema }), 'The moment as it is now.'),
    ...commonErrors,
    409: onlyAuthor,
  },
});

const removeMoment = defineRoute({
  method: 'delete',
  path: '/api/spaces/{spaceId}/moments/{momentId}',
  tags,
  description: 'Its author deletes a moment, for everyone.',
  request: { params: MomentParams },
  responses: { 204: noContent, ...commonErrors, 409: onlyAuthor },
});

const patchCheckin = defineRoute({
  method: 'patch',
  path: '/api/spaces/{spaceId}/checkins/{checkinId}',
  tags,
  description:
    'Changes the note of my own check-in. Its state and intensity stay: to correct them, delete it and check in again.',
  request: { params: CheckinParams, body: jsonBody(CheckinPatch) },
  responses: { 200: jsonContent(z.object({ checkin: CheckinSchema }), 'The check-in as it is now.'), ...commonErrors },
});

const removeCheckin = defineRoute({
  method: 'delete',
  path: '/api/spaces/{spaceId}/checkins/{checkinId}',
  tags,
  description: 'Deletes my own check-in; rule 6 then reads the latest one left.',
  request: { params: CheckinParams },
  responses: { 204: noContent, ...commonErrors },
});

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus };

/**
 * Reading one moment, and editing or deleting one's own moments and
 * check-ins (issue 8), on the moments router. Each write loads its row
 * locked, answers 404 for what the viewer may not see, lets core decide,
 * writes, and tells only those who could see it before or after.
 */
export function mountMomentEditing(router: ReturnType<typeof createRouter>, deps: Deps): void {
  const { db } = deps;
  const lock = { forUpdate: true, dialect: deps.dialect } as const;

  router.openapi(readMoment, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, momentId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'timeline.read' });
    const moment = await findMoment(db, { spaceId, momentId });
    assertCanSeeMoment(member, moment);
    return c.json({ moment: presentMoment(moment, member.id) }, 200);
  });

  router.openapi(patchMoment, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, momentId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'moment.change' });
    const changes = c.req.valid('json');
    const { before, after, members } = await deps.write(async (trx) => {
      const found = await findMoment(trx, { spaceId, momentId, ...lock });
      assertCanSeeMoment(member, found);
      const current = await listMembers(trx, spaceId);
      const edit = editMoment(found, {
        memberId: member.id,
        changes,
        memberIds: current.map((m) => m.id),
        now: deps.clock.now(),
      });
      if (edit.changed) await updateMoment(trx, edit.moment);
      return { before: found, after: edit.changed ? edit.moment : undefined, members: current };
    });
    if (after) {
      deps.bus.publish({
        accountIds: momentChangeAudienceAccounts(before, after, members),
        message: { type: 'moment.edited', spaceId },
      });
    }
    return c.json({ moment: presentMoment(after ?? before, member.id) }, 200);
  });

  router.openapi(removeMoment, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, momentId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'moment.change' });
    const { moment, members } = await deps.write(async (trx) => {
      const found = await findMoment(trx, { spaceId, momentId, ...lock });
      assertCanSeeMoment(member, found);
      assertMayDeleteMoment(found, member.id);
      const current = await listMembers(trx, spaceId);
      await deleteMoment(trx, { spaceId, momentId });
      return { moment: found, members: current };
    });
    deps.bus.publish({
      accountIds: momentChangeAudienceAccounts(moment, null, members),
      message: { type: 'moment.deleted', spaceId },
    });
    return c.body(null, 204);
  });

  router.openapi(patchCheckin, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, checkinId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'checkin.change' });
    const { note } = c.req.valid('json');
    const edit = await deps.write(async (trx) => {
      const found = await findCheckin(trx, { spaceId, checkinId, ...lock });
      assertCanSeeCheckin(member, found);
      const result = editCheckin(found, { memberId: member.id, note, now: deps.clock.now() });
      if (result.changed) await updateCheckinNote(trx, result.checkin);
      return result;
    });
    if (edit.changed) {
      deps.bus.publish({
        accountIds: checkinChangeAudienceAccounts(member),
        message: { type: 'checkin.edited', spaceId },
      });
    }
    return c.json({ checkin: presentCheckin(edit.checkin) }, 200);
  });

  router.openapi(removeCheckin, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, checkinId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'checkin.change' });
    await deps.write(async (trx) => {
      const found = await findCheckin(trx, { spaceId, checkinId, ...lock });
      assertCanSeeCheckin(member, found);
      assertMayDeleteCheckin(found, member.id);
      await deleteCheckin(trx, { spaceId, checkinId });
    });
    deps.bus.publish({
      accountIds: checkinChangeAudienceAccounts(member),
      message: { type: 'checkin.deleted', spaceId },
    });
    return c.body(null, 204);
  });
}
