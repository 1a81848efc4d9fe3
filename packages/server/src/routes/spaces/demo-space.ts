import { z } from '@hono/zod-openapi';
import { requireViewer } from '../../access/authorize';
import { createDemoSpaceFor } from '../../demo/demo';
import { DEMO_KINDS } from '../../demo/kinds';
import { readOptionalBody } from '../../http/body';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonContent } from '../../http/openapi';
import { presentOneSpace } from './present';
import { SpaceResponse } from './schema';

/** Optional: which kind of sample space; a couple when absent. */
const DemoSpaceBody = z.strictObject({ kind: z.enum(DEMO_KINDS).optional() });

const createDemoSpace = defineRoute({
  method: 'post',
  path: '/api/demo-space',
  tags: ['spaces'],
  description:
    'Try with sample data: a sample space (`sample: true`, named "Sample space (demo)") with a year of simulated history beside someone without an account. Optional body `{"kind": "couple" | "parent_child"}`. One at a time, whatever it is renamed to (409 `demo_space_exists`, nothing written); leaving it deletes it.',
  responses: { 201: jsonContent(SpaceResponse, 'The sample space, with me in it.'), ...commonErrors },
});

export function demoSpaceRoutes(deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write' | 'options'>) {
  const router = createRouter();
  router.openapi(createDemoSpace, async (c) => {
    const viewer = requireViewer(c);
    const { kind } = await readOptionalBody(c, DemoSpaceBody);
    const made = await createDemoSpaceFor(deps, {
      accountId: viewer.accountId,
      kind: kind ?? 'couple',
      years: deps.options.demoSpaceYears ?? 1,
    });
    return c.json({ space: await presentOneSpace(deps, made.space, made.members, viewer.accountId) }, 201);
  });
  return router;
}
