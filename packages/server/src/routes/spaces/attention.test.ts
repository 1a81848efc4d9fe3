import type { RuptureDetailView, SpaceView } from '@repairable/core';
import { describe, expect, it } from 'vitest';
import { anaAndBen, type Person } from '../../testing/client';
import { useTestContext } from '../../testing/harness';

/**
 * "Needs you" (issue 8, SECURITY.md P2): the spaces list and the space view
 * say what waits on the viewer — who raised it, who is on a break until when
 * — never a count, and only ever from what the viewer may see.
 */
describe('attention: what needs you, in the spaces list and the space view', () => {
  const ctx = useTestContext();

  const spaceOf = async (person: Person, base: string) => (await person.get<{ space: SpaceView }>(base)).body.space;
  const listed = async (person: Person) => {
    const res = await person.get<{ spaces: SpaceView[] }>('/api/spaces');
    expect(res.status).toBe(200);
    return res.body.spaces;
  };
  /** The attention in the list and in the space view, which must agree. */
  async function attentionOf(person: Person, base: string) {
    const [inList] = await listed(person);
    const view = await spaceOf(person, base);
    expect(inList?.attention).toEqual(view.attention);
    return view.attention;
  }
  async function log(person: Person, base: string, body: Record<string, unknown>) {
    const res = await person.post<{ rupture: RuptureDetailView }>(`${base}/ruptures`, {
      size: 'small',
      kinds: ['missed_bid'],
      ...body,
    });
    expect(res.status).toBe(201);
    return res.body.rupture;
  }

  it('follows the repair: raised → Ben; Ben reaches → Ana; answered → nobody; a break shows who and until when', async () => {
    const { ana, ben, anaId, benId, base } = await anaAndBen(ctx().app);
    const nothing = { needsYou: null, conversation: null, breaks: [] };
    expect(await attentionOf(ben, base)).toEqual(nothing);

    const raised = await log(ana, base, { involved: [benId], visibility: 'shared' });
    expect(await attentionOf(ben, base)).toEqual({
      needsYou: { ruptureId: raised.id, reason: 'raised', byMemberId: anaId },
      breaks: [],
      conversation: null,
    });
    expect(await attentionOf(ana, base)).toEqual(nothing);

    expect((await ben.post(`${base}/ruptures/${raised.id}/acknowledge`)).status).toBe(200);
    expect(await attentionOf(ben, base)).toEqual(nothing);

    expect((await ben.post(`${base}/ruptures/${raised.id}/attempts`, { kind: 'apology' })).status).toBe(201);
    expect((await attentionOf(ana, base)).needsYou).toEqual({
      ruptureId: raised.id,
      reason: 'reached',
      byMemberId: benId,
    });
    expect((await attentionOf(ben, base)).needsYou).toBeNull();
    const answer = { feel: 'not_yet', need: 'a hug' };
    expect((await ana.post(`${base}/ruptures/${raised.id}/responses`, answer)).status).toBe(201);
    expect(await attentionOf(ana, base)).toEqual(nothing);

    const until = new Date(Date.now() + 40 * 60_000).toISOString();
    expect((await ben.post(`${base}/ruptures/${raised.id}/break`, { returnAt: until })).status).toBe(200);
    expect(await attentionOf(ana, base)).toEqual({
      needsYou: null,
      conversation: null,
      breaks: [{ memberId: benId, until }],
    });
    expect(await attentionOf(ben, base)).toEqual(nothing);
  });

  it('names the newest thing waiting and never how many', async () => {
    const { ana, ben, benId, base } = await anaAndBen(ctx().app);
    await log(ana, base, { involved: [benId], visibility: 'shared' });
    const newest = await log(ana, base, { involved: [benId], visibility: 'shared' });
    const attention = await attentionOf(ben, base);
    expect(attention.needsYou?.ruptureId).toBe(newest.id);
    expect(JSON.stringify(attention)).not.toMatch(/count|total|"2"/);
  });

  it("carries nothing of the other person's private or harm ruptures, nor of their private break (by content)", async () => {
    const { ana, ben, anaId, benId, base } = await anaAndBen(ctx().app);
    const secret = await log(ana, base, { involved: [benId], visibility: 'private', note: 'ANA-SECRET-NOTE' });
    const harm = await log(ana, base, { kinds: ['harm'], involved: [benId], visibility: 'shared', note: 'ANA-HARM' });
    const until = new Date(Date.now() + 40 * 60_000).toISOString();
    // Ana pauses on her own private one: a break nobody else may learn of.
    expect((await ana.post(`${base}/ruptures/${secret.id}/break`, { returnAt: until })).status).toBe(200);

    const bodies = JSON.stringify([(await ben.get('/api/spaces')).body, (await ben.get(base)).body]);
    for (const hidden of [secret.id, harm.id, 'ANA-SECRET-NOTE', 'ANA-HARM', until]) {
      expect(bodies).not.toContain(hidden);
    }
    expect(await attentionOf(ben, base)).toEqual({ needsYou: null, conversation: null, breaks: [] });
    // Raised, the same reads show it: first her break (nothing is asked of him during it), then it is his step.
    expect((await ana.post(`${base}/ruptures/${secret.id}/raise`)).status).toBe(200);
    expect(await attentionOf(ben, base)).toEqual({
      needsYou: null,
      conversation: null,
      breaks: [{ memberId: anaId, until }],
    });
    const other = await log(ana, base, { involved: [benId], visibility: 'private', note: 'ANA-OTHER' });
    expect((await attentionOf(ben, base)).needsYou).toBeNull();
    expect((await ana.post(`${base}/ruptures/${other.id}/raise`)).status).toBe(200);
    expect((await attentionOf(ben, base)).needsYou).toMatchObject({ ruptureId: other.id, reason: 'raised' });
  });

  it('only looks at spaces the viewer is in, and a new space has nothing waiting', async () => {
    const { ana, benId, base } = await anaAndBen(ctx().app);
    await log(ana, base, { involved: [benId], visibility: 'shared' });
    const created = await ana.post<{ space: SpaceView }>('/api/spaces', { name: 'Mine', kind: 'friends' });
    expect(created.body.space.attention).toEqual({ needsYou: null, conversation: null, breaks: [] });
    const spaces = await listed(ana);
    expect(spaces.map((s) => s.attention)).toEqual([
      { needsYou: null, conversation: null, breaks: [] },
      { needsYou: null, conversation: null, breaks: [] },
    ]);
  });
});
