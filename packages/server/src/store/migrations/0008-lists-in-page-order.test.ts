import type { MemberView, RuptureDetailView, RuptureView } from '@repairable/core';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { listsInPageOrder } from './0008-lists-in-page-order';

const DAY = 86_400_000;

describe('migration 0008: snooze times as UTC ISO text', () => {
  const ctx = useTestContext();

  it('normalizes a snooze stored with an offset, so reminders compare it with now correctly', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const space = await createSpace(ana);
    const me = space.members.find((m: MemberView) => m.isMe)?.id ?? '';
    const base = `/api/spaces/${space.id}`;
    const made = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['missed_bid'],
      involved: [],
      visibility: 'private',
    });
    const id = made.body.rupture.id;
    ctx().clock.advance(DAY + 1);
    // How a snooze sent with an offset was stored before: as sent. It ended an hour ago,
    // but as text it sorts after now, so read as text it would still hide the reminder.
    const now = ctx().clock.now();
    const endedAnHourAgo = new Date(now.getTime() - 3_600_000);
    const asSent = `${new Date(endedAnHourAgo.getTime() + 5 * 3_600_000).toISOString().slice(0, 23)}+05:00`;
    expect(Date.parse(asSent)).toBe(endedAnHourAgo.getTime());
    expect(asSent > now.toISOString()).toBe(true);
    await ctx()
      .db.insertInto('reminder_state')
      .values({ space_id: space.id, rupture_id: id, member_id: me, shown: 0, snoozed_until: asSent })
      .execute();

    await listsInPageOrder.up(ctx().db as unknown as Kysely<unknown>);

    const row = await ctx()
      .db.selectFrom('reminder_state')
      .selectAll()
      .where('rupture_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row.snoozed_until).toBe(endedAnHourAgo.toISOString());
    const due = await ana.get<{ ruptures: RuptureView[] }>(`${base}/reminders`);
    expect(due.body.ruptures.map((r) => r.id)).toEqual([id]);
  });
});
