import { authorizeSpace, requireViewer } from '../../access/authorize';
import { readOptionalBody } from '../../http/body';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent } from '../../http/openapi';
import type { EventBus } from '../../ports/event-bus';
import { actOnConversation, type ConversationAction, submitConversationStep } from './operations';
import { conversationView } from './presenter';
import { ConversationParams, ConversationResponse, PauseBody, StepBody, VersionOnlyBody } from './schema';

const tags = ['conversations'];
const base = '/api/spaces/{spaceId}/conversations/{conversationId}';
const conflict = { 409: commonErrors[400] } as const;

const steps = defineRoute({
  method: 'post',
  path: `${base}/steps`,
  tags,
  description:
    'Answer the current step. 409 when it is not your turn or the conversation moved on (`version`); ' +
    'sending the same step again after it was recorded answers 200 with the conversation as it is now.',
  request: { params: ConversationParams, body: jsonBody(StepBody) },
  responses: {
    200: jsonContent(ConversationResponse, 'The conversation after this step.'),
    ...commonErrors,
    ...conflict,
  },
});

const pause = defineRoute({
  method: 'post',
  path: `${base}/pause`,
  tags,
  description: 'Pause until a return time the others see (at least 20 minutes when flooded, rule 6).',
  request: { params: ConversationParams, body: jsonBody(PauseBody) },
  responses: { 200: jsonContent(ConversationResponse, 'Paused until the return time.'), ...commonErrors, ...conflict },
});

/** Resume, continue alone, abandon: no body, or `{"version": n}` to act only on the version last seen. */
function bodylessAction(name: string, description: string) {
  return defineRoute({
    method: 'post',
    path: `${base}/${name}`,
    tags,
    description: `${description} Optional body \`{"version": n}\`.`,
    request: { params: ConversationParams },
    responses: { 200: jsonContent(ConversationResponse, description), ...commonErrors, ...conflict },
  });
}

const resume = bodylessAction('resume', 'Back from a pause, where it was left.');
const alone = bodylessAction(
  'continue-alone',
  'The other person is not here: the rest is done at my own pace, the steps for them skipped or made mine.',
);
const abandon = bodylessAction('abandon', 'Stop here, without blame. What was said stays for those who took part.');

export function conversationActionRoutes(
  deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus },
) {
  const router = createRouter();

  router.openapi(steps, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, conversationId } = c.req.valid('param');
    const member = await authorizeSpace(deps.db, viewer, { spaceId, action: 'conversation.act' });
    const { conversation } = await submitConversationStep(deps, {
      spaceId,
      conversationId,
      viewer: member,
      step: c.req.valid('json'),
    });
    return c.json({ conversation: await conversationView(deps.db, member, conversation) }, 200);
  });

  router.openapi(pause, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, conversationId } = c.req.valid('param');
    const member = await authorizeSpace(deps.db, viewer, { spaceId, action: 'conversation.act' });
    const { until, version } = c.req.valid('json');
    const { conversation } = await actOnConversation(deps, {
      spaceId,
      conversationId,
      viewer: member,
      action: { kind: 'pause', until },
      version,
    });
    return c.json({ conversation: await conversationView(deps.db, member, conversation) }, 200);
  });

  for (const [route, kind] of [
    [resume, 'resume'],
    [alone, 'continue-alone'],
    [abandon, 'abandon'],
  ] as const) {
    router.openapi(route, async (c) => {
      const viewer = requireViewer(c);
      const { spaceId, conversationId } = c.req.valid('param');
      const member = await authorizeSpace(deps.db, viewer, { spaceId, action: 'conversation.act' });
      const { version } = await readOptionalBody(c, VersionOnlyBody);
      const action: ConversationAction = { kind };
      const { conversation } = await actOnConversation(deps, {
        spaceId,
        conversationId,
        viewer: member,
        action,
        version,
      });
      return c.json({ conversation: await conversationView(deps.db, member, conversation) }, 200);
    });
  }

  return router;
}
