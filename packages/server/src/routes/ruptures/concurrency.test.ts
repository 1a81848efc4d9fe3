import type { RuptureDetailView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, createSpace, type Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

describe('concurrent actions on one rupture (R2, rule 10)', () => {
  const ctx = useTestContext();

  async function repairingRupture() {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    const created = await ana.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['criticism'],
      involved: [benId],
      visibility: 'shared',
    });
    const path = `${base}/ruptures/${created.body.rupture.id}`;
    expect((await ben.post(`${path}/attempts`, { kind: 'apology' })).status).toBe(201);
    return { ana, ben, path, ruptureId: created.body.rupture.id };
  }

  async function events(ruptureId: string, type: string) {
    return ctx()
      .db.selectFrom('rupture_event')
      .select('id')
      .where('rupture_id', '=', ruptureId)
      .where('type', '=', type as never)
      .execute();
  }

  it('two members answering "repaired" at the same instant: both answers kept, completed exactly once', async () => {
    for (let i = 0; i < 5; i++) {
      const { ana, ben, path, ruptureId } = await repairingRupture();
      const results = await Promise.all([
        ana.post(`${path}/responses`, { feel: 'repaired' }),
        ben.post(`${path}/responses`, { feel: 'repaired' }),
      ]);
      expect(results.map((r) => r.status)).toEqual([201, 201]);
      const read = await ana.get<{ rupture: RuptureDetailView }>(path);
      expect(read.body.rupture.status).toBe('repaired');
      expect(read.body.rupture.responses).toHaveLength(2);
      expect(await events(ruptureId, 'rupture.repaired')).toHaveLength(1);
    }
  });

  it('many concurrent changes: none lost, the version counts every one', async () => {
    const { ana, ben, path } = await repairingRupture();
    const before = (await ana.get<{ rupture: RuptureDetailView }>(path)).body.rupture;
    const people: Person[] = [ana, ben, ana, ben, ana, ben, ana, ben];
    const results = await Promise.all(
      people.map((p, i) =>
        i % 2 === 0
          ? p.post(`${path}/responses`, { feel: 'not_yet', need: `need ${i}` })
          : p.post(`${path}/acknowledge`),
      ),
    );
    expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const after = (await ana.get<{ rupture: RuptureDetailView }>(path)).body.rupture;
    expect(after.responses).toHaveLength(4);
    // Four responses each change the rupture; Ben recognized it when he made the attempt, so his
    // acknowledgements change nothing.
    expect(after.version).toBe(before.version + 4);
  });

  it('a client holding an old version is told so, and nothing changes (If-Match)', async () => {
    const { ana, ben, path } = await repairingRupture();
    const seen = (await ana.get<{ rupture: RuptureDetailView }>(path)).body.rupture;
    await ben.post(`${path}/attempts`, { kind: 'clarification', message: 'I meant it.' });
    const stale = await ana.request(
      'POST',
      `${path}/responses`,
      { feel: 'repaired' },
      { 'if-match': String(seen.version) },
    );
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: { code: 'stale_version' } });
    const now = (await ana.get<{ rupture: RuptureDetailView }>(path)).body.rupture;
    expect(now.responses).toHaveLength(0);
    const fresh = await ana.request(
      'POST',
      `${path}/responses`,
      { feel: 'repaired' },
      { 'if-match': `"${now.version}"` },
    );
    expect(fresh.status).toBe(201);
  });
});

describe('Idempotency-Key (R3)', () => {
  const ctx = useTestContext();

  async function setup() {
    const ana = await signUp(ctx().app);
    const space = await createSpace(ana);
    return { ana, url: `/api/spaces/${space.id}/ruptures` };
  }

  const body = { size: 'tiny', kinds: ['eye_roll'], involved: [], visibility: 'private' };
  const count = async () => (await ctx().db.selectFrom('rupture').select('id').execute()).length;

  it('answers a retry with the first answer and writes once', async () => {
    const { ana, url } = await setup();
    const first = await ana.request('POST', url, body, { 'idempotency-key': 'log-1' });
    const retry = await ana.request('POST', url, body, { 'idempotency-key': 'log-1' });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await count()).toBe(1);
    await ana.request('POST', url, body, { 'idempotency-key': 'log-2' });
    await ana.post(url, body);
    expect(await count()).toBe(3);
  });

  it('lets exactly one of two simultaneous identical requests write', async () => {
    const { ana, url } = await setup();
    const results = await Promise.all(
      [1, 2, 3].map(() => ana.request('POST', url, body, { 'idempotency-key': 'same' })),
    );
    expect(results.filter((r) => r.status === 201)).not.toHaveLength(0);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(await count()).toBe(1);
  });

  it('refuses the same key for a different request, changing nothing', async () => {
    const { ana, url } = await setup();
    await ana.request('POST', url, body, { 'idempotency-key': 'k' });
    const other = await ana.request('POST', url, { ...body, size: 'big' }, { 'idempotency-key': 'k' });
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    expect(await count()).toBe(1);
  });

  it("keeps keys per account: another person's same key is their own", async () => {
    const { ana, url } = await setup();
    const ben = await signUp(ctx().app);
    const bens = await createSpace(ben);
    const a = await ana.request('POST', url, body, { 'idempotency-key': 'shared-key' });
    const b = await ben.request('POST', `/api/spaces/${bens.id}/ruptures`, body, { 'idempotency-key': 'shared-key' });
    expect(b.status).toBe(201);
    expect(b.body).not.toEqual(a.body);
  });

  it('forgets keys after a day', async () => {
    const { ana, url } = await setup();
    await ana.request('POST', url, body, { 'idempotency-key': 'old' });
    ctx().clock.advance(25 * 60 * 60 * 1000);
    const again = await ana.request('POST', url, body, { 'idempotency-key': 'old' });
    expect(again.headers.get('idempotent-replayed')).toBeNull();
    expect(await count()).toBe(2);
  });

  it('refuses a malformed key', async () => {
    const { ana, url } = await setup();
    const res = await ana.request('POST', url, body, { 'idempotency-key': 'has spaces in it' });
    expect(res.status).toBe(400);
    expect(await count()).toBe(0);
  });
});
