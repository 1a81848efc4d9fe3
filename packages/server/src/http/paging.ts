import { z } from '@hono/zod-openapi';
import { LIMITS } from '@repairable/core';
import type { Cursor, Page, PageRequest } from '../store/paging';
import { AppError } from './errors';

/** The cursor is opaque to clients: the (time, id) of the last item they saw. */
export function encodeCursor(item: Cursor): string {
  return Buffer.from(JSON.stringify([item.at, item.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at === 'string' && typeof id === 'string') return { at, id };
  } catch {
    // fall through to the error below
  }
  throw new AppError('validation_failed', { fields: [{ path: 'before', message: 'Not a cursor from this API.' }] });
}

/** The query fields of a keyset-paginated list: `before` (a `next` from the page before) and a bounded `limit`. */
export function pageQuery(defaultLimit: number) {
  return {
    before: z.string().max(200).optional().openapi({ description: 'The `next` of the previous page.' }),
    limit: z.coerce.number().int().min(1).max(LIMITS.pageMax).default(defaultLimit),
  };
}

/** The validated query as the store's page request. */
export function pageRequest(query: { before?: string | undefined; limit: number }): PageRequest {
  return query.before === undefined
    ? { limit: query.limit }
    : { limit: query.limit, before: decodeCursor(query.before) };
}

/** A page's `next` as the client sends it back in `before`; null after the last page. */
export function nextCursor(page: Page<unknown>): string | null {
  return page.next && encodeCursor(page.next);
}

/** The `next` field of every paginated answer. */
export const NextCursor = z
  .string()
  .nullable()
  .openapi({ description: 'Pass as `before` for the next page; null on the last.' });
