import type { RuptureDetailView, RuptureView, TimelineItem } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

/** The quick log's "Undo": the author takes back what is still private; nothing shared, and nobody else, ever. */
describe('DELETE /api/spaces/:spaceId/ruptures/:id', () => {
  const ctx = useTestContext();

  async function log(person: Person, base: string, body: Record<string, unknown>) {
    const res = await person.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['missed_bid'],
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body.rupture;
  }
  const ids = async (person: Person, base: string) => {
    const list = await person.get<{ ruptures: RuptureView[] }>(`${base}/ruptures?status=all`);
    const timeline = await person.get<{ items: TimelineItem[] }>(`${base}/timeline`);
    return {
      list: list.body.ruptures.map((r) => r.id),
      timeline: timeline.body.items.flatMap((i) => (i.type === 'rupture' ? [i.rupture.id] : [])),
    };
  };

  it('takes a private rupture off its author’s list and timeline, with its version checked', async () => {
    const { ana, benId, base } = await anaAndBen(ctx().app);
    const kept = await log(ana, base, { involved: [benId], visibility: 'private', note: 'kept' });
    const undone = await log(ana, base, { involved: [benId], visibility: 'private', note: 'oops' });
    expect((await ids(ana, base)).list).toContain(undone.id);

    const before = await snapshotDatabase(ctx().db);
    const stale = await ana.request('DELETE', `${base}/ruptures/${undone.id}`, undefined, { 'if-match': '7' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'stale_version' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    const res = await ana.request('DELETE', `${base}/ruptures/${undone.id}`, undefined, { 'if-match': '"1"' });
    expect(res.status).toBe(204);
    expect(await ids(ana, base)).toEqual({ list: [kept.id], timeline: [kept.id] });
    expect((await ana.get(`${base}/ruptures/${undone.id}`)).status).toBe(404);
    // Gone is gone: a second undo finds nothing.
    expect((await ana.delete(`${base}/ruptures/${undone.id}`)).status).toBe(404);
  });

  it('lets the author remove one marked as harm', async () => {
    const { ana, benId, base } = await anaAndBen(ctx().app);
    const harm = await log(ana, base, { kinds: ['harm'], involved: [benId], visibility: 'shared' });
    expect((await ana.delete(`${base}/ruptures/${harm.id}`)).status).toBe(204);
    expect((await ids(ana, base)).list).toEqual([]);
  });

  it('keeps a shared rupture: 409 with a clear code for its author, and the other person still sees it', async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const shared = await log(ana, base, { involved: [benId], visibility: 'shared' });
    const before = await snapshotDatabase(ctx().db);
    const mine = await ana.delete(`${base}/ruptures/${shared.id}`);
    expect(mine.status).toBe(409);
    expect(mine.body).toMatchObject({ error: { code: 'rupture_already_raised' } });
    const theirs = await ben.delete(`${base}/ruptures/${shared.id}`);
    expect(theirs.status).toBe(409);
    expect(theirs.body).toMatchObject({ error: { code: 'only_author' } });
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    expect((await ids(ben, base)).list).toEqual([shared.id]);
  });

  it('another member can never delete a private one, nor learn that it exists: 404 alike', async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const hidden = await log(ana, base, { involved: [benId], visibility: 'private' });
    const before = await snapshotDatabase(ctx().db);
    const res = await ben.delete(`${base}/ruptures/${hidden.id}`);
    const missing = await ben.delete(`${base}/ruptures/01900000-0000-7000-8000-000000000000`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual(missing.body);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
    expect((await ids(ana, base)).list).toEqual([hidden.id]);
  });

  it('refuses a malformed version or id with a 400 and changes nothing', async () => {
    const { ana, base } = await anaAndBen(ctx().app);
    const mine = await log(ana, base, { involved: [], visibility: 'private' });
    const before = await snapshotDatabase(ctx().db);
    const bad = await ana.request('DELETE', `${base}/ruptures/${mine.id}`, undefined, { 'if-match': 'soon' });
    expect(bad.status).toBe(400);
    expect((await ana.delete(`${base}/ruptures/not-an-id`)).status).toBe(400);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);
  });
});
