import type { IncomingMessage } from 'node:http';
import { LIMITS } from '@repairable/core';
import type { Context, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { AppEnv } from './env';
import { AppError } from './errors';

/** Reading request bodies: once, bounded, and the same way for every route. */

type Middleware = MiddlewareHandler<AppEnv>;

const UTF8_BOM = '\uFEFF';

/**
 * Resolves the whole body, or `undefined` as soon as it passes `max` bytes
 * (the rest is drained, not kept). A client that goes away mid-body gets a
 * 400 it will never read, rather than a request left waiting forever.
 */
function readNodeStream(incoming: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const incomplete = () => reject(new AppError('body_incomplete'));
    if (incoming.destroyed) {
      incomplete();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= max) {
        chunks.push(chunk);
        return;
      }
      incoming.off('data', onData);
      incoming.resume();
      resolve(undefined);
    };
    incoming.on('data', onData);
    incoming.once('end', () => resolve(Buffer.concat(chunks, size)));
    incoming.once('error', incomplete);
    incoming.once('close', () => {
      if (!incoming.complete) incomplete();
    });
  });
}

/** The same, from a web stream: for requests that did not come through Node's HTTP server (in-process tests). */
async function readWebStream(body: ReadableStream<Uint8Array>, max: number): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks, size);
    size += value.length;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
}

const NUL_PROBLEM = { path: '', message: 'Text cannot hold the NUL character (\\u0000).' };

/**
 * Whether JSON text escapes a NUL (`\u0000` after an even run of
 * backslashes): no text anyone writes holds one, PostgreSQL cannot store it
 * (the insert failed as a 500), and it hides text from people reading it.
 * A raw NUL byte is already malformed JSON.
 */
function hasNulEscape(text: string): boolean {
  for (let at = text.indexOf('\\u0000'); at !== -1; at = text.indexOf('\\u0000', at + 1)) {
    let slashes = 0;
    while (at - slashes - 1 >= 0 && text[at - slashes - 1] === '\\') slashes += 1;
    if (slashes % 2 === 0) return true;
  }
  return false;
}

/**
 * Reads a write's body at most once, refusing more than `LIMITS.bodyBytes`
 * (413), and leaves the text where Hono's `c.req.text()` and `c.req.json()`
 * look first. Under @hono/node-server it reads Node's request stream
 * directly: building a web Request just to read a small JSON body (an
 * AbortSignal, a web stream) was about a third of the CPU of a write. Decoding
 * matches `Request.text()`: UTF-8, bad bytes replaced, a leading BOM dropped.
 */
export function readBody(): Middleware {
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared !== undefined && Number(declared) > LIMITS.bodyBytes) throw new AppError('payload_too_large');
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    let bytes: Buffer | undefined;
    if (incoming) bytes = await readNodeStream(incoming, LIMITS.bodyBytes);
    else if (c.req.raw.body) bytes = await readWebStream(c.req.raw.body, LIMITS.bodyBytes);
    else bytes = Buffer.alloc(0);
    if (bytes === undefined) throw new AppError('payload_too_large');
    let text = bytes.toString('utf8');
    if (text.startsWith(UTF8_BOM)) text = text.slice(1);
    if (hasNulEscape(text)) throw new AppError('validation_failed', { fields: [NUL_PROBLEM] });
    // Hono keeps promises in this cache (its type says otherwise) and reads them with `.then`.
    (c.req.bodyCache as { text?: Promise<string> }).text = Promise.resolve(text);
    return next();
  };
}

/**
 * Reads a body that may be absent: no body counts as `{}`. The JSON
 * validator of the routes treats an empty body as malformed, so actions
 * whose input is optional read it through here instead.
 */
export async function readOptionalBody<T>(c: Context<AppEnv>, schema: z.ZodType<T>): Promise<T> {
  const text = await c.req.text();
  let parsed: unknown = {};
  if (text.trim() !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new AppError('malformed_json');
    }
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    throw new AppError('validation_failed', {
      fields: result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    });
  }
  return result.data;
}

const NoFields = z.strictObject({});

/**
 * For actions that take no input: the body may be absent or `{}`, nothing
 * else, so a client sending fields it thinks matter hears about it.
 */
export function emptyBody(): Middleware {
  return async (c, next) => {
    await readOptionalBody(c, NoFields);
    return next();
  };
}
