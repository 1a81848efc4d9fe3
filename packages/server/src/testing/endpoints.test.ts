import { describe, expect, it } from 'vitest';
import { ENDPOINTS } from './endpoints';
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
});
