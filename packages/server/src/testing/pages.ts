import { LIMITS } from '@repairable/core';
import type { Kysely } from 'kysely';
import { expect } from 'vitest';
import type { Database } from '../store/schema';
import type { Person } from './client';
import { snapshotDatabase } from './world';

/**
 * Reads a paginated list from its first page to its last by following
 * `next`, as a client would, and checks every page is a 200 no longer than
 * `limit`. Bounded: a list that never ends fails instead of looping.
 */
export async function walkPages<T>(
  person: Person,
  props: { path: string; key: string; limit: number; maxPages?: number },
): Promise<{ items: T[]; sizes: number[] }> {
  const items: T[] = [];
  const sizes: number[] = [];
  const joiner = props.path.includes('?') ? '&' : '?';
  let next: string | null = null;
  for (let page = 0; page < (props.maxPages ?? 200); page++) {
    const cursor: string = next ? `&before=${encodeURIComponent(next)}` : '';
    const res = await person.get<Record<string, unknown>>(`${props.path}${joiner}limit=${props.limit}${cursor}`);
    expect(res.status).toBe(200);
    const got = res.body[props.key] as T[];
    expect(got.length).toBeLessThanOrEqual(props.limit);
    items.push(...got);
    sizes.push(got.length);
    next = res.body.next as string | null;
    if (next === null) return { items, sizes };
  }
  throw new Error(`${props.path} still had a next page after ${props.maxPages ?? 200} pages`);
}

/** A limit beyond the bound, a forged cursor or an unknown paging field is a 400 that changes nothing. */
export async function expectBadPagesRefused(db: Kysely<Database>, person: Person, path: string): Promise<void> {
  const before = await snapshotDatabase(db);
  for (const query of [
    `limit=${LIMITS.pageMax + 1}`,
    'limit=1000000',
    'limit=0',
    'limit=-1',
    'limit=2.5',
    'limit=lots',
    'before=forged',
    'offset=3',
  ]) {
    const res = await person.get(`${path}${path.includes('?') ? '&' : '?'}${query}`);
    expect(res.status, query).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'validation_failed' } });
  }
  expect(await snapshotDatabase(db)).toEqual(before);
}
