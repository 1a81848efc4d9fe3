import type { AppDeps } from './http/env';
import { AppError, errorHandler } from './http/errors';
import { idempotency } from './http/idempotency';
import { shedLoad } from './http/load-shedding';
import { apiWriteGuards, detectSecure, loadViewer, requestLog, securityHeaders } from './http/middleware';
import { createRouter } from './http/openapi';
import { ownHostOnly } from './http/origin';
import { mountWebApp } from './http/static';
import { defaultLimits } from './limits';
import { mountLive } from './live/live';
import { authRoutes } from './routes/auth/auth';
import { conversationActionRoutes } from './routes/conversations/actions';
import { conversationRoutes } from './routes/conversations/conversations';
import { healthRoutes } from './routes/health/health';
import { insightRoutes } from './routes/insights/insights';
import { dropAfterWrites, dropOnAnnouncedChanges, KeptInsights } from './routes/insights/kept';
import { inviteRoutes } from './routes/invites/invites';
import { momentRoutes } from './routes/moments/moments';
import { ruptureActionRoutes } from './routes/ruptures/actions';
import { editRoutes } from './routes/ruptures/edit';
import { harmRoutes } from './routes/ruptures/harm';
import { ruptureRoutes } from './routes/ruptures/ruptures';
import { safetyRoutes } from './routes/safety/safety';
import { demoSpaceRoutes } from './routes/spaces/demo-space';
import { spaceRoutes } from './routes/spaces/spaces';
import { timelineRoutes } from './routes/timeline/timeline';

/**
 * The whole HTTP surface as one Hono app. Tests call `app.request()` on it
 * in-process; `serve` binds it to a port and lets `live` take WebSocket
 * upgrades.
 */
export function createApp(deps: AppDeps) {
  const app = createRouter();
  const limits = deps.options.limits ?? defaultLimits();
  app.onError(errorHandler(deps.logger));
  app.use('*', requestLog(deps.logger), detectSecure(deps.options.trustProxy), securityHeaders());
  app.use('*', ownHostOnly({ trustProxy: deps.options.trustProxy, allowedHosts: deps.options.allowedHosts ?? [] }));
  // Before anything costly: beyond the requests in flight, a quick 503 (SECURITY.md R5); health is never shed.
  app.use('/api/*', shedLoad({ maxInFlight: limits.apiMaxInFlight, exempt: ['/api/health'] }));
  app.use('/api/*', apiWriteGuards(deps.options.trustProxy), loadViewer(deps), idempotency(deps));
  // Insights kept per viewer, dropped for a whole space by any change in it: announced, or any write there.
  const kept = new KeptInsights();
  dropOnAnnouncedChanges(kept, deps.bus);
  app.use('/api/spaces/:spaceId', dropAfterWrites(kept));
  app.use('/api/spaces/:spaceId/*', dropAfterWrites(kept));

  app.route('/', healthRoutes());
  app.route('/', authRoutes(deps));
  app.route('/', spaceRoutes(deps));
  app.route('/', demoSpaceRoutes(deps));
  app.route('/', inviteRoutes(deps));
  app.route('/', ruptureRoutes(deps));
  app.route('/', ruptureActionRoutes(deps));
  app.route('/', harmRoutes(deps));
  app.route('/', editRoutes(deps));
  app.route('/', safetyRoutes(deps));
  app.route('/', momentRoutes(deps));
  app.route('/', timelineRoutes(deps));
  app.route('/', insightRoutes(deps, kept));
  app.route('/', conversationRoutes(deps));
  app.route('/', conversationActionRoutes(deps));
  const live = mountLive(app, deps, limits);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: { title: 'Repairable API', version: '1.0.0', description: 'Notice and repair ruptures in relationships.' },
  });
  app.all('/api/*', () => {
    throw new AppError('not_found');
  });

  if (deps.options.webDir) mountWebApp(app, { webDir: deps.options.webDir, quickExitUrl: deps.options.quickExitUrl });
  return { app, live };
}

export type App = ReturnType<typeof createApp>['app'];
