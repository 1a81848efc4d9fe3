import { request as httpRequest } from 'node:http';
import { LIMITS } from '@repairable/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Person, signUp } from '../testing/client';
import { useTestContext } from '../testing/harness';
import { listen } from '../testing/listen';
import { snapshotDatabase } from '../testing/world';

/**
 * Request bodies over real HTTP, where they are read from Node's stream
 * (in-process requests take the web-stream path, covered at the end).
 */
describe('reading request bodies', () => {
  const ctx = useTestContext();
  let server: Awaited<ReturnType<typeof listen>>;
  let ana: Person;

  beforeEach(async () => {
    ana = await signUp(ctx().app);
    server = await listen(ctx());
  });
  afterEach(async () => {
    await server.close();
  });

  /** Sends `chunks` one write at a time; without `contentLength` Node sends them chunked. */
  function send(path: string, chunks: (string | Buffer)[], contentLength?: number) {
    const { port } = new URL(server.url);
    return new Promise<{ status: number; body: unknown }>((resolve, reject) => {
      const headers: Record<string, string | number> = { cookie: ana.cookie ?? '', 'content-type': 'application/json' };
      if (contentLength !== undefined) headers['content-length'] = contentLength;
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : undefined }));
      });
      req.on('error', reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  }

  it('takes a JSON body in any chunking, multi-byte letters split between chunks included', async () => {
    const bytes = Buffer.from(JSON.stringify({ name: 'Zoë & Łukasz 🌱', kind: 'couple' }));
    const oneByteAtATime = [...bytes].map((b) => Buffer.from([b]));
    const chunked = await send('/api/spaces', oneByteAtATime);
    expect(chunked).toMatchObject({ status: 201, body: { space: { name: 'Zoë & Łukasz 🌱' } } });
    const whole = await send('/api/spaces', [bytes], bytes.length);
    expect(whole).toMatchObject({ status: 201, body: { space: { name: 'Zoë & Łukasz 🌱' } } });
  });

  it('drops a leading byte-order mark, as browsers and fetch do', async () => {
    const answer = await send('/api/spaces', ['\uFEFF{"name":"Us","kind":"couple"}']);
    expect(answer).toMatchObject({ status: 201, body: { space: { name: 'Us' } } });
  });

  it('answers malformed JSON with 400 and changes nothing', async () => {
    const before = await snapshotDatabase(ctx().db);
    const answer = await send('/api/spaces', ['{"name": "Us", ']);
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'malformed_json' } } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });

  it('refuses a body over the limit with 413, declared or streamed, changes nothing and keeps serving', async () => {
    const before = await snapshotDatabase(ctx().db);
    const huge = JSON.stringify({ name: 'x'.repeat(LIMITS.bodyBytes), kind: 'couple' });
    const declared = await send('/api/spaces', [huge], Buffer.byteLength(huge));
    expect(declared).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    const pieces = huge.match(/.{1,4096}/g) ?? [];
    const streamed = await send('/api/spaces', pieces);
    expect(streamed).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    const after = await send('/api/spaces', ['{"name":"Still here","kind":"friends"}']);
    expect(after.status).toBe(201);
  });

  it('takes a body of exactly the limit', async () => {
    const padding = LIMITS.bodyBytes - JSON.stringify({ name: 'Us', kind: 'couple', x: '' }).length;
    const exact = JSON.stringify({ name: 'Us', kind: 'couple', x: ' '.repeat(padding) });
    expect(Buffer.byteLength(exact)).toBe(LIMITS.bodyBytes);
    // Read in full (not refused as too large), then refused for its unknown field.
    const answer = await send('/api/spaces', [exact]);
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'validation_failed' } } });
  });

  it('treats no body as empty on actions that take none', async () => {
    const answer = await send('/api/auth/logout', []);
    expect(answer.status).toBe(204);
  });

  it('answers a client that leaves mid-body with a quiet 400, and keeps serving', async () => {
    const { port } = new URL(server.url);
    const lines = ctx().logger.lines;
    const before = lines.length;
    await new Promise<void>((resolve) => {
      const headers = { cookie: ana.cookie ?? '', 'content-type': 'application/json', 'content-length': 100 };
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/spaces', method: 'POST', headers });
      req.on('error', () => resolve());
      req.write('{"name": "Us", ');
      setTimeout(() => req.destroy(), 50);
    });
    // Its request line is logged once the server is done with it.
    const logged = () =>
      lines.slice(before).map((l) => JSON.parse(l) as { event: string; status?: number; level: string });
    await expect.poll(() => logged().some((l) => l.event === 'request'), { timeout: 2000 }).toBe(true);
    expect(logged()).toEqual([
      expect.objectContaining({ event: 'request', method: 'POST', status: 400, level: 'info' }),
    ]);
    const after = await send('/api/spaces', ['{"name":"Still here","kind":"friends"}']);
    expect(after.status).toBe(201);
  });

  it('refuses a streamed body over the limit in-process too', async () => {
    const huge = new TextEncoder().encode(JSON.stringify({ name: 'x'.repeat(LIMITS.bodyBytes), kind: 'couple' }));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < huge.length; i += 4096) controller.enqueue(huge.subarray(i, i + 4096));
        controller.close();
      },
    });
    const res = await ctx().app.request('/api/spaces', {
      method: 'POST',
      headers: { cookie: ana.cookie ?? '', 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
  });
});
