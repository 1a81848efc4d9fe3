import { z } from '@hono/zod-openapi';
import { type Checkin, DomainError, noteOf, type PositiveMoment } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { momentAudienceAccounts } from '../../access/visibility';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent } from '../../http/openapi';
import type { EventBus } from '../../ports/event-bus';
import { newId } from '../../ports/ids';
import { insertCheckin, insertMoment } from '../../store/moments';
import { listMembers } from '../../store/spaces';
import { adviceFor } from '../ruptures/operations';
import { SpaceParams } from '../spaces/schema';
import { mountMomentEditing } from './editing';
import { presentCheckin, presentMoment, presentRegulation } from './presenters';
import { CheckinBody, CheckinSchema, MomentBody, MomentSchema, RegulationSchema } from './schema';

const tags = ['moments'];

const createMoment = defineRoute({
  method: 'post',
  path: '/api/spaces/{spaceId}/moments',
  tags,
  request: { params: SpaceParams, body: jsonBody(MomentBody) },
  responses: { 201: jsonContent(z.object({ moment: MomentSchema }), 'A positive moment.'), ...commonErrors },
});

const createCheckin = defineRoute({
  method: 'post',
  path: '/api/spaces/{spaceId}/checkins',
  tags,
  request: { params: SpaceParams, body: jsonBody(CheckinBody) },
  responses: {
    201: jsonContent(z.object({ checkin: CheckinSchema, regulation: RegulationSchema }), 'A private check-in.'),
    ...commonErrors,
  },
});

const regulation = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}/regulation',
  tags,
  request: { params: SpaceParams },
  responses: {
    200: jsonContent(z.object({ regulation: RegulationSchema }), 'Whether to offer a break before repair (rule 6).'),
    ...commonErrors,
  },
});

export function momentRoutes(deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus }) {
  const { db } = deps;
  const router = createRouter();

  router.openapi(createMoment, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'moment.create' });
    const body = c.req.valid('json');
    const members = await listMembers(db, spaceId);
    const about = [...new Set(body.about ?? [])];
    if (!about.every((id) => members.some((m) => m.id === id))) throw new DomainError('invalid_involved');
    const now = deps.clock.now();
    const moment: PositiveMoment = {
      id: newId(now.getTime()),
      spaceId,
      authorMemberId: member.id,
      kind: body.kind,
      visibility: body.visibility,
      note: noteOf(body.note),
      about,
      createdAt: now.toISOString(),
      editedAt: null,
    };
    // Through deps.write like every write of the cycle: on SQLite it joins the shared, synced commit.
    await deps.write((trx) => insertMoment(trx, moment));
    if (moment.visibility === 'shared') {
      deps.bus.publish({
        accountIds: momentAudienceAccounts(moment, members),
        message: { type: 'moment.shared', spaceId },
      });
    }
    return c.json({ moment: presentMoment(moment, member.id) }, 201);
  });

  router.openapi(createCheckin, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'checkin.create' });
    const body = c.req.valid('json');
    const now = deps.clock.now();
    const checkin: Checkin = {
      id: newId(now.getTime()),
      spaceId,
      memberId: member.id,
      state: body.state,
      intensity: body.intensity,
      note: noteOf(body.note),
      createdAt: now.toISOString(),
      editedAt: null,
    };
    await deps.write((trx) => insertCheckin(trx, checkin));
    const advice = await adviceFor(db, { spaceId, viewer: member, now });
    return c.json(
      {
        checkin: presentCheckin(checkin),
        regulation: presentRegulation(advice),
      },
      201,
    );
  });

  router.openapi(regulation, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'checkin.create' });
    const advice = await adviceFor(db, { spaceId, viewer: member, now: deps.clock.now() });
    return c.json(
      {
        regulation: presentRegulation(advice),
      },
      200,
    );
  });

  mountMomentEditing(router, deps);
  return router;
}
