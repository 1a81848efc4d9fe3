import { z } from '@hono/zod-openapi';
import { InsightsState } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { momentVisibleTo, ruptureVisibleTo } from '../../access/visibility';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonContent } from '../../http/openapi';
import { readInsightRows } from '../../store/insights';
import { SpaceParams } from '../spaces/schema';
import type { KeptInsights } from './kept';
import { presentInsights } from './presenter';
import { InsightsQuery, InsightsSchema } from './schema';

const insights = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}/insights',
  tags: ['insights'],
  request: { params: SpaceParams, query: InsightsQuery },
  responses: {
    200: jsonContent(
      z.object({ insights: InsightsSchema }),
      'The shape of the space over the window, counted over what I may see (DESIGN.md §5).',
    ),
    ...commonErrors,
  },
});

/**
 * `kept`: the viewers' insights between requests (`kept.ts`); the app
 * makes one and keeps it fresh, so it is always given: one made here would
 * hear of no change and serve stale figures. Built from what the viewer
 * may see, read at this request's window and clock.
 */
export function insightRoutes(deps: Pick<AppDeps, 'db' | 'dialect' | 'clock'>, kept: KeptInsights) {
  const { db } = deps;
  const router = createRouter();

  router.openapi(insights, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const { window } = c.req.valid('query');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'insights.read' });
    const state = await kept.get(spaceId, member.id, async () => {
      const rows = await readInsightRows(db, {
        dialect: deps.dialect,
        spaceId,
        ruptures: ruptureVisibleTo(member.id),
        moments: momentVisibleTo(member.id),
        attemptsBy: member.id,
      });
      return InsightsState.from({ viewerId: member.id, ...rows });
    });
    return c.json({ insights: presentInsights(state.read(window, deps.clock.now())) }, 200);
  });

  return router;
}
