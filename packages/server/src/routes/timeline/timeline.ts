import { z } from '@hono/zod-openapi';
import { LIMITS, remindersDue, type TimelineItem } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { checkinVisibleTo, momentVisibleTo, ruptureVisibleTo } from '../../access/visibility';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonContent } from '../../http/openapi';
import { encodeCursor, pageQuery, pageRequest } from '../../http/paging';
import { listCheckins, listVisibleMoments } from '../../store/moments';
import { listReminderStates, reminderMayBeDue } from '../../store/reminders';
import { listRuptures } from '../../store/ruptures';
import { findSafetyFirst } from '../../store/safety-screen';
import { presentCheckin, presentMoment } from '../moments/presenters';
import { CheckinSchema, MomentSchema } from '../moments/schema';
import { presentRupturesFor, viewerOf } from '../ruptures/operations';
import { presentRupture } from '../ruptures/presenters';
import { RuptureSchema } from '../ruptures/schema';
import { SpaceParams } from '../spaces/schema';

const tags = ['timeline'];

/**
 * Reminders are a gentle few, not a list to page through: the oldest due
 * today, at most this many (the rest come back as these are seen or put
 * away; every open one is also in the paginated rupture list).
 */
const REMINDERS_SHOWN = 10;

const TimelineQuery = z.strictObject(pageQuery(30));

const TimelineItemSchema = z
  .union([
    z.object({ type: z.literal('rupture'), at: z.string(), rupture: RuptureSchema }),
    z.object({ type: z.literal('moment'), at: z.string(), moment: MomentSchema }),
    z.object({ type: z.literal('checkin'), at: z.string(), checkin: CheckinSchema }),
  ])
  .openapi('TimelineItem');

const timeline = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}/timeline',
  tags,
  request: { params: SpaceParams, query: TimelineQuery },
  responses: {
    200: jsonContent(
      z.object({ items: z.array(TimelineItemSchema), nextBefore: z.string().nullable() }),
      'What I may see, newest first: ruptures, positive moments and my own check-ins.',
    ),
    ...commonErrors,
  },
});

const reminders = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}/reminders',
  tags,
  request: { params: SpaceParams },
  responses: {
    200: jsonContent(
      z.object({ ruptures: z.array(RuptureSchema) }),
      `Open ruptures to bring back gently today: the oldest due, at most ${REMINDERS_SHOWN}.`,
    ),
    ...commonErrors,
  },
});

export function timelineRoutes(deps: Pick<AppDeps, 'db' | 'clock'>) {
  const { db } = deps;
  const router = createRouter();

  router.openapi(timeline, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'timeline.read' });
    const page = { spaceId, ...pageRequest(c.req.valid('query')) };
    const { limit } = page;
    // Moments first, the most frequent kind: when they fill a page, nothing older than the page's
    // oldest moment can be on it, so ruptures and check-ins are read only above it (usually a few,
    // instead of a page of each, with who every rupture involves, to show one or none).
    const moments = await listVisibleMoments(db, { ...page, visible: momentVisibleTo(member.id) });
    const oldest = moments.length === limit ? moments[limit - 1] : undefined;
    const above = oldest ? { after: { at: oldest.createdAt, id: oldest.id } } : {};
    const [ruptures, checkins] = await Promise.all([
      listRuptures(db, { ...page, ...above, visible: ruptureVisibleTo(member.id) }),
      listCheckins(db, { ...page, ...above, visible: checkinVisibleTo(member.id) }),
    ]);
    type Keyed = { at: string; id: string; item: () => TimelineItem };
    const keyed: Keyed[] = [
      ...ruptures.map((r) => ({
        at: r.occurredAt,
        id: r.id,
        item: () => ({ type: 'rupture' as const, at: r.occurredAt, rupture: presentRupture(r, lens) }),
      })),
      ...moments.map((m) => ({
        at: m.createdAt,
        id: m.id,
        item: () => ({ type: 'moment' as const, at: m.createdAt, moment: presentMoment(m, member.id) }),
      })),
      ...checkins.map((ch) => ({
        at: ch.createdAt,
        id: ch.id,
        item: () => ({ type: 'checkin' as const, at: ch.createdAt, checkin: presentCheckin(ch) }),
      })),
    ];
    keyed.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
    const shown = keyed.slice(0, limit);
    const shownIds = new Set(shown.map((k) => k.id));
    // Links are looked up, and items shaped, only for what the page shows.
    const lens = await viewerOf(
      db,
      member,
      ruptures.filter((r) => shownIds.has(r.id)),
    );
    const last = shown[shown.length - 1];
    return c.json(
      {
        items: shown.map((k) => k.item()),
        nextBefore: shown.length === limit && last ? encodeCursor(last) : null,
      },
      200,
    );
  });

  router.openapi(reminders, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'rupture.read' });
    // P5: while their view puts safety first, nobody is nudged to repair together.
    if (await findSafetyFirst(db, viewer.accountId)) return c.json({ ruptures: [] }, 200);
    const now = deps.clock.now();
    const mayBeDue = reminderMayBeDue(member.id, now);
    const candidates = await listRuptures(db, {
      spaceId,
      visible: (eb) => eb.and([ruptureVisibleTo(member.id)(eb), mayBeDue(eb)]),
      status: 'open',
      oldestFirst: true,
      limit: LIMITS.pageMax,
    });
    const states = await listReminderStates(db, {
      spaceId,
      memberId: member.id,
      ruptureIds: candidates.map((r) => r.id),
    });
    const due = remindersDue(candidates, states, now).slice(0, REMINDERS_SHOWN);
    return c.json({ ruptures: await presentRupturesFor(db, member, due) }, 200);
  });

  return router;
}
