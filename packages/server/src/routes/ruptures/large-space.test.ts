import type { MemberView, RuptureView } from '@repairable/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { newId } from '../../ports/ids';
import { IN_LIST_SLICE } from '../../store/slices';
import { createSpace, joinSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { walkPages } from '../../testing/pages';

/** SQLite's default cap on the parameters of one statement. */
const SQLITE_MAX_PARAMETERS = 32_766;

describe('a space with many ruptures', () => {
  const ctx = useTestContext();

  it('pages through every one with who it involves, more than one statement could take, each page bounded', {
    timeout: 60_000,
  }, async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const space = await createSpace(ana);
    const joined = await joinSpace(ana, ben, space.id);
    const [first, second] = joined.members.map((m: MemberView) => m.id);
    const base = `/api/spaces/${space.id}`;
    const made = await ana.post<{ rupture: RuptureView }>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['missed_bid'],
      involved: [second],
      visibility: 'shared',
    });
    expect(made.status).toBe(201);

    // Copies of that rupture straight into the database: more than SQLite takes in one statement.
    const db = ctx().db;
    const template = await db
      .selectFrom('rupture')
      .selectAll()
      .where('id', '=', made.body.rupture.id)
      .executeTakeFirstOrThrow();
    const total = SQLITE_MAX_PARAMETERS + IN_LIST_SLICE / 2;
    const ids = Array.from({ length: total - 1 }, () => newId());
    for (let start = 0; start < ids.length; start += 500) {
      const slice = ids.slice(start, start + 500);
      await db
        .insertInto('rupture')
        .values(slice.map((id) => ({ ...template, id })))
        .execute();
      await db
        .insertInto('rupture_involvement')
        .values(
          slice.flatMap((id) =>
            [first, second].map((memberId) => ({ space_id: space.id, rupture_id: id, member_id: memberId ?? '' })),
          ),
        )
        .execute();
    }

    // Ruptures of Ben's own, private, that Ana must never see on any page.
    const secret = { ...template, author_member_id: second ?? '', note: 'BEN-PRIVATE', visibility: 'private' as const };
    const hiddenIds = Array.from({ length: 300 }, () => newId());
    await db
      .insertInto('rupture')
      .values(hiddenIds.map((id) => ({ ...secret, id })))
      .execute();

    // Statistics as PostgreSQL's autovacuum keeps them after a bulk load; without them it sorts all 33,000 rows per page.
    if (ctx().dialect === 'postgres') await sql`analyze`.execute(db);

    // The first page is bounded however big the space is; then every page at the largest size, to the end.
    const firstPage = await ana.get<{ ruptures: RuptureView[]; next: string | null }>(`${base}/ruptures?status=all`);
    expect(firstPage.status).toBe(200);
    expect(firstPage.body.ruptures).toHaveLength(50);
    const walk = await walkPages<RuptureView>(ana, {
      path: `${base}/ruptures?status=all`,
      key: 'ruptures',
      limit: 100,
      maxPages: 400,
    });
    expect(walk.items).toHaveLength(total);
    expect(new Set(walk.items.map((r) => r.id)).size).toBe(total);
    expect(walk.items.some((r) => r.note === 'BEN-PRIVATE' || hiddenIds.includes(r.id))).toBe(false);
    // Members in the order they joined the space, for every rupture on every page.
    for (const rupture of walk.items) expect(rupture.involved).toEqual([first, second]);
  });
});
