import { isConcerning, type SafetyScreenView } from '@repairable/core';
import { requireViewer } from '../../access/authorize';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent, noContent } from '../../http/openapi';
import { clearSafetyFirst, findSafetyFirst, putSafetyFirst } from '../../store/safety-screen';
import { loadHelplines } from './helplines-file';
import { ResourcesResponse, ScreenBody, ScreenResponse } from './schema';

const tags = ['safety'];

const resources = defineRoute({
  method: 'get',
  path: '/api/safety/resources',
  tags,
  responses: {
    200: jsonContent(ResourcesResponse, 'Helplines and emergency numbers, every listed country at once.'),
    400: commonErrors[400],
  },
});

const readScreen = defineRoute({
  method: 'get',
  path: '/api/safety/screen',
  tags,
  responses: { 200: jsonContent(ScreenResponse, 'Whether my view puts safety first.'), 401: commonErrors[401] },
});

const takeScreen = defineRoute({
  method: 'put',
  path: '/api/safety/screen',
  tags,
  request: { body: jsonBody(ScreenBody) },
  responses: {
    200: jsonContent(ScreenResponse, 'My answers, taken in: safety first if any was not a plain no.'),
    400: commonErrors[400],
    401: commonErrors[401],
  },
});

const switchBack = defineRoute({
  method: 'delete',
  path: '/api/safety/screen',
  tags,
  responses: { 204: noContent, 401: commonErrors[401] },
});

function viewOf(since: string | undefined): SafetyScreenView {
  return { safetyFirst: since !== undefined, since: since ?? null };
}

/**
 * SECURITY.md P5. The resources are public: someone who is signed out, or
 * has just left in a hurry, may need them most, and asking for them says
 * nothing about anyone (the whole small list comes at once, so not even a
 * country is sent). The screen is the account's own: it names no space, no
 * member and no answer, and nothing of it reaches anyone else.
 */
export function safetyRoutes(deps: Pick<AppDeps, 'db' | 'clock' | 'write' | 'options'>) {
  const { db } = deps;
  const helplines = deps.options.helplines ?? loadHelplines(undefined);
  const router = createRouter();

  router.openapi(resources, (c) => c.json({ resources: [...helplines] }, 200));

  router.openapi(readScreen, async (c) => {
    const viewer = requireViewer(c);
    return c.json({ screen: viewOf(await findSafetyFirst(db, viewer.accountId)) }, 200);
  });

  router.openapi(takeScreen, async (c) => {
    const viewer = requireViewer(c);
    const answers = c.req.valid('json');
    const at = deps.clock.now().toISOString();
    // The answers are weighed here and forgotten: only what they change is kept.
    const since = await deps.write((trx) =>
      isConcerning(answers)
        ? putSafetyFirst(trx, { accountId: viewer.accountId, at })
        : clearSafetyFirst(trx, viewer.accountId).then(() => undefined),
    );
    return c.json({ screen: viewOf(since) }, 200);
  });

  router.openapi(switchBack, async (c) => {
    const viewer = requireViewer(c);
    await deps.write((trx) => clearSafetyFirst(trx, viewer.accountId));
    return c.body(null, 204);
  });

  return router;
}
