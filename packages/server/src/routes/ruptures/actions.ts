import {
  acknowledgeRupture,
  attemptRepair,
  letGo,
  markRepairNotHeld,
  raiseRupture,
  recordReconnection,
  recordReconnectionWithAnswer,
  respondToRepair,
  takeBreak,
} from '@repairable/core';
import { authorizeSpace, requireViewerOf } from '../../access/authorize';
import { emptyBody } from '../../http/body';
import type { AppDeps, Viewer } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent } from '../../http/openapi';
import type { EventBus } from '../../ports/event-bus';
import { newId } from '../../ports/ids';
import { insertAttempt, insertResponse } from '../../store/repair';
import { adviceFor, loadDetail } from './operations';
import { presentAttempt } from './presenters';
import { type ChangeContext, runChange } from './run-change';
import {
  AttemptBody,
  AttemptResponse,
  BreakBody,
  expectedVersion,
  IfMatchHeader,
  ReconnectedBody,
  ResponseBody,
  RuptureParams,
  RuptureResponse,
} from './schema';

const tags = ['ruptures'];
const base = '/api/spaces/{spaceId}/ruptures/{ruptureId}';
const conflict = { 409: commonErrors[400] } as const;

function bodylessAction(name: string, description: string) {
  return defineRoute({
    method: 'post',
    path: `${base}/${name}`,
    tags,
    middleware: [emptyBody()] as const,
    request: { params: RuptureParams, headers: IfMatchHeader },
    responses: { 200: jsonContent(RuptureResponse, description), ...commonErrors, ...conflict },
  });
}

const raise = bodylessAction('raise', 'Shared with the members it involves.');
const acknowledge = bodylessAction('acknowledge', '"Something happened between us."');
const letGoRoute = bodylessAction('let-go', 'Closed by its author: let go.');

const attempts = defineRoute({
  method: 'post',
  path: `${base}/attempts`,
  tags,
  request: { params: RuptureParams, body: jsonBody(AttemptBody), headers: IfMatchHeader },
  responses: {
    201: jsonContent(AttemptResponse, 'A repair attempt; a new round begins.'),
    ...commonErrors,
    ...conflict,
  },
});

const responses = defineRoute({
  method: 'post',
  path: `${base}/responses`,
  tags,
  request: { params: RuptureParams, body: jsonBody(ResponseBody), headers: IfMatchHeader },
  responses: {
    201: jsonContent(RuptureResponse, 'How I feel now; repaired once everyone is.'),
    ...commonErrors,
    ...conflict,
  },
});

const reconnected = defineRoute({
  method: 'post',
  path: `${base}/reconnected`,
  tags,
  request: { params: RuptureParams, body: jsonBody(ReconnectedBody), headers: IfMatchHeader },
  responses: {
    201: jsonContent(RuptureResponse, 'The reconnection observed for a member without an account.'),
    ...commonErrors,
    ...conflict,
  },
});

const breakRoute = defineRoute({
  method: 'post',
  path: `${base}/break`,
  tags,
  request: { params: RuptureParams, body: jsonBody(BreakBody), headers: IfMatchHeader },
  responses: { 200: jsonContent(RuptureResponse, 'Paused until the return time.'), ...commonErrors, ...conflict },
});

/** Where an action is aimed, read from the validated request. */
function targetOf(c: {
  req: { param(): Record<string, string>; header(name: string): string | undefined };
  get(key: 'viewer'): Viewer | undefined;
}) {
  const params = c.req.param();
  return {
    spaceId: params.spaceId ?? '',
    ruptureId: params.ruptureId ?? '',
    ifMatch: c.req.header('if-match'),
    viewer: requireViewerOf(c.get('viewer')),
  };
}

