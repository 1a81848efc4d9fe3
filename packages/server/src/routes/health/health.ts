import { z } from '@hono/zod-openapi';
import { createRouter, defineRoute, jsonContent } from '../../http/openapi';

const health = defineRoute({
  method: 'get',
  path: '/api/health',
  tags: ['health'],
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'The server is up.') },
});

export function healthRoutes() {
  return createRouter().openapi(health, (c) => c.json({ ok: true as const }, 200));
}
