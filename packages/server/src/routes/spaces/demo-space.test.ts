import type { SpaceView } from '@repairable/core';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DEMO_SPACE_NAME } from '../../demo/demo';
import { createSpace, joinSpace, type Person, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { snapshotDatabase } from '../../testing/world';

describe('POST /api/demo-space: a sample space is a flag, not a name', () => {
  const ctx = useTestContext();

  async function countSpaces(): Promise<number> {
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from space`.execute(ctx().db);
    return Number(rows[0]?.n);
  }

  /** The space as each place that lists it shows it to `person`. */
  async function everywhere(person: Person, spaceId: string): Promise<SpaceView[]> {
    const list = await person.get<{ spaces: SpaceView[] }>('/api/spaces');
    const one = await person.get<{ space: SpaceView }>(`/api/spaces/${spaceId}`);
    const listed = list.body.spaces.find((s) => s.id === spaceId);
    if (!listed) throw new Error('the space is not in the list');
    return [listed, one.body.space];
  }

  it('stays a sample when renamed: asking again is still refused and writes nothing; after leaving, a new one', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const made = await ana.post<{ space: SpaceView }>('/api/demo-space');
    expect(made.status).toBe(201);
    expect(made.body.space).toMatchObject({ name: DEMO_SPACE_NAME, sample: true });
    const { id } = made.body.space;
    const renamed = await ana.patch(`/api/spaces/${id}`, { name: 'Ana and Sam' });
    expect(renamed.status).toBe(200);
    for (const seen of await everywhere(ana, id)) expect(seen).toMatchObject({ name: 'Ana and Sam', sample: true });

    const spaces = await countSpaces();
    const before = await snapshotDatabase(ctx().db);
    const again = await ana.post('/api/demo-space', { kind: 'parent_child' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'demo_space_exists' } });
    expect(await countSpaces()).toBe(spaces);
    expect(await snapshotDatabase(ctx().db)).toEqual(before);

    expect((await ana.post(`/api/spaces/${id}/leave`)).status).toBe(204);
    const fresh = await ana.post<{ space: SpaceView }>('/api/demo-space');
    expect(fresh.status).toBe(201);
    expect(fresh.body.space).toMatchObject({ sample: true });
    expect(fresh.body.space.id).not.toBe(id);
  });

  it('makes one of two asked for at once', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const spaces = await countSpaces();
    const answers = await Promise.all([ana.post('/api/demo-space'), ana.post('/api/demo-space')]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    expect(await countSpaces()).toBe(spaces + 1);
  });

  it('is not taken for one by its name, and an ordinary space is never a sample, wherever it is listed', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const ben = await signUp(ctx().app, { displayName: 'Ben' });
    const ours = await createSpace(ana, { name: DEMO_SPACE_NAME });
    expect(ours.sample).toBe(false);
    const joined = await joinSpace(ana, ben, ours.id);
    expect(joined.sample).toBe(false);
    for (const person of [ana, ben]) {
      for (const seen of await everywhere(person, ours.id)) expect(seen.sample).toBe(false);
    }
    expect((await ana.post('/api/demo-space')).status).toBe(201);
  });
});