export function ruptureActionRoutes(deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus }) {
  const { db } = deps;
  const router = createRouter();

  /** Every action: signed in → a current member → the one transactional runner → the detail view. */
  async function act<T>(
    target: { spaceId: string; ruptureId: string; ifMatch: string | undefined; viewer: Viewer },
    run: Pick<Parameters<typeof runChange<T>>[1], 'apply' | 'save'>,
  ) {
    const { spaceId, ruptureId } = target;
    const member = await authorizeSpace(db, target.viewer, { spaceId, action: 'rupture.act' });
    const result = await runChange(deps, {
      ...run,
      spaceId,
      ruptureId,
      viewer: member,
      expectedVersion: expectedVersion(target.ifMatch),
    });
    return { ...result, member, detail: await loadDetail(db, result.rupture, member, result.members) };
  }

  router.openapi(raise, async (c) => {
    const { detail } = await act(targetOf(c), {
      async apply(ctx) {
        const raised = raiseRupture({
          rupture: ctx.rupture,
          actorMemberId: ctx.viewer.id,
          members: ctx.members,
          at: ctx.at,
        });
        // Raising widens who sees it: a link it carries may now explain that an earlier repair did not hold.
        const earlier = raised.rupture.linkedToId ? await ctx.lock(raised.rupture.linkedToId) : undefined;
        if (!earlier) return raised;
        const marked = markRepairNotHeld({
          rupture: raised.rupture,
          earlier,
          members: ctx.members,
          actorMemberId: ctx.viewer.id,
          at: ctx.at,
        });
        return { ...raised, events: [...raised.events, ...marked.events], related: [marked.earlier] };
      },
    });
    return c.json({ rupture: detail }, 200);
  });

  router.openapi(acknowledge, async (c) => {
    const { detail } = await act(targetOf(c), {
      apply: (ctx) =>
        acknowledgeRupture({ rupture: ctx.rupture, actorMemberId: ctx.viewer.id, members: ctx.members, at: ctx.at }),
    });
    return c.json({ rupture: detail }, 200);
  });

  router.openapi(letGoRoute, async (c) => {
    const { detail } = await act(targetOf(c), {
      apply: (ctx) => letGo({ rupture: ctx.rupture, actorMemberId: ctx.viewer.id, at: ctx.at }),
    });
    return c.json({ rupture: detail }, 200);
  });

  router.openapi(attempts, async (c) => {
    const body = c.req.valid('json');
    const { detail, created, member } = await act(targetOf(c), {
      async apply(ctx) {
        const advice = await adviceFor(ctx.db, { spaceId: ctx.rupture.spaceId, viewer: ctx.viewer, now: ctx.now });
        return attemptRepair({
          rupture: ctx.rupture,
          actorMemberId: ctx.viewer.id,
          id: newId(ctx.now.getTime()),
          kind: body.kind,
          message: body.message ?? null,
          whileFlooded: advice.offerBreak,
          at: ctx.at,
        });
      },
      save: (trx, made) => insertAttempt(trx, made.attempt),
    });
    return c.json({ attempt: presentAttempt(created.attempt, member.id), rupture: detail }, 201);
  });

  router.openapi(breakRoute, async (c) => {
    const { returnAt } = c.req.valid('json');
    const { detail } = await act(targetOf(c), {
      async apply(ctx) {
        const advice = await adviceFor(ctx.db, { spaceId: ctx.rupture.spaceId, viewer: ctx.viewer, now: ctx.now });
        return takeBreak({
          rupture: ctx.rupture,
          actorMemberId: ctx.viewer.id,
          members: ctx.members,
          id: newId(ctx.now.getTime()),
          returnAt,
          whileFlooded: advice.offerBreak,
          at: ctx.at,
        });
      },
      save: (trx, made) => insertAttempt(trx, made.attempt),
    });
    return c.json({ rupture: detail }, 200);
  });

  router.openapi(responses, async (c) => {
    const body = c.req.valid('json');
    const { detail } = await act(targetOf(c), {
      apply: (ctx) =>
        respondToRepair({
          rupture: ctx.rupture,
          responses: ctx.responses,
          members: ctx.members,
          actorMemberId: ctx.viewer.id,
          id: newId(ctx.now.getTime()),
          feel: body.feel,
          need: body.need ?? null,
          at: ctx.at,
        }),
      save: (trx, made) => insertResponse(trx, made.response),
    });
    return c.json({ rupture: detail }, 201);
  });

  router.openapi(reconnected, async (c) => {
    const body = c.req.valid('json');
    const { feel } = body;
    const observed = (ctx: ChangeContext) => ({
      rupture: ctx.rupture,
      responses: ctx.responses,
      members: ctx.members,
      actorMemberId: ctx.viewer.id,
      memberId: body.memberId,
      note: body.note ?? null,
      at: ctx.at,
    });
    const { detail } =
      feel === undefined
        ? await act(targetOf(c), {
            apply: (ctx) => recordReconnection({ ...observed(ctx), id: newId(ctx.now.getTime()) }),
            save: (trx, made) => insertResponse(trx, made.response),
          })
        : // Parent mode: what the child did and the parent's own answer, in one transaction.
          await act(targetOf(c), {
            apply: (ctx) =>
              recordReconnectionWithAnswer({
                ...observed(ctx),
                ids: [newId(ctx.now.getTime()), newId(ctx.now.getTime())],
                feel,
                need: body.need ?? null,
              }),
            async save(trx, made) {
              for (const response of made.responses) await insertResponse(trx, response);
            },
          });
    return c.json({ rupture: detail }, 201);
  });

  return router;
}
