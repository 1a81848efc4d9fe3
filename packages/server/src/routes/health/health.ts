import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, jsonContent } from '../../http/openapi';

const health = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['health'],
  responses: { 200: jsonContent(z.object({ ok: z.literal(true) }), 'The server is up.') },
});

export function healthRoutes() {
  return createRouter().openapi(health, (c) => c.json({ ok: true as const }, 200));
}
