import { type RuptureDetailView, type RuptureView, remindersDue } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { newId } from '../../ports/ids';
import { listReminderStates, reminderMayBeDue } from '../../store/reminders';
import { listRuptures } from '../../store/ruptures';
import { anaAndBen } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

const DAY = 86_400_000;

describe('reminders read only the oldest candidates, and agree with rule 7 (SECURITY.md R6)', () => {
  const ctx = useTestContext();

  async function couple() {
    const { ana, ben, anaId, benId, space, base } = await anaAndBen(ctx().app);
    const made = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['missed_bid'],
      involved: [],
      visibility: 'private',
    });
    const template = await ctx()
      .db.selectFrom('rupture')
      .selectAll()
      .where('id', '=', made.body.rupture.id)
      .executeTakeFirstOrThrow();
    await ctx().db.deleteFrom('rupture').where('id', '=', template.id).execute();
    return { ana, ben, anaId, benId, spaceId: space.id, base, template };
  }

  it('the SQL candidates hold every rupture core finds due, and exactly those for the first four steps', async () => {
    const { anaId, spaceId, template } = await couple();
    const db = ctx().db;
    const now = ctx().clock.now();
    const ages = [0.5, 1.01, 2.9, 3.1, 6.9, 7.1, 29.9, 30.1, 59.9, 60.1, 89.9, 90.1, 150.1];
    const steps = [null, 1, 2, 3, 4, 5, 7];
    const snoozes = [null, -DAY, DAY];
    const shownOf = new Map<string, number | null>();
    const ruptures: (typeof template)[] = [];
    const stateRows: {
      space_id: string;
      rupture_id: string;
      member_id: string;
      shown: number;
      snoozed_until: string | null;
    }[] = [];
    for (const age of ages) {
      for (const shown of steps) {
        for (const snooze of snoozes) {
          for (const harm of [0, 1] as const) {
            for (const status of ['raised', 'repaired'] as const) {
              const id = newId();
              shownOf.set(id, shown);
              const occurredAt = new Date(now.getTime() - age * DAY).toISOString();
              const kinds = JSON.stringify(harm ? ['harm'] : ['missed_bid']);
              ruptures.push({ ...template, id, occurred_at: occurredAt, harm, kinds, status });
              if (shown === null && snooze === null) continue;
              const snoozedUntil = snooze === null ? null : new Date(now.getTime() + snooze).toISOString();
              stateRows.push({
                space_id: spaceId,
                rupture_id: id,
                member_id: anaId,
                shown: shown ?? 1,
                snoozed_until: snoozedUntil,
              });
            }
          }
        }
      }
    }
    // One transaction: a commit per row would sync to disk over a thousand times.
    await db.transaction().execute(async (trx) => {
      for (let start = 0; start < ruptures.length; start += 200) {
        await trx
          .insertInto('rupture')
          .values(ruptures.slice(start, start + 200))
          .execute();
      }
      for (let start = 0; start < stateRows.length; start += 200) {
        await trx
          .insertInto('reminder_state')
          .values(stateRows.slice(start, start + 200))
          .execute();
      }
    });
    const everything = await listRuptures(db, {
      spaceId,
      visible: (eb) => eb('rupture.space_id', '=', spaceId),
      oldestFirst: true,
      limit: 10_000,
    });
    expect(everything).toHaveLength(shownOf.size);
    const allStates = await listReminderStates(db, {
      spaceId,
      memberId: anaId,
      ruptureIds: everything.map((r) => r.id),
    });
    const due = remindersDue(everything, allStates, now).map((r) => r.id);
    expect(due.length).toBeGreaterThan(20);

    const mayBeDue = reminderMayBeDue(anaId, now);
    const candidates = await listRuptures(db, {
      spaceId,
      visible: mayBeDue,
      status: 'open',
      oldestFirst: true,
      limit: 10_000,
    });
    const ids = candidates.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(due));
    const early = (id: string) => (shownOf.get(id) ?? 0) < 4;
    expect(ids.filter(early)).toEqual(due.filter(early));
    const states = await listReminderStates(db, { spaceId, memberId: anaId, ruptureIds: ids });
    expect(remindersDue(candidates, states, now).map((r) => r.id)).toEqual(due);
  });

  it('answers the ten oldest due, only what the member may see, never harm', async () => {
    const { ana, ben, anaId, benId, base } = await couple();
    const log = async (who: typeof ana, body: Record<string, unknown>) => {
      const res = await who.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
        size: 'tiny',
        kinds: ['missed_bid'],
        ...body,
      });
      expect(res.status).toBe(201);
      return res.body.rupture.id;
    };
    // Logged first, so they would be the oldest due if the filter let them through.
    const hidden = [
      await log(ben, { involved: [anaId], visibility: 'private', note: 'BEN-PRIVATE' }),
      await log(ana, { kinds: ['harm'], involved: [benId], visibility: 'private' }),
    ];
    ctx().clock.advance(60_000);
    const mine: string[] = [];
    for (let i = 0; i < 14; i++) {
      mine.push(await log(ana, { involved: [benId], visibility: i % 2 ? 'shared' : 'private' }));
      ctx().clock.advance(60_000);
    }
    ctx().clock.advance(2 * DAY);
    const res = await ana.get<{ ruptures: RuptureView[] }>(`${base}/reminders`);
    expect(res.status).toBe(200);
    expect(res.body.ruptures.map((r) => r.id)).toEqual(mine.slice(0, 10));
    const text = JSON.stringify(res.body);
    for (const id of hidden) expect(text).not.toContain(id);
    expect(text).not.toContain('BEN-PRIVATE');

    // Seeing the oldest moves it to a later step; the next oldest take its place.
    expect((await ana.post(`${base}/ruptures/${mine[0]}/reminder`, { snoozeUntil: null })).status).toBe(204);
    const after = await ana.get<{ ruptures: RuptureView[] }>(`${base}/reminders`);
    expect(after.body.ruptures.map((r) => r.id)).toEqual(mine.slice(1, 11));
  });

  it('a snooze sent with an offset ends when it says, not when its text sorts', async () => {
    const { ana, base } = await couple();
    const made = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'tiny',
      kinds: ['missed_bid'],
      involved: [],
      visibility: 'private',
    });
    const id = made.body.rupture.id;
    ctx().clock.advance(4 * DAY);
    const inAnHour = new Date(ctx().clock.now().getTime() + 3_600_000);
    const withOffset = `${new Date(inAnHour.getTime() + 5 * 3_600_000).toISOString().slice(0, 23)}+05:00`;
    expect(Date.parse(withOffset)).toBe(inAnHour.getTime());
    expect((await ana.post(`${base}/ruptures/${id}/reminder`, { snoozeUntil: withOffset })).status).toBe(204);
    const due = async () => (await ana.get<{ ruptures: RuptureView[] }>(`${base}/reminders`)).body.ruptures;
    expect(await due()).toEqual([]);
    ctx().clock.advance(2 * 3_600_000);
    expect((await due()).map((r) => r.id)).toEqual([id]);
  });
});
