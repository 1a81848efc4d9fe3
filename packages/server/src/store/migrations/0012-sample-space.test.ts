import type { SpaceView } from '@repairable/core';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createSpace, signUp } from '../../testing/client';
import { useTestContext } from '../../testing/harness';
import { sampleSpace } from './0012-sample-space';

describe('migration 0012: sample spaces are marked', () => {
  const ctx = useTestContext();

  it('marks the sample spaces made before it by their name, and no other', async () => {
    const ana = await signUp(ctx().app, { displayName: 'Ana' });
    const sample = (await ana.post<{ space: SpaceView }>('/api/demo-space')).body.space;
    const ours = await createSpace(ana, { name: 'Us' });
    // The space table as it was before this migration.
    await ctx().db.schema.alterTable('space').dropColumn('sample').execute();

    await sampleSpace.up(ctx().db as unknown as Kysely<unknown>);

    const { spaces } = (await ana.get<{ spaces: SpaceView[] }>('/api/spaces')).body;
    expect(spaces.map((s) => [s.id, s.sample]).sort()).toEqual(
      [
        [sample.id, true],
        [ours.id, false],
      ].sort(),
    );
    expect((await ana.post('/api/demo-space')).status).toBe(409);
  });
});
