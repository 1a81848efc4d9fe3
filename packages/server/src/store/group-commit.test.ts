import { describe, expect, it } from 'vitest';
import { openTestStore } from '../testing/harness';
import { groupCommit, WriteQueueFull } from './group-commit';

describe('group commit', () => {
  it('commits concurrent work together; a failing piece rolls back alone', async () => {
    const { store, drop } = await openTestStore();
    try {
      const write = groupCommit(store.db);
      const space = (id: string) => ({ id, name: id, kind: 'couple' as const, created_at: '2026-01-01T00:00:00.000Z' });
      const results = await Promise.allSettled([
        write((trx) => trx.insertInto('space').values(space('one')).execute()),
        write(async (trx) => {
          await trx.insertInto('space').values(space('two')).execute();
          throw new Error('changed my mind');
        }),
        write((trx) => trx.insertInto('space').values(space('three')).execute()),
        // Sees the work queued before it in the same batch.
        write(async (trx) => (await trx.selectFrom('space').select('id').orderBy('id').execute()).map((r) => r.id)),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect(results[3]).toEqual({ status: 'fulfilled', value: ['one', 'three'] });
      const stored = await store.db.selectFrom('space').select('id').orderBy('id').execute();
      expect(stored.map((r) => r.id)).toEqual(['one', 'three']);
    } finally {
      await store.close();
      await drop();
    }
  });

  it('keeps accepting work after a batch, and answers each caller with its own result', async () => {
    const { store, drop } = await openTestStore();
    try {
      const write = groupCommit(store.db);
      for (let round = 0; round < 3; round++) {
        const values = await Promise.all([1, 2, 3].map((n) => write(async () => n * 10 + round)));
        expect(values).toEqual([10 + round, 20 + round, 30 + round]);
      }
    } finally {
      await store.close();
      await drop();
    }
  });

  it('refuses work beyond its queue at once, writing nothing of it, and takes work again once drained (R5)', async () => {
    const { store, drop } = await openTestStore();
    try {
      const write = groupCommit(store.db, { maxQueued: 3 });
      const space = (id: string) => ({ id, name: id, kind: 'couple' as const, created_at: '2026-01-01T00:00:00.000Z' });
      const ids = ['a', 'b', 'c', 'd', 'e'];
      const results = await Promise.allSettled(
        ids.map((id) => write((trx) => trx.insertInto('space').values(space(id)).execute())),
      );
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'rejected']);
      for (const r of results.slice(3)) expect(r.status === 'rejected' && r.reason).toBeInstanceOf(WriteQueueFull);
      const stored = await store.db.selectFrom('space').select('id').orderBy('id').execute();
      expect(stored.map((r) => r.id)).toEqual(['a', 'b', 'c']);
      await write((trx) => trx.insertInto('space').values(space('f')).execute());
      expect(await store.db.selectFrom('space').select('id').where('id', '=', 'f').executeTakeFirst()).toEqual({
        id: 'f',
      });
    } finally {
      await store.close();
      await drop();
    }
  });
});
