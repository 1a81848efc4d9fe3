import { editAttemptMessage, editResponse, editRupture } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import type { AppDeps, Viewer } from '../../http/env';
import { AppError } from '../../http/errors';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent } from '../../http/openapi';
import type { EventBus } from '../../ports/event-bus';
import { findAttempt, updateAttemptMessage, updateResponseWords } from '../../store/repair';
import { loadDetail } from './operations';
import { runChange } from './run-change';
import {
  AttemptParams,
  EditAttemptBody,
  EditResponseBody,
  EditRuptureBody,
  expectedVersion,
  IfMatchHeader,
  ResponseParams,
  RuptureParams,
  RuptureResponse,
} from './schema';

const tags = ['ruptures'];
const base = '/api/spaces/{spaceId}/ruptures/{ruptureId}';
const refusals = { ...commonErrors, 409: commonErrors[400] } as const;

const editRuptureRoute = defineRoute({
  method: 'patch',
  path: base,
  tags,
  description:
    'Its author changes what a rupture says: size, kinds, topic, note, occurredAt. Marked `editedAt` for everyone who sees it; the earlier wording is not kept. Harm is never removed here, nor added (`…/harm`).',
  request: { params: RuptureParams, body: jsonBody(EditRuptureBody), headers: IfMatchHeader },
  responses: { 200: jsonContent(RuptureResponse, 'The rupture as edited.'), ...refusals },
});

const editAttemptRoute = defineRoute({
  method: 'patch',
  path: `${base}/attempts/{attemptId}`,
  tags,
  description: 'The one who made an attempt changes or clears its message; marked `editedAt`.',
  request: { params: AttemptParams, body: jsonBody(EditAttemptBody), headers: IfMatchHeader },
  responses: { 200: jsonContent(RuptureResponse, 'The rupture, with the attempt as edited.'), ...refusals },
});

const editResponseRoute = defineRoute({
  method: 'patch',
  path: `${base}/responses/{responseId}`,
  tags,
  description:
    'Whoever recorded an answer changes the need of a "not yet" or the note of an observed reconnection; marked `editedAt`.',
  request: { params: ResponseParams, body: jsonBody(EditResponseBody), headers: IfMatchHeader },
  responses: { 200: jsonContent(RuptureResponse, 'The rupture, with the answer as edited.'), ...refusals },
});

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus };

/**
 * Editing one's own entries (issue 8). Each is one change through
 * `runChange`: hidden ruptures, attempts and answers are not found (404),
 * a stale `If-Match` is refused (409 `stale_version`), and core decides who
 * may edit what (409 `only_author` for someone else's words). The edit is
 * announced as `rupture.edited` only to those who may see the rupture, and
 * the push carries no words.
 */
export function editRoutes(deps: Deps) {
  const router = createRouter();

  /** Signed in → a current member → one version-checked change → the detail as this viewer sees it. */
  async function edit<T>(
    viewer: Viewer,
    target: { spaceId: string; ruptureId: string; ifMatch: string | undefined },
    run: Pick<Parameters<typeof runChange<T>>[1], 'apply' | 'save'>,
  ) {
    const member = await authorizeSpace(deps.db, viewer, { spaceId: target.spaceId, action: 'rupture.act' });
    const { rupture, members } = await runChange(deps, {
      ...run,
      spaceId: target.spaceId,
      ruptureId: target.ruptureId,
      viewer: member,
      expectedVersion: expectedVersion(target.ifMatch),
    });
    return { rupture: await loadDetail(deps.db, rupture, member, members) };
  }

  router.openapi(editRuptureRoute, async (c) => {
    const params = c.req.valid('param');
    const body = c.req.valid('json');
    const answer = await edit(
      requireViewer(c),
      { ...params, ifMatch: c.req.valid('header')['if-match'] },
      { apply: (ctx) => editRupture({ rupture: ctx.rupture, actorMemberId: ctx.viewer.id, edit: body, at: ctx.at }) },
    );
    return c.json(answer, 200);
  });

  router.openapi(editAttemptRoute, async (c) => {
    const { attemptId, ...params } = c.req.valid('param');
    const { message } = c.req.valid('json');
    const answer = await edit(
      requireViewer(c),
      { ...params, ifMatch: c.req.valid('header')['if-match'] },
      {
        async apply(ctx) {
          const attempt = await findAttempt(ctx.db, { ...params, attemptId });
          if (!attempt) throw new AppError('not_found');
          return editAttemptMessage({
            rupture: ctx.rupture,
            attempt,
            actorMemberId: ctx.viewer.id,
            message,
            at: ctx.at,
          });
        },
        save: async (trx, { attempt }) => {
          if (attempt) await updateAttemptMessage(trx, attempt);
        },
      },
    );
    return c.json(answer, 200);
  });

  router.openapi(editResponseRoute, async (c) => {
    const { responseId, ...params } = c.req.valid('param');
    const { need, note } = c.req.valid('json');
    const answer = await edit(
      requireViewer(c),
      { ...params, ifMatch: c.req.valid('header')['if-match'] },
      {
        apply(ctx) {
          const response = ctx.responses.find((r) => r.id === responseId);
          if (!response) throw new AppError('not_found');
          const words = need !== undefined ? { need } : { note: note ?? null };
          return editResponse({
            rupture: ctx.rupture,
            response,
            actorMemberId: ctx.viewer.id,
            edit: words,
            at: ctx.at,
          });
        },
        save: async (trx, { response }) => {
          if (response) await updateResponseWords(trx, response);
        },
      },
    );
    return c.json(answer, 200);
  });

  return router;
}
