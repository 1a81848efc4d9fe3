import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type Target } from './endpoints';
import { useTestContext } from './harness';

describe('the endpoint catalogue used by the matrix and fuzz tests', () => {
  const ctx = useTestContext();

  it('lists exactly the routes of the OpenAPI document', async () => {
    const res = await ctx().app.request('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
      .sort();
    const listed = ENDPOINTS.map((e) => `${e.method} ${e.template}`).sort();
    expect(listed).toEqual(documented);
  });

  it('aims every entry at its own route: the path it builds fits its template', () => {
    const target: Target = {
      spaceId: 'space-1',
      memberId: 'member-1',
      guestMemberId: 'guest-1',
      sessionId: 'session-1',
      inviteToken: 'token-1',
      inviteId: 'invite-1',
      ruptureId: 'rupture-1',
      attemptId: 'attempt-1',
      responseId: 'response-1',
      privateRuptureId: 'private-1',
      earlierRuptureId: 'earlier-1',
      momentId: 'moment-1',
      checkinId: 'checkin-1',
      conversationId: 'conversation-1',
      conversationStepId: 'step-1',
      conversationVersion: 1,
    };
    for (const endpoint of ENDPOINTS) {
      const shape = new RegExp(`^${endpoint.template.replace(/\{[^}]+\}/g, '[^/?]+')}$`);
      expect(endpoint.path(target), `${endpoint.method} ${endpoint.template}`).toMatch(shape);
    }
  });
});
