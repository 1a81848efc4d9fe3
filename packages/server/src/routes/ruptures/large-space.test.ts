import type { MemberView, RuptureView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { newId } from '../../ports/ids';
import { IN_LIST_SLICE } from '../../store/slices';
import { createSpace, joinSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

/** SQLite's default cap on the parameters of one statement. */
const SQLITE_MAX_PARAMETERS = 32_766;

describe('a space with many ruptures', () => {
  const ctx = useTestContext();

  it('lists every one with who it involves, past the parameter limit of one statement', async () => {
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

    const all = await ana.get<{ ruptures: RuptureView[] }>(`${base}/ruptures?status=all`);
    expect(all.status).toBe(200);
    expect(all.body.ruptures).toHaveLength(total);
    // Members in the order they joined the space, for every rupture in every slice.
    for (const rupture of all.body.ruptures) expect(rupture.involved).toEqual([first, second]);
  });
});
